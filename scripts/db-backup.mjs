#!/usr/bin/env node
/**
 * Backups of the database in DATABASE_URL (docs/operations.md, "Backup and restore").
 *
 *   npm run db:backup                       # to data/backups/werkboek-<UTC time>.db (SQLite) or .dump (PostgreSQL)
 *   npm run db:backup -- <file>             # to that file (refuses to overwrite one)
 *   npm run db:restore -- <file>            # replaces the database's contents with the backup: stop the app first
 *
 * SQLite: better-sqlite3's online backup API (SQLite's own), page by page from a
 * consistent snapshot; safe while the app runs and writes (WAL mode), the copy is a
 * complete database file. Restoring copies the backup's pages back over the database the
 * same way.
 * PostgreSQL: `pg_dump --format=custom` (a consistent snapshot too, safe while the app
 * runs), restored with `pg_restore --clean --if-exists --single-transaction`: all or nothing.
 * pg_dump must be at least the server's major version (Debian: postgresql-client-15).
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");

function provider(url) {
  if (url.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(url)) return "postgresql";
  throw new Error("DATABASE_URL must be a SQLite file: URL or a postgres:// (postgresql://) URL");
}

/** The file of a SQLite URL, as the driver adapter opens it (relative to the working folder). */
function sqliteFile(url) {
  return path.resolve(url.slice("file:".length));
}

/** Runs a PostgreSQL client tool, with the password (if any) from the URL in the environment only. */
function pgTool(tool, args, url) {
  const u = new URL(url);
  const env = { ...process.env, PGPASSWORD: decodeURIComponent(u.password) || process.env.PGPASSWORD || "" };
  u.password = "";
  const r = spawnSync(process.env.PG_BIN ? path.join(process.env.PG_BIN, tool) : tool, [...args, "--dbname", u.toString()], {
    env,
    encoding: "utf8",
  });
  if (r.error) throw new Error(`${tool} could not be started (${r.error.message}): install the PostgreSQL client tools (Debian: postgresql-client)`);
  if (r.status !== 0) throw new Error(`${tool} failed: ${(r.stderr || r.stdout).trim()}`);
}

/** The default backup file: data/backups/werkboek-20261202T041500Z.db (.dump for PostgreSQL). */
export function defaultBackupFile(url, now = new Date()) {
  const stamp = now.toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z");
  return path.join(root, "data", "backups", `werkboek-${stamp}.${provider(url) === "sqlite" ? "db" : "dump"}`);
}

/** Writes a backup of the database at `url` to `file` (which must not exist yet). */
export async function backupDatabase(url, file) {
  if (fs.existsSync(file)) throw new Error(`${file} exists already: choose another file`);
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  if (provider(url) === "sqlite") {
    const { default: Database } = await import("better-sqlite3");
    const source = new Database(sqliteFile(url), { fileMustExist: true });
    try {
      await source.backup(file);
    } finally {
      source.close();
    }
  } else {
    pgTool("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", "--file", file], url);
  }
  return file;
}

/** Replaces the contents of the database at `url` with the backup in `file`. Stop the app first. */
export async function restoreDatabase(url, file) {
  if (!fs.existsSync(file)) throw new Error(`${file} does not exist`);
  if (provider(url) === "sqlite") {
    const { default: Database } = await import("better-sqlite3");
    const backup = new Database(file, { readonly: true, fileMustExist: true });
    try {
      await backup.backup(sqliteFile(url));
    } finally {
      backup.close();
    }
  } else {
    pgTool("pg_restore", ["--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction", file], url);
  }
}

async function main() {
  const restore = process.argv.includes("--restore");
  const file = process.argv.slice(2).find((a) => !a.startsWith("--"));
  const url = process.env.DATABASE_URL?.trim() || "file:./data/werkboek.db";
  if (restore) {
    if (!file) throw new Error("Name the backup to restore: npm run db:restore -- <file>");
    await restoreDatabase(url, path.resolve(file));
    console.log(`[db:restore] ${provider(url)}: restored from ${file}.`);
  } else {
    const out = await backupDatabase(url, path.resolve(file ?? defaultBackupFile(url)));
    console.log(`[db:backup] ${provider(url)}: backup written to ${path.relative(process.cwd(), out) || out}.`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  main().catch((e) => {
    console.error(`[db:backup] ${e instanceof Error ? e.message : e}`);
    process.exit(1);
  });
}
