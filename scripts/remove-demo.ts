/**
 * `npm run db:remove-demo`: removes the demo account and its partnership from the database
 * in DATABASE_URL (see scripts/demo-data.ts). Safe to run more than once.
 */
import { createDatabaseClient } from "../lib/platform/db-client";
import { resolveDatabaseUrl } from "../lib/platform/env-database";
import { removeDemoData } from "./demo-data";

async function main() {
  const db = createDatabaseClient(resolveDatabaseUrl());
  try {
    const result = await removeDemoData(db);
    if (!result.ok) {
      console.error(
        `Nothing removed: the demo account is a member of partnerships with other members too: ${result.sharedPartnerships.join(", ")}. ` +
          "Make someone else their coordinator and remove the demo account from them first.",
      );
      process.exitCode = 1;
    } else if (!result.removedUser) {
      console.log("There is no demo account in this database: nothing to remove.");
    } else {
      console.log(`Removed the demo account and ${result.removedPartnerships.length} partnership(s): ${result.removedPartnerships.join(", ") || "none"}.`);
    }
  } finally {
    await db.$disconnect();
  }
}

void main();
