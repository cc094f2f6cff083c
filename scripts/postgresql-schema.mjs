#!/usr/bin/env node
/**
 * The PostgreSQL variant of the Prisma schema, generated from the one source,
 * prisma/schema.prisma (SQLite). Prisma cannot take the provider from an environment
 * variable, so the werkboek keeps one schema and derives the other (decision record 022):
 *
 *   npm run db:postgresql                # after a change to prisma/schema.prisma
 *   npm run db:postgresql -- --baseline  # rewrite the one baseline (only before any PostgreSQL deployment)
 *   npm run db:postgresql -- --check     # exit 1 when the committed variant is out of date
 *
 * It writes prisma/postgresql/schema.prisma and, when the data model changed, the SQL
 * that takes a PostgreSQL database from the previous variant to the new one as the next
 * migration, prisma/postgresql/migrations/<UTC time>_<name>/migration.sql (the name is
 * the newest SQLite migration's, or `--name <name>`). With `--baseline` the folder holds
 * exactly one migration afterwards, from an empty database to the current schema.
 * Everything runs offline: `prisma migrate diff` compares two schema files. The SQL is
 * applied by `npm run db:deploy` (scripts/postgresql-migrate.mjs).
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");

export const SQLITE_SCHEMA = path.join(root, "prisma", "schema.prisma");
export const POSTGRESQL_DIR = path.join(root, "prisma", "postgresql");
export const POSTGRESQL_SCHEMA = path.join(POSTGRESQL_DIR, "schema.prisma");
export const POSTGRESQL_MIGRATIONS = path.join(POSTGRESQL_DIR, "migrations");

const HEADER = [
  "// GENERATED from prisma/schema.prisma by `npm run db:postgresql` (scripts/postgresql-schema.mjs).",
  "// Do not edit: change prisma/schema.prisma and run the command, which also writes the migration.",
  "",
].join("\n");

/**
 * The PostgreSQL schema for a SQLite schema's text: the datasource's provider, and the
 * generated client's folder (lib/generated/prisma-postgresql, relative to prisma/postgresql/).
 * Throws when the source does not have the shape this relies on, rather than writing a wrong file.
 */
export function postgresqlSchemaFrom(source) {
  const datasource = /datasource\s+db\s*\{[^}]*\}/.exec(source);
  if (!datasource || !/provider\s*=\s*"sqlite"/.test(datasource[0])) {
    throw new Error('prisma/schema.prisma: expected `datasource db { provider = "sqlite" … }`');
  }
  const generator = /generator\s+client\s*\{[^}]*\}/.exec(source);
  if (!generator || !/output\s*=\s*"\.\.\/lib\/generated\/prisma"/.test(generator[0])) {
    throw new Error('prisma/schema.prisma: expected `generator client { output = "../lib/generated/prisma" … }`');
  }
  if (/@db\./.test(source)) {
    // Native type attributes are provider-specific: they would need a mapping here first.
    throw new Error("prisma/schema.prisma: @db.* native types are not supported by the PostgreSQL generator");
  }
  const pgDatasource = datasource[0].replace(/(provider\s*=\s*)"sqlite"/, '$1"postgresql"');
  const pgGenerator = generator[0].replace(
    /(output\s*=\s*)"\.\.\/lib\/generated\/prisma"/,
    '$1"../../lib/generated/prisma-postgresql"',
  );
  return HEADER + source.replace(datasource[0], pgDatasource).replace(generator[0], pgGenerator);
}

/** The committed PostgreSQL schema is what the generator makes of prisma/schema.prisma now. */
export function postgresqlSchemaIsCurrent() {
  const expected = postgresqlSchemaFrom(fs.readFileSync(SQLITE_SCHEMA, "utf8"));
  return fs.existsSync(POSTGRESQL_SCHEMA) && fs.readFileSync(POSTGRESQL_SCHEMA, "utf8") === expected;
}

/** SQL from one PostgreSQL schema file to another (`from` null: from an empty database). */
function diffSql(fromFile, toFile) {
  const from = fromFile ? ["--from-schema-datamodel", fromFile] : ["--from-empty"];
  return execFileSync("npx", ["prisma", "migrate", "diff", ...from, "--to-schema-datamodel", toFile, "--script"], {
    cwd: root,
    encoding: "utf8",
    // The config picks its adapter from DATABASE_URL; diffing two files needs no database.
    env: { ...process.env, DATABASE_URL: "file:./data/werkboek.db" },
    stdio: ["ignore", "pipe", "inherit"],
  });
}

/** `20261202041500`: the UTC time as migration folders are named. */
function timestamp(date = new Date()) {
  return date.toISOString().replace(/[-:T]/g, "").slice(0, 14);
}

function latestSqliteMigrationName() {
  const dirs = fs
    .readdirSync(path.join(root, "prisma", "migrations"), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  const last = dirs.at(-1);
  return last ? last.replace(/^\d+_/, "") : "init";
}

function option(name) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function main() {
  const next = postgresqlSchemaFrom(fs.readFileSync(SQLITE_SCHEMA, "utf8"));
  if (process.argv.includes("--check")) {
    if (postgresqlSchemaIsCurrent()) return console.log("prisma/postgresql/schema.prisma is up to date.");
    console.error("prisma/postgresql/schema.prisma is out of date: run `npm run db:postgresql`.");
    process.exit(1);
  }
  const baseline = process.argv.includes("--baseline");
  const previous = fs.existsSync(POSTGRESQL_SCHEMA) ? fs.readFileSync(POSTGRESQL_SCHEMA, "utf8") : null;
  fs.mkdirSync(POSTGRESQL_MIGRATIONS, { recursive: true });
  const existing = fs.readdirSync(POSTGRESQL_MIGRATIONS, { withFileTypes: true }).filter((d) => d.isDirectory());

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "werkboek-pg-schema-"));
  try {
    const nextFile = path.join(tmp, "next.prisma");
    fs.writeFileSync(nextFile, next);
    let sql;
    let name;
    if (baseline || existing.length === 0 || previous === null) {
      for (const d of existing) fs.rmSync(path.join(POSTGRESQL_MIGRATIONS, d.name), { recursive: true, force: true });
      sql = diffSql(null, nextFile);
      name = `${timestamp()}_${option("--name") ?? "baseline"}`;
    } else {
      const previousFile = path.join(tmp, "previous.prisma");
      fs.writeFileSync(previousFile, previous);
      sql = diffSql(previousFile, nextFile);
      name = `${timestamp()}_${option("--name") ?? latestSqliteMigrationName()}`;
    }
    fs.writeFileSync(POSTGRESQL_SCHEMA, next);
    if (!/\S/.test(sql.replace(/^--.*$/gm, ""))) {
      console.log("prisma/postgresql/schema.prisma written; the data model did not change, so there is no new migration.");
      return;
    }
    fs.mkdirSync(path.join(POSTGRESQL_MIGRATIONS, name));
    fs.writeFileSync(path.join(POSTGRESQL_MIGRATIONS, name, "migration.sql"), sql);
    console.log(`prisma/postgresql/schema.prisma written; new migration prisma/postgresql/migrations/${name}/migration.sql: read it before you commit.`);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) main();
