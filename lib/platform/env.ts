import "server-only";
import { z } from "zod";
import { resolveAuthSecret } from "@/lib/platform/env-auth-secret";
import { databaseProvider, resolveDatabaseUrl } from "@/lib/platform/env-database";

/** Trims a text; empty or blank counts as not set. */
const trimToUndefined = (v: unknown) => (typeof v === "string" ? v.trim() || undefined : v);
const ZOptionalUrl = z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), z.url().optional());

const ZEnv = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .refine((u) => databaseProvider(u) !== null, "DATABASE_URL must be a SQLite file: URL or a postgres:// (postgresql://) URL"),
  /** Signs and encrypts account sessions (better-auth). See lib/platform/env-auth-secret.ts. */
  BETTER_AUTH_SECRET: z.string().min(32, "BETTER_AUTH_SECRET must be at least 32 characters"),
  /** The public URL of the app (https://werkboek.example.org): better-auth's origin and the address in mailed links. Optional: without it http://localhost:PORT (lib/platform/auth.ts). */
  BETTER_AUTH_URL: ZOptionalUrl.refine(
    (u) => u === undefined || u.startsWith("http://") || u.startsWith("https://"),
    "BETTER_AUTH_URL must be an http(s) URL",
  ),
  /** smtp(s)://user:pass@host:port. Without it, e-mails are written to the server log (lib/platform/mail.ts). */
  SMTP_URL: ZOptionalUrl.refine(
    (u) => u === undefined || u.startsWith("smtp://") || u.startsWith("smtps://"),
    "SMTP_URL must be an smtp:// or smtps:// URL",
  ),
  /** Sender of e-mails sent over SMTP. */
  MAIL_FROM: z.string().trim().min(3).default("Werkboek Regionaal Samenwerken <no-reply@werkboek.local>"),
  /**
   * How many reverse proxies stand in front of the app (0: clients connect to it
   * directly). Decides which X-Forwarded-For entry is the client's address
   * (lib/platform/client-address.ts): never more than this many are believed.
   */
  TRUST_PROXY: z.preprocess(trimToUndefined, z.coerce.number().int("TRUST_PROXY must be a whole number").min(0).max(10).default(0)),
  /** The port the server listens on (scripts/server.mjs sets it): better-auth's origin without BETTER_AUTH_URL is http://localhost:PORT. */
  PORT: z.preprocess(trimToUndefined, z.coerce.number().int().min(1).max(65535, "PORT must be a port number").default(3000)),
  /** Set by `npm run demo`: the sign-in page shows the demo account's password only then. */
  WERKBOEK_DEMO: z.preprocess(trimToUndefined, z.enum(["0", "1"], "WERKBOEK_DEMO must be 0 or 1").default("0")).transform((v) => v === "1"),
  /** For tests: a folder where every e-mail is also written as a JSON file. */
  MAIL_OUTBOX_DIR: z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), z.string().optional()),
  /** Who runs this installation, shown on the privacy and accessibility statements. Optional: without it they say it is not filled in. */
  OPERATOR_NAME: z.preprocess(trimToUndefined, z.string().max(200, "OPERATOR_NAME must be at most 200 characters").optional()),
  /** The operator's contact address for questions about data and accessibility. */
  OPERATOR_EMAIL: z.preprocess(trimToUndefined, z.email("OPERATOR_EMAIL must be an e-mail address").optional()),
  /** Optional: the operator's own website (http or https). */
  OPERATOR_URL: ZOptionalUrl.refine(
    (u) => u === undefined || u.startsWith("http://") || u.startsWith("https://"),
    "OPERATOR_URL must be an http(s) URL",
  ),
}).refine((e) => !e.SMTP_URL || !!e.BETTER_AUTH_URL, {
  // A mailed link (password reset) must never take its address from request headers,
  // which a client can set: with real e-mail, the public URL is required.
  path: ["BETTER_AUTH_URL"],
  message: "BETTER_AUTH_URL is required when SMTP_URL is set (links in e-mails use it)",
});

export type TEnv = z.infer<typeof ZEnv>;

function parseEnv(): TEnv {
  const nodeEnv = process.env.NODE_ENV;
  const parsed = ZEnv.safeParse({
    NODE_ENV: nodeEnv,
    DATABASE_URL: resolveDatabaseUrl(),
    BETTER_AUTH_SECRET: resolveAuthSecret(nodeEnv),
    BETTER_AUTH_URL: process.env.BETTER_AUTH_URL,
    SMTP_URL: process.env.SMTP_URL,
    MAIL_FROM: process.env.MAIL_FROM?.trim() || undefined,
    MAIL_OUTBOX_DIR: process.env.MAIL_OUTBOX_DIR,
    TRUST_PROXY: process.env.TRUST_PROXY,
    PORT: process.env.PORT,
    WERKBOEK_DEMO: process.env.WERKBOEK_DEMO,
    OPERATOR_NAME: process.env.OPERATOR_NAME,
    OPERATOR_EMAIL: process.env.OPERATOR_EMAIL,
    OPERATOR_URL: process.env.OPERATOR_URL,
  });
  if (!parsed.success) {
    // Name the variables, never their values (they may hold secrets).
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid environment: ${problems}`);
  }
  return parsed.data;
}

/** Environment, validated once at start-up. */
export const env: TEnv = parseEnv();
