import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createDatabaseClient } from "@/lib/platform/db-client";
// Only the database URL, not the whole environment (lib/platform/env.ts): scripts such as
// `npm run data:purge` reach the database and nothing else, so they need no auth secret
// (and print no warning about it on cron's stderr). The URL is checked by createDatabaseClient.
import { resolveDatabaseUrl } from "@/lib/platform/env-database";

const globalForPrisma = globalThis as unknown as { werkboekPrisma?: PrismaClient };

/**
 * The one Prisma client of this process (cached on globalThis across hot reloads): SQLite
 * or PostgreSQL, by DATABASE_URL (lib/platform/db-client.ts). SQLite connections run in
 * WAL mode with synchronous=FULL and a busy timeout, set and checked on every connection
 * (lib/platform/sqlite-settings.ts).
 */
export const db: PrismaClient = (globalForPrisma.werkboekPrisma ??= createDatabaseClient(resolveDatabaseUrl()));
