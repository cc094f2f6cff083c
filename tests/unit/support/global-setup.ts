import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { migratePostgres } from "../../../scripts/postgresql-migrate.mjs";
import { createDatabase, dropDatabases, listDatabases } from "../../../scripts/test-postgres.mjs";

/**
 * Builds one migrated SQLite template for the test run. Each test file copies it
 * (see setup.ts) into the same folder, so tests hit a real database and never share
 * rows; the folder and every copy in it are removed after the run.
 *
 * On PostgreSQL (WERKBOEK_TEST_DATABASE=postgresql with TEST_DATABASE_URL, as
 * `npm run test:unit:postgresql` sets them through scripts/test-postgres.mjs) it also
 * migrates a template database there; each test file gets a copy of it (CREATE DATABASE
 * … TEMPLATE), named after this run, and all of them are dropped afterwards.
 */
export default async function setup() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "werkboek-unit-"));
  const template = path.join(dir, "template.db");
  execFileSync("npx", ["prisma", "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: `file:${template}` },
    stdio: "pipe",
  });
  process.env.WERKBOEK_TEMPLATE_DB = template;

  const server = process.env.WERKBOEK_TEST_DATABASE === "postgresql" ? process.env.TEST_DATABASE_URL : undefined;
  if (process.env.WERKBOEK_TEST_DATABASE === "postgresql" && !server) {
    throw new Error("WERKBOEK_TEST_DATABASE=postgresql needs TEST_DATABASE_URL: run `npm run test:unit:postgresql`.");
  }
  let prefix: string | null = null;
  if (server) {
    prefix = `werkboek_unit_${randomBytes(4).toString("hex")}`;
    const templateName = `${prefix}_template`;
    await migratePostgres(await createDatabase(server, templateName));
    process.env.WERKBOEK_PG_TEMPLATE = templateName;
    process.env.WERKBOEK_PG_PREFIX = prefix;
  }
  return async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    if (server && prefix) await dropDatabases(server, await listDatabases(server, `${prefix}_`));
  };
}
