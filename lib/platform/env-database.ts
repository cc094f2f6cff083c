import fs from "node:fs";
import path from "node:path";

/** Default database: a SQLite file in data/ (ignored by git). */
export const DEFAULT_DATABASE_URL = "file:./data/werkboek.db";

/** The two databases the werkboek runs on, chosen by the scheme of DATABASE_URL. */
export type TDatabaseProvider = "sqlite" | "postgresql";

/**
 * `file:` → SQLite, `postgres://` or `postgresql://` → PostgreSQL; anything else is not
 * a database the werkboek knows (null).
 */
export function databaseProvider(url: string): TDatabaseProvider | null {
  if (url.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(url)) return "postgresql";
  return null;
}

/**
 * The database URL, from DATABASE_URL or the default. Also makes sure the folder of
 * a SQLite file exists, and sets process.env.DATABASE_URL so that Prisma's schema
 * (`env("DATABASE_URL")`) sees the same value.
 */
export function resolveDatabaseUrl(): string {
  const url = process.env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL;
  process.env.DATABASE_URL = url;
  if (url.startsWith("file:")) {
    const file = url.slice("file:".length);
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  }
  return url;
}

/** Connections per server process to PostgreSQL, when DATABASE_POOL_SIZE is not set. */
export const DEFAULT_DATABASE_POOL_SIZE = 30;

/**
 * How many connections one process keeps to PostgreSQL (DATABASE_POOL_SIZE, 1 to 500;
 * default DEFAULT_DATABASE_POOL_SIZE). With 20 live meetings, every result computation
 * of a tick and every save need a connection at the same moment: with node-postgres'
 * default of 10, saves waited behind the computations (bench:scale: save p50 540 ms with
 * 10, 17 ms with 30). Keep processes × pool size below PostgreSQL's max_connections
 * (100 by default), with room for the live bus (two connections per process) and
 * maintenance. A value that is not such a number stops the process with this message.
 */
export function databasePoolSize(env: Record<string, string | undefined> = process.env): number {
  const raw = env.DATABASE_POOL_SIZE?.trim();
  if (!raw) return DEFAULT_DATABASE_POOL_SIZE;
  const n = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isInteger(n) || n < 1 || n > 500) {
    throw new Error(`DATABASE_POOL_SIZE must be a whole number from 1 to 500 (connections per process), not "${raw}"`);
  }
  return n;
}
