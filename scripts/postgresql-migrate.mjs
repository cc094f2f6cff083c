#!/usr/bin/env node
/**
 * Applies the PostgreSQL migrations (prisma/postgresql/migrations/<name>/migration.sql, in
 * name order) to the database in DATABASE_URL, each once. `prisma migrate deploy` cannot do
 * it through the pg driver adapter (Prisma issue #27403), so this short runner does
 * (decision record 023):
 *
 * - one session-level advisory lock for the whole run, so two processes starting at the
 *   same time (two app servers, a deploy beside a test) apply every migration once;
 * - every migration in its own transaction with its row in `_werkboek_migrations`
 *   (name, SHA-256 of the file, time): a failing migration changes nothing;
 * - a migration that was applied and whose file has changed since stops the run: fix it
 *   with a new migration, never by editing an applied one.
 *
 *   node scripts/postgresql-migrate.mjs          # what `npm run db:deploy` runs for postgres:// URLs
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
export const POSTGRESQL_MIGRATIONS = path.join(root, "prisma", "postgresql", "migrations");

/** Any fixed 64-bit number, the same in every process: "werkboek" in ASCII. */
const LOCK_ID = "8532479125614751595";

/** The migrations on disk, in the order they are applied. */
export function listMigrations(dir = POSTGRESQL_MIGRATIONS) {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(dir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

/**
 * Applies what is not applied yet. Returns the names it applied.
 * @param {string} url a postgres:// or postgresql:// URL
 * @param {{ dir?: string, log?: (msg: string) => void }} [options]
 */
export async function migratePostgres(url, options = {}) {
  const log = options.log ?? (() => {});
  const migrations = listMigrations(options.dir);
  if (migrations.length === 0) throw new Error(`No PostgreSQL migrations in ${options.dir ?? POSTGRESQL_MIGRATIONS}`);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const applied = [];
  try {
    await client.query("SELECT pg_advisory_lock($1)", [LOCK_ID]);
    await client.query(
      `CREATE TABLE IF NOT EXISTS "_werkboek_migrations" (
         "name" TEXT PRIMARY KEY,
         "checksum" TEXT NOT NULL,
         "appliedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP
       )`,
    );
    const { rows } = await client.query('SELECT "name", "checksum" FROM "_werkboek_migrations"');
    const done = new Map(rows.map((r) => [r.name, r.checksum]));
    const onDisk = new Set(migrations.map((m) => m.name));
    for (const name of done.keys()) {
      if (!onDisk.has(name)) throw new Error(`Migration ${name} is applied to this database but missing on disk: is this an older checkout?`);
    }
    for (const m of migrations) {
      const checksum = done.get(m.name);
      if (checksum !== undefined) {
        if (checksum !== m.checksum) {
          throw new Error(`Migration ${m.name} was changed after it was applied: write a new migration instead.`);
        }
        continue;
      }
      await client.query("BEGIN");
      try {
        await client.query(m.sql);
        await client.query('INSERT INTO "_werkboek_migrations" ("name", "checksum") VALUES ($1, $2)', [m.name, m.checksum]);
        await client.query("COMMIT");
      } catch (e) {
        await client.query("ROLLBACK");
        throw new Error(`Migration ${m.name} failed, nothing of it was applied: ${e instanceof Error ? e.message : e}`);
      }
      applied.push(m.name);
      log(`applied ${m.name}`);
    }
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [LOCK_ID]).catch(() => {});
    await client.end();
  }
  return applied;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const url = process.env.DATABASE_URL?.trim() ?? "";
  if (!/^postgres(ql)?:\/\//.test(url)) {
    console.error("DATABASE_URL must be a postgres:// or postgresql:// URL.");
    process.exit(1);
  }
  migratePostgres(url, { log: (m) => console.log(`[db:deploy] ${m}`) }).then(
    (applied) => console.log(`[db:deploy] PostgreSQL: ${applied.length ? `${applied.length} migration(s) applied` : "no pending migrations"}.`),
    (e) => {
      console.error(`[db:deploy] ${e instanceof Error ? e.message : e}`);
      process.exit(1);
    },
  );
}
