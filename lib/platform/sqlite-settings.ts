import type { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

/**
 * The SQLite settings every connection of the app runs with, applied and checked when
 * the connection is made (before its first query), so a wrong setting stops the server
 * at start-up instead of losing answers later. See docs/operations.md ("SQLite settings")
 * and docs/decisions/ (the live-bus record) for why these values.
 *
 * - journal_mode = WAL: readers (results pages, projectors) never block the writer and
 *   the writer never blocks readers; one commit is one append to the -wal file.
 * - synchronous = FULL: every commit is fsynced to the -wal file before the answer is
 *   acknowledged. WAL + NORMAL would already survive a killed process (the commit is in
 *   the operating system's cache), but can lose the last commits on power loss or an
 *   operating-system crash; FULL loses none.
 * - busy_timeout = 5000 ms: a second writer (a migration, a backup step, the seed
 *   script, another process by mistake) makes a query wait instead of failing at once.
 * - foreign_keys = ON: the schema's cascades hold (the adapter turns it on too).
 *
 * No "server-only": the seed, the scripts and the benchmarks' bare floor server use the
 * same values.
 */
export const SQLITE_BUSY_TIMEOUT_MS = 5000;

export const SQLITE_PRAGMAS = {
  journal_mode: "wal",
  synchronous: "full",
  busy_timeout: SQLITE_BUSY_TIMEOUT_MS,
  foreign_keys: 1,
} as const;

/** PRAGMA synchronous reads back as a number. */
const SYNCHRONOUS_LEVELS: Record<string, number> = { off: 0, normal: 1, full: 2, extra: 3 };

/** The statements that set SQLITE_PRAGMAS on one connection. */
export function sqlitePragmaScript(): string {
  return Object.entries(SQLITE_PRAGMAS)
    .map(([name, value]) => `PRAGMA ${name} = ${value};`)
    .join("\n");
}

/**
 * Compares what a connection reports (`PRAGMA name` for each setting) with SQLITE_PRAGMAS;
 * returns the differences as sentences (empty: all set).
 */
export function checkSqlitePragmas(read: (name: keyof typeof SQLITE_PRAGMAS) => unknown): string[] {
  const problems: string[] = [];
  for (const [name, expected] of Object.entries(SQLITE_PRAGMAS) as [keyof typeof SQLITE_PRAGMAS, string | number][]) {
    const actual = read(name);
    const want = name === "synchronous" ? SYNCHRONOUS_LEVELS[expected as string] : expected;
    // The adapter reports integers as text or bigint; the journal mode in either case.
    const text = String(actual).toLowerCase();
    const got = /^-?\d+$/.test(text) ? Number(text) : text;
    if (got !== want) problems.push(`${name} is ${String(actual)}, expected ${String(expected)}`);
  }
  return problems;
}

type TFactory = InstanceType<typeof PrismaBetterSQLite3>;
type TAdapter = Awaited<ReturnType<TFactory["connect"]>>;

async function readPragma(adapter: TAdapter, name: string): Promise<unknown> {
  const result = await adapter.queryRaw({ sql: `PRAGMA ${name}`, args: [], argTypes: [] });
  return result.rows[0]?.[0];
}

/**
 * Wraps the SQLite adapter factory: every connection it makes gets SQLITE_PRAGMAS and is
 * checked before Prisma uses it. Throws (and the connection is closed) when SQLite does
 * not take a setting, for example WAL on an in-memory database.
 */
export function withSqliteSettings(factory: TFactory): TFactory {
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    await adapter.executeScript(sqlitePragmaScript());
    const values = new Map<string, unknown>();
    for (const name of Object.keys(SQLITE_PRAGMAS)) values.set(name, await readPragma(adapter, name));
    const problems = checkSqlitePragmas((name) => values.get(name));
    if (problems.length > 0) {
      await adapter.dispose();
      throw new Error(`SQLite settings not in effect: ${problems.join("; ")} (lib/platform/sqlite-settings.ts)`);
    }
    return adapter;
  };
  return factory;
}
