/**
 * `npm run db:copy-to-postgres -- <postgres URL>`: copies every row of the SQLite database
 * in DATABASE_URL (default: data/werkboek.db) into an empty PostgreSQL database, to move an
 * instance from SQLite to PostgreSQL (docs/operations.md, "Moving from SQLite to PostgreSQL").
 *
 * - The target gets the PostgreSQL migrations first (scripts/postgresql-migrate.mjs), then
 *   must be empty: every table of the data model without rows, or nothing is copied.
 * - Tables are copied parents first (the order follows the relations in
 *   prisma/schema.prisma), all in one transaction on the target: it is all or nothing.
 * - Rows keep their ids, times and values: ids are cuids and there are no sequences, so
 *   nothing needs renumbering. Afterwards the row counts of both databases are compared.
 * - Stop the app (or keep it read-only) while copying: rows written during the copy are not
 *   taken along.
 */
import fs from "node:fs";
import path from "node:path";
import type { PrismaClient } from "../lib/generated/prisma/client";
import { createDatabaseClient } from "../lib/platform/db-client";
import { DEFAULT_DATABASE_URL, databaseProvider } from "../lib/platform/env-database";
import { migratePostgres } from "./postgresql-migrate.mjs";

const SCHEMA = path.join(path.dirname(new URL(import.meta.url).pathname), "..", "prisma", "schema.prisma");
const BATCH = 1000;

export interface TModel {
  name: string;
  /** The field of the primary key, for reading in a stable order. */
  idField: string;
  /** Models this one refers to (holds a foreign key to). */
  dependsOn: string[];
}

/** The models of a schema and what each refers to, read from the schema's text. */
export function readModels(schema: string): TModel[] {
  const models: TModel[] = [];
  for (const [, name, body] of schema.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)) {
    const lines = body!.split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("//"));
    const idLine = lines.find((l) => /\s@id\b/.test(l));
    if (!idLine) throw new Error(`Model ${name} has no single-field @id: the copy cannot read it in order`);
    const dependsOn = lines
      .filter((l) => /@relation\([^)]*fields:/.test(l))
      .map((l) => l.split(/\s+/)[1]!.replace(/[?[\]]/g, ""))
      .filter((m) => m !== name);
    models.push({ name: name!, idField: idLine.split(/\s+/)[0]!, dependsOn: [...new Set(dependsOn)] });
  }
  return models;
}

/** Parents before children. Throws on a cycle (which would need deferred constraints). */
export function copyOrder(models: TModel[]): TModel[] {
  const byName = new Map(models.map((m) => [m.name, m]));
  const done = new Set<string>();
  const visiting = new Set<string>();
  const order: TModel[] = [];
  const visit = (m: TModel) => {
    if (done.has(m.name)) return;
    if (visiting.has(m.name)) throw new Error(`The relations of ${m.name} form a cycle: no copy order`);
    visiting.add(m.name);
    for (const d of m.dependsOn) visit(byName.get(d) ?? fail(`${m.name} refers to unknown model ${d}`));
    visiting.delete(m.name);
    done.add(m.name);
    order.push(m);
  };
  for (const m of models) visit(m);
  return order;
}

function fail(message: string): never {
  throw new Error(message);
}

/** What the copy needs of a Prisma model delegate. */
interface TDelegate {
  count(): Promise<number>;
  findMany(args: { orderBy: Record<string, "asc">; skip: number; take: number }): Promise<object[]>;
  createMany(args: { data: object[] }): Promise<{ count: number }>;
}

function isDelegate(value: unknown): value is TDelegate {
  if (typeof value !== "object" || value === null) return false;
  return ["count", "findMany", "createMany"].every((k) => typeof Reflect.get(value, k) === "function");
}

/** The delegate of a model on a client or transaction (`db.answer` for `Answer`). */
function delegate(client: object, model: string): TDelegate {
  const d: unknown = Reflect.get(client, model[0]!.toLowerCase() + model.slice(1));
  if (!isDelegate(d)) throw new Error(`The Prisma client has no model ${model}: run npm run db:generate`);
  return d;
}

/** Rows per model, in copy order. */
async function countRows(client: PrismaClient, models: TModel[]) {
  const counts: Record<string, number> = {};
  for (const m of models) counts[m.name] = await delegate(client, m.name).count();
  return counts;
}

/**
 * Copies every row from the SQLite database at `fromUrl` into the PostgreSQL database at
 * `toUrl` (migrated here, and refused unless empty). Returns the rows copied per model.
 */
export async function copySqliteToPostgres(
  fromUrl: string,
  toUrl: string,
  log: (msg: string) => void = () => {},
): Promise<Record<string, number>> {
  if (databaseProvider(fromUrl) !== "sqlite") throw new Error("The source must be a SQLite file: URL (DATABASE_URL)");
  if (databaseProvider(toUrl) !== "postgresql") throw new Error("The target must be a postgres:// or postgresql:// URL");
  const models = copyOrder(readModels(fs.readFileSync(SCHEMA, "utf8")));
  const applied = await migratePostgres(toUrl);
  if (applied.length) log(`target migrated (${applied.length} migration(s))`);
  const source = createDatabaseClient(fromUrl);
  const target = createDatabaseClient(toUrl);
  try {
    const occupied = Object.entries(await countRows(target, models)).filter(([, n]) => n > 0);
    if (occupied.length) {
      throw new Error(`The target database is not empty (${occupied.map(([m, n]) => `${m}: ${n}`).join(", ")}): nothing copied`);
    }
    const copied: Record<string, number> = {};
    await target.$transaction(
      async (tx) => {
        for (const m of models) {
          const from = delegate(source, m.name);
          const to = delegate(tx, m.name);
          let n = 0;
          for (let skip = 0; ; skip += BATCH) {
            const rows = await from.findMany({ orderBy: { [m.idField]: "asc" }, skip, take: BATCH });
            if (rows.length === 0) break;
            n += (await to.createMany({ data: rows })).count;
            if (rows.length < BATCH) break;
          }
          copied[m.name] = n;
          log(`${m.name}: ${n}`);
        }
      },
      { timeout: 60 * 60_000, maxWait: 60_000 },
    );
    const [a, b] = [await countRows(source, models), await countRows(target, models)];
    const differ = models.filter((m) => a[m.name] !== b[m.name]);
    if (differ.length) {
      throw new Error(`Row counts differ after the copy (source changed while copying?): ${differ.map((m) => `${m.name} ${a[m.name]} → ${b[m.name]}`).join(", ")}`);
    }
    return copied;
  } finally {
    await Promise.all([source.$disconnect(), target.$disconnect()]);
  }
}

async function main() {
  const to = process.argv.slice(2).find((a) => !a.startsWith("--"));
  if (!to) throw new Error("Name the PostgreSQL database to copy into: npm run db:copy-to-postgres -- postgresql://user@host/db");
  const from = process.env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL;
  const copied = await copySqliteToPostgres(from, to, (m) => console.log(`[db:copy-to-postgres] ${m}`));
  const total = Object.values(copied).reduce((s, n) => s + n, 0);
  console.log(`[db:copy-to-postgres] ${total} rows copied from ${from}; the row counts match. Set DATABASE_URL to the PostgreSQL URL to use it.`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  main().catch((e) => {
    console.error(`[db:copy-to-postgres] ${e instanceof Error ? e.message : e}`);
    process.exitCode = 1;
  });
}
