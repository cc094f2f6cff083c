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
