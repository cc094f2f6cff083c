/**
 * `npm run db:deploy`: applies the migrations for the database in DATABASE_URL (default:
 * the SQLite file in data/). SQLite: `prisma migrate deploy` with prisma/migrations.
 * PostgreSQL: scripts/postgresql-migrate.mjs with prisma/postgresql/migrations, because
 * `prisma migrate deploy` fails through the pg driver adapter (decision record 023).
 */
import { spawnSync } from "node:child_process";
import { databaseProvider, resolveDatabaseUrl } from "../lib/platform/env-database";
import { migratePostgres } from "./postgresql-migrate.mjs";

async function main() {
  const url = resolveDatabaseUrl();
  const provider = databaseProvider(url);
  if (provider === "sqlite") {
    const r = spawnSync("npx", ["prisma", "migrate", "deploy"], { stdio: "inherit", env: process.env });
    process.exitCode = r.status ?? 1;
  } else if (provider === "postgresql") {
    const applied = await migratePostgres(url, { log: (m) => console.log(`[db:deploy] ${m}`) });
    console.log(`[db:deploy] PostgreSQL: ${applied.length ? `${applied.length} migration(s) applied` : "no pending migrations"}.`);
  } else {
    throw new Error("DATABASE_URL must be a SQLite file: URL or a postgres:// (postgresql://) URL.");
  }
}

main().catch((e) => {
  console.error(`[db:deploy] ${e instanceof Error ? e.message : e}`);
  process.exitCode = 1;
});
