import "server-only";
import { z } from "zod";
import { resolveDatabaseUrl } from "./env-database";

const ZEnv = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .refine((u) => u.startsWith("file:"), "DATABASE_URL must be a SQLite file: URL"),
});

export type TEnv = z.infer<typeof ZEnv>;

/** Environment, validated once at start-up. */
export const env: TEnv = ZEnv.parse({
  NODE_ENV: process.env.NODE_ENV,
  DATABASE_URL: resolveDatabaseUrl(),
});
