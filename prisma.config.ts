import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { defineConfig } from "prisma/config";
import { databaseProvider, resolveDatabaseUrl } from "./lib/platform/env-database";

const url = resolveDatabaseUrl();
// PostgreSQL for postgres:// URLs, with its generated schema and its own migrations
// (prisma/postgresql/, decision record 022); SQLite otherwise. `prisma migrate deploy`
// serves SQLite only: `npm run db:deploy` applies PostgreSQL's migrations itself (023).
const postgresql = databaseProvider(url) === "postgresql";
const folder = postgresql ? path.join("prisma", "postgresql") : "prisma";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join(folder, "schema.prisma"),
  migrations: { path: path.join(folder, "migrations"), seed: "tsx prisma/seed.ts" },
  adapter: async () => (postgresql ? new PrismaPg({ connectionString: url }) : new PrismaBetterSQLite3({ url })),
});
