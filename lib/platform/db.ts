import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/platform/env";

const globalForPrisma = globalThis as unknown as { werkboekPrisma?: PrismaClient };

function createClient(): PrismaClient {
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: env.DATABASE_URL }) });
}

/** The one Prisma client of this process (cached on globalThis across hot reloads). */
export const db: PrismaClient = (globalForPrisma.werkboekPrisma ??= createClient());
