#!/usr/bin/env node
/**
 * `npm run db:generate` (also the postinstall): generates both Prisma clients from their
 * schemas, lib/generated/prisma (SQLite, prisma/schema.prisma) and
 * lib/generated/prisma-postgresql (PostgreSQL, prisma/postgresql/schema.prisma, generated
 * from the first by `npm run db:postgresql`). prisma.config.ts picks the driver adapter by
 * DATABASE_URL, and `prisma generate` wants the adapter that matches the schema's provider
 * (with another it tries to download a query engine), so each run gets a URL of its kind.
 * Generating connects to no database.
 */
import { spawnSync } from "node:child_process";

const runs = [
  { schema: "prisma/schema.prisma", url: process.env.DATABASE_URL?.startsWith("file:") ? process.env.DATABASE_URL : "file:./data/werkboek.db" },
  { schema: "prisma/postgresql/schema.prisma", url: "postgresql://localhost/werkboek-generate-only" },
];
for (const { schema, url } of runs) {
  const r = spawnSync("npx", ["prisma", "generate", "--schema", schema], { stdio: "inherit", env: { ...process.env, DATABASE_URL: url } });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
