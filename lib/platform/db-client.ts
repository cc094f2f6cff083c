import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { PrismaClient as PostgresqlPrismaClient } from "@/lib/generated/prisma-postgresql/client";
import { databasePoolSize, databaseProvider } from "@/lib/platform/env-database";
import { withSqliteSettings } from "@/lib/platform/sqlite-settings";

/**
 * A Prisma client for the database in `url`: SQLite for `file:` URLs (better-sqlite3, with
 * the settings of lib/platform/sqlite-settings.ts), PostgreSQL for `postgres://` and
 * `postgresql://` (node-postgres). Both clients are generated from the same data model
 * (prisma/schema.prisma and its generated PostgreSQL variant, decision record 022), so
 * they have the same models, fields and results: the rest of the code uses the SQLite
 * client's type and never knows which one it has.
 *
 * No "server-only": the seed, the scripts and the e2e fixtures use it too. The app itself
 * goes through the one client in lib/platform/db.ts.
 */
export function createDatabaseClient(url: string): PrismaClient {
  const provider = databaseProvider(url);
  if (provider === "sqlite") return new PrismaClient({ adapter: withSqliteSettings(new PrismaBetterSQLite3({ url })) });
  if (provider === "postgresql") return postgresqlClient(url);
  throw new Error("DATABASE_URL must be a SQLite file: URL or a postgres:// (postgresql://) URL");
}

/**
 * The two clients have the same models and client methods: a compile-time check, so a
 * model that exists in one generated client and not the other fails `npm run typecheck`.
 * (Field drift is what tests/unit/postgresql-schema.test.ts catches: both clients come
 * from the same data model.)
 */
type TOnlyInOne = Exclude<keyof PrismaClient, keyof PostgresqlPrismaClient> | Exclude<keyof PostgresqlPrismaClient, keyof PrismaClient>;
const sameModels: [TOnlyInOne] extends [never] ? true : TOnlyInOne = true;

/**
 * The PostgreSQL client, typed as the shared client. TypeScript keeps the two apart
 * although they are generated from the same data model: `$transaction` takes more
 * isolation levels on PostgreSQL (the code asks for none), and the generic result types
 * of two separately generated clients cannot be compared. Hence the one conversion here.
 */
function postgresqlClient(url: string): PrismaClient {
  const client = new PostgresqlPrismaClient({ adapter: new PrismaPg({ connectionString: url, max: databasePoolSize() }) });
  void sameModels;
  return client as unknown as PrismaClient;
}
