import fs from "node:fs";
import path from "node:path";
import { createDatabase } from "../../../scripts/test-postgres.mjs";

// A fresh copy of the migrated template database for every test file (worker). It sits
// beside the template, in the folder global-setup.ts removes after the run. On PostgreSQL
// the copy is a database of its own, made from the template database (global-setup.ts
// drops them all after the run); the SQLite template stays reachable for tests that
// need both (WERKBOEK_TEMPLATE_DB).
const template = process.env.WERKBOEK_TEMPLATE_DB;
const server = process.env.TEST_DATABASE_URL;
const pgTemplate = process.env.WERKBOEK_PG_TEMPLATE;
if (process.env.WERKBOEK_TEST_DATABASE === "postgresql" && server && pgTemplate) {
  const name = `${process.env.WERKBOEK_PG_PREFIX}_${process.pid}_${Date.now()}`;
  process.env.DATABASE_URL = await createDatabase(server, name, pgTemplate);
} else if (template) {
  const file = path.join(path.dirname(template), `test-${process.pid}-${Date.now()}.db`);
  fs.copyFileSync(template, file);
  process.env.DATABASE_URL = `file:${file}`;
}
