import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { listMigrations, migratePostgres } from "../../scripts/postgresql-migrate.mjs";
import { POSTGRESQL_SCHEMA, SQLITE_SCHEMA, postgresqlSchemaFrom } from "../../scripts/postgresql-schema.mjs";
import { createDatabase, dropDatabases } from "../../scripts/test-postgres.mjs";

describe("the PostgreSQL schema, generated from prisma/schema.prisma", () => {
  it("is committed as the generator makes it now (else: npm run db:postgresql)", () => {
    const expected = postgresqlSchemaFrom(fs.readFileSync(SQLITE_SCHEMA, "utf8"));
    expect(fs.readFileSync(POSTGRESQL_SCHEMA, "utf8"), "prisma/postgresql/schema.prisma is out of date: run `npm run db:postgresql`").toBe(expected);
  });

  it("differs only in provider and client folder, and says it is generated", () => {
    const source = fs.readFileSync(SQLITE_SCHEMA, "utf8");
    const out = postgresqlSchemaFrom(source);
    expect(out).toMatch(/^\/\/ GENERATED from prisma\/schema\.prisma/);
    expect(out).toMatch(/provider\s*=\s*"postgresql"/);
    expect(out).not.toMatch(/provider\s*=\s*"sqlite"/);
    expect(out).toMatch(/output\s*=\s*"\.\.\/\.\.\/lib\/generated\/prisma-postgresql"/);
    const models = (text: string) => text.match(/^model \w+ \{[\s\S]*?^\}/gm) ?? [];
    expect(models(out)).toEqual(models(source));
  });

  it("refuses a source it cannot translate rather than writing a wrong file", () => {
    const source = fs.readFileSync(SQLITE_SCHEMA, "utf8");
    expect(() => postgresqlSchemaFrom(source.replace('provider = "sqlite"', 'provider = "mysql"'))).toThrow(/sqlite/);
    expect(() => postgresqlSchemaFrom(`${source}\nmodel X {\n  id String @id @db.VarChar(20)\n}\n`)).toThrow(/native types/);
  });

  it("has a migrations folder whose SQL creates every model's table", () => {
    const sql = listMigrations().map((m) => m.sql).join("\n");
    const source = fs.readFileSync(SQLITE_SCHEMA, "utf8");
    for (const [, name] of source.matchAll(/^model (\w+) \{/gm)) expect(sql).toContain(`CREATE TABLE "${name}"`);
  });
});

/** Runs on a real PostgreSQL server: `npm run test:unit:postgresql`. */
describe.runIf(process.env.WERKBOEK_TEST_DATABASE === "postgresql")("the PostgreSQL migration runner", () => {
  const server = process.env.TEST_DATABASE_URL ?? "";
  const prefix = `${process.env.WERKBOEK_PG_PREFIX}_runner`;
  const made: string[] = [];
  afterAll(async () => {
    await dropDatabases(server, made);
  });
  async function emptyDatabase(suffix: string) {
    made.push(`${prefix}_${suffix}`);
    return createDatabase(server, `${prefix}_${suffix}`);
  }
  async function query(url: string, sql: string) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query(sql)).rows;
    } finally {
      await client.end();
    }
  }

  it("applies every migration once, also when two processes start at the same time", async () => {
    const url = await emptyDatabase("twice");
    const [a, b] = await Promise.all([migratePostgres(url), migratePostgres(url)]);
    const all = listMigrations().map((m) => m.name);
    expect([...a, ...b].sort()).toEqual(all);
    expect(await migratePostgres(url)).toEqual([]);
    const rows = await query(url, 'SELECT "name" FROM "_werkboek_migrations" ORDER BY "name"');
    expect(rows.map((r) => r.name)).toEqual(all);
  });

  it("applies a failing migration not at all, and refuses one that changed after it was applied", async () => {
    const url = await emptyDatabase("fail");
    const dir = fs.mkdtempSync(path.join(process.env.WERKBOEK_TEMPLATE_DB ? path.dirname(process.env.WERKBOEK_TEMPLATE_DB) : "/tmp", "pgm-"));
    fs.mkdirSync(path.join(dir, "1_a"));
    fs.writeFileSync(path.join(dir, "1_a", "migration.sql"), 'CREATE TABLE "A" ("id" TEXT PRIMARY KEY);');
    fs.mkdirSync(path.join(dir, "2_b"));
    fs.writeFileSync(path.join(dir, "2_b", "migration.sql"), 'CREATE TABLE "B" ("id" TEXT PRIMARY KEY);\nSELECT no_such_function();');
    await expect(migratePostgres(url, { dir })).rejects.toThrow(/2_b failed, nothing of it was applied/);
    const tables = await query(url, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name");
    expect(tables.map((r) => r.table_name)).toEqual(["A", "_werkboek_migrations"]);

    fs.writeFileSync(path.join(dir, "2_b", "migration.sql"), 'CREATE TABLE "B" ("id" TEXT PRIMARY KEY);');
    expect(await migratePostgres(url, { dir })).toEqual(["2_b"]);
    fs.writeFileSync(path.join(dir, "1_a", "migration.sql"), 'CREATE TABLE "A" ("id" TEXT PRIMARY KEY, "x" INT);');
    await expect(migratePostgres(url, { dir })).rejects.toThrow(/1_a was changed after it was applied/);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
