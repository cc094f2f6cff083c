import { describe, expect, it } from "vitest";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { db } from "@/lib/platform/db";
import { checkSqlitePragmas, withSqliteSettings } from "@/lib/platform/sqlite-settings";

/** What SQLite reports on a connection, as plain values. */
async function pragma(name: string) {
  const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(`PRAGMA ${name}`);
  const value = Object.values(rows[0] ?? {})[0];
  return typeof value === "bigint" ? Number(value) : value;
}

describe("SQLite settings of the app's connection", () => {
  it("runs in WAL mode with synchronous=FULL, a 5 s busy timeout and foreign keys", async () => {
    expect(await pragma("journal_mode")).toBe("wal");
    expect(await pragma("synchronous")).toBe(2);
    expect(await pragma("busy_timeout")).toBe(5000);
    expect(await pragma("foreign_keys")).toBe(1);
  });

  it("names every setting that differs", () => {
    const values: Record<string, unknown> = { journal_mode: "delete", synchronous: 1n, busy_timeout: 5000n, foreign_keys: 1n };
    expect(checkSqlitePragmas((n) => values[n])).toEqual([
      "journal_mode is delete, expected wal",
      "synchronous is 1, expected full",
    ]);
    const good: Record<string, unknown> = { ...values, journal_mode: "WAL", synchronous: 2n };
    expect(checkSqlitePragmas((n) => good[n])).toEqual([]);
  });

  it("refuses a connection on which WAL cannot be set (an in-memory database)", async () => {
    const factory = withSqliteSettings(new PrismaBetterSQLite3({ url: ":memory:" }));
    await expect(factory.connect()).rejects.toThrow(/journal_mode is memory, expected wal/);
  });
});
