import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/platform/db";
import { databaseProvider } from "@/lib/platform/env-database";
import { getSessionResults } from "@/lib/data/results";
import { backupDatabase, restoreDatabase } from "../../scripts/db-backup.mjs";
import { copyOrder, copySqliteToPostgres, readModels } from "../../scripts/db-copy-to-postgres";
import { createDatabase } from "../../scripts/test-postgres.mjs";

/**
 * Backup and restore (`npm run db:backup`, `db:restore`) and the move from SQLite to
 * PostgreSQL (`npm run db:copy-to-postgres`), each on the demo data, compared by the data
 * of the results page of every demo session. Runs on SQLite and, in
 * `npm run test:unit:postgresql` (WERKBOEK_TEST_DATABASE), on PostgreSQL.
 */
const work = path.dirname(process.env.WERKBOEK_TEMPLATE_DB ?? "/tmp/x");
const onPostgres = process.env.WERKBOEK_TEST_DATABASE === "postgresql";

/** The demo data (prisma/seed.ts) in the database at `url`. */
function seedDemo(url: string) {
  execFileSync("npx", ["tsx", "prisma/seed.ts"], { env: { ...process.env, DATABASE_URL: url }, stdio: "pipe" });
}

/** What the results page shows of every session, without ids (which a copy keeps anyway). */
async function resultsData(client: typeof db, results: typeof getSessionResults) {
  const sessions = await client.session.findMany({ orderBy: [{ date: "asc" }, { id: "asc" }] });
  return Promise.all(
    sessions.map(async (s) => {
      const r = await results(s, { historyLength: 4 });
      return {
        session: { id: s.id, title: s.title, date: s.date, status: s.status, joinCode: s.joinCode },
        profile: r.profile,
        summaries: r.summaries,
        history: r.history.map((h) => ({ title: h.session.title, profile: h.profile })),
        participants: r.participants.map((p) => ({ id: p.id, role: p.role, organisation: p.organisation, displayName: p.displayName })),
      };
    }),
  );
}

/** Every table's rows, for a complete comparison. */
async function everyRow(client: typeof db) {
  return {
    partnerships: await client.partnership.findMany({ orderBy: { id: "asc" } }),
    sessions: await client.session.findMany({ orderBy: { id: "asc" } }),
    participants: await client.participant.findMany({ orderBy: { id: "asc" } }),
    answers: await client.answer.findMany({ orderBy: { id: "asc" } }),
    agreements: await client.agreement.findMany({ orderBy: { id: "asc" } }),
    users: await client.user.findMany({ orderBy: { id: "asc" } }),
    accounts: await client.account.findMany({ orderBy: { id: "asc" } }),
    memberships: await client.membership.findMany({ orderBy: { id: "asc" } }),
  };
}

/** The results page's data on another database: the data modules loaded afresh with its URL. */
async function onDatabase<T>(url: string, read: (client: typeof db, results: typeof getSessionResults) => Promise<T>): Promise<T> {
  const cache = globalThis as { werkboekPrisma?: unknown };
  const saved = { url: process.env.DATABASE_URL, client: cache.werkboekPrisma };
  process.env.DATABASE_URL = url;
  delete cache.werkboekPrisma;
  vi.resetModules();
  try {
    const other = await import("@/lib/platform/db");
    const { getSessionResults: results } = await import("@/lib/data/results");
    try {
      return await read(other.db, results);
    } finally {
      await other.db.$disconnect();
    }
  } finally {
    process.env.DATABASE_URL = saved.url;
    cache.werkboekPrisma = saved.client;
    vi.resetModules();
  }
}

describe("backup and restore", { timeout: 120_000 }, () => {
  it(`backs up the demo data, and after a wipe the restore gives the same results page data (${onPostgres ? "PostgreSQL" : "SQLite"})`, async () => {
    const url = process.env.DATABASE_URL!;
    seedDemo(url);
    const before = await resultsData(db, getSessionResults);
    const rows = await everyRow(db);
    expect(before.length).toBeGreaterThanOrEqual(2);
    expect(before.some((s) => s.profile.acts.some((a) => (a.now?.n ?? 0) > 0))).toBe(true);

    const file = path.join(work, `backup-${process.pid}.${databaseProvider(url) === "sqlite" ? "db" : "dump"}`);
    await backupDatabase(url, file);
    await expect(backupDatabase(url, file)).rejects.toThrow(/exists already/);

    // Wipe: everything goes (the database cascades from partnerships and users).
    await db.partnership.deleteMany();
    await db.user.deleteMany();
    expect(await db.answer.count()).toBe(0);
    expect(await resultsData(db, getSessionResults)).toEqual([]);

    await restoreDatabase(url, file);
    expect(await resultsData(db, getSessionResults)).toEqual(before);
    expect(await everyRow(db)).toEqual(rows);
    fs.rmSync(file, { force: true });
  });
});

describe("the copy order", () => {
  it("puts every model after the models it refers to, and refuses a cycle", () => {
    const order = copyOrder(readModels(fs.readFileSync("prisma/schema.prisma", "utf8"))).map((m) => m.name);
    const pairs: [string, string][] = [["Session", "Partnership"], ["Answer", "Participant"], ["Participant", "Session"], ["Membership", "User"], ["Invite", "User"]];
    for (const [child, parent] of pairs) {
      expect(order.indexOf(child), `${child} after ${parent}`).toBeGreaterThan(order.indexOf(parent));
    }
    const cyclic = "model A {\n  id String @id\n  bId String\n  b B @relation(fields: [bId], references: [id])\n}\nmodel B {\n  id String @id\n  aId String\n  a A @relation(fields: [aId], references: [id])\n}\n";
    expect(() => copyOrder(readModels(cyclic))).toThrow(/cycle/);
  });
});

/** Needs a PostgreSQL server: `npm run test:unit:postgresql`. */
describe.runIf(onPostgres)("copying a SQLite instance into PostgreSQL", { timeout: 120_000 }, () => {
  it("copies every row of the demo data into an empty database: the same rows and results page data", async () => {
    const source = `file:${path.join(work, `copy-source-${process.pid}.db`)}`;
    fs.copyFileSync(process.env.WERKBOEK_TEMPLATE_DB!, source.slice("file:".length));
    seedDemo(source);
    const expected = await onDatabase(source, async (client, results) => ({ results: await resultsData(client, results), rows: await everyRow(client) }));

    // A new, empty PostgreSQL database (the copy migrates it), as a new installation has.
    const name = `${process.env.WERKBOEK_PG_PREFIX}_copy_${process.pid}`;
    const target = await createDatabase(process.env.TEST_DATABASE_URL!, name);
    const copied = await copySqliteToPostgres(source, target);
    expect(copied.Answer).toBe(expected.rows.answers.length);
    const actual = await onDatabase(target, async (client, results) => ({ results: await resultsData(client, results), rows: await everyRow(client) }));
    expect(actual.results).toEqual(expected.results);
    expect(actual.rows).toEqual(expected.rows);

    // A second copy into the same (now full) database changes nothing.
    await expect(copySqliteToPostgres(source, target)).rejects.toThrow(/not empty/);
    expect(await onDatabase(target, (client) => client.answer.count())).toBe(expected.rows.answers.length);
  });
});
