import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/** Used in development and tests when BETTER_AUTH_SECRET is not set. Never in production. */
export const DEV_AUTH_SECRET = "werkboek-development-secret-do-not-use-in-production";

/** Where a generated production secret is kept (data/ is ignored by git). */
export const GENERATED_SECRET_FILE = path.resolve("data", "better-auth-secret");

let warned = false;

/**
 * The secret that signs account sessions:
 * - BETTER_AUTH_SECRET when set;
 * - in production without it (e.g. `npm run demo` on a fresh machine): a random secret,
 *   generated once and kept in data/better-auth-secret, so sessions survive a restart;
 * - in development and tests: a fixed development secret, with a warning.
 */
export function resolveAuthSecret(nodeEnv: string | undefined = process.env.NODE_ENV): string {
  const configured = process.env.BETTER_AUTH_SECRET?.trim();
  if (configured) return configured;
  if (nodeEnv === "production") return readOrCreateSecret(GENERATED_SECRET_FILE);
  if (!warned && nodeEnv !== "test") {
    warned = true;
    console.warn("[auth] BETTER_AUTH_SECRET is not set: using a fixed development secret. Set it in production.");
  }
  return DEV_AUTH_SECRET;
}

export function readOrCreateSecret(file: string): string {
  try {
    const existing = fs.readFileSync(file, "utf8").trim();
    if (existing.length >= 32) return existing;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  try {
    // "wx": if another process created it in the meantime, use theirs.
    fs.writeFileSync(file, `${secret}\n`, { flag: "wx", mode: 0o600 });
    console.warn(`[auth] BETTER_AUTH_SECRET is not set: generated one and stored it in ${file}.`);
    return secret;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    return fs.readFileSync(file, "utf8").trim();
  }
}
