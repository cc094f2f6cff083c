import "server-only";
import { headers } from "next/headers";
import { RateLimiterMemory, RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { clientAddress, normaliseAddress } from "@/lib/platform/client-address";
import { db } from "@/lib/platform/db";
import { env } from "@/lib/platform/env";
import { hashToken } from "@/lib/platform/tokens";

/**
 * Abuse limits, counted in the database (table RateLimitCounter, through
 * rate-limiter-flexible's Prisma store): they hold across restarts and are shared by
 * every process on the same database. See docs/decisions/010-rate-limits-in-the-database.md.
 *
 *   const attempt = await limits.joinCode.consume(await requestAddress());
 *   if (!attempt.allowed) … attempt.retryAfterSeconds …
 */
export const LIMIT_RULES = {
  /** Join-code lookups that find nothing (page and form), per address. A hit is refunded. */
  joinCode: { points: 30, seconds: 10 * 60 },
  /** Participants created per address: a room of partners behind one office network fits. */
  joinPerAddress: { points: 100, seconds: 10 * 60 },
  /** Participants created per session. */
  joinPerSession: { points: 300, seconds: 10 * 60 },
  /** Sign-in attempts per address (the form and /api/auth/sign-in/*). */
  signIn: { points: 30, seconds: 10 * 60 },
  /**
   * Failed sign-in attempts per e-mail address, from any address (the form and
   * /api/auth/sign-in/email; a successful one is refunded). The key is the address's hash.
   */
  signInPerEmail: { points: 10, seconds: 10 * 60 },
  /** Accounts created per address (the form and /api/auth/sign-up/*). */
  signUp: { points: 30, seconds: 10 * 60 },
  /** Password reset e-mails requested per address. */
  passwordReset: { points: 10, seconds: 10 * 60 },
  /** Live streams opened per user and per address (the browser reconnects now and then). */
  liveStreamUser: { points: 60, seconds: 10 * 60 },
  liveStreamAddress: { points: 200, seconds: 10 * 60 },
  /**
   * Polarity-map suggestions sent from the workbook, per session and address (not per
   * participant: the counter must not tie a suggestion to whoever sent it). A room on one
   * office network can still send dozens.
   */
  polaritySuggestion: { points: 60, seconds: 10 * 60 },
  /**
   * Resume-link lookups (the link, its pages, the downloads, switching and withdrawing)
   * whose token finds neither a participant nor a withdrawal, per address. A hit is
   * refunded, so participants behind one office network coming back never use it up.
   */
  resumeToken: { points: 30, seconds: 10 * 60 },
  /** Partnership exports uploaded for import in the app, per user (each may be 10 MiB and one transaction). */
  partnershipImport: { points: 10, seconds: 10 * 60 },
} as const satisfies Record<string, TLimitRule>;

type TLimitRule = { points: number; seconds: number };
export type TLimitName = keyof typeof LIMIT_RULES;
export type TLimitDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export type TLimit = {
  /** Counts one attempt for `key`; refused once the key has used up its points in the window. */
  consume(key: string): Promise<TLimitDecision>;
  /** Gives one attempt back (a join-code lookup that found its session). */
  refund(key: string): Promise<void>;
};

/** The model of rate-limiter-flexible's Prisma store: `db.rateLimitCounter`. */
const TABLE = "rateLimitCounter";

function createLimit(client: PrismaClient, name: string, rule: TLimitRule, cleanUp: boolean): TLimit {
  const limiter = new RateLimiterPrisma({
    storeClient: client,
    tableName: TABLE,
    keyPrefix: name,
    points: rule.points,
    duration: rule.seconds,
    // All limits share the table; one of them removes expired rows (every 5 minutes).
    clearExpiredByTimeout: cleanUp,
    // While the database cannot be reached, count in memory rather than fail the request.
    insuranceLimiter: new RateLimiterMemory({ keyPrefix: name, points: rule.points, duration: rule.seconds }),
  });
  return {
    async consume(key) {
      try {
        await limiter.consume(key);
        return { allowed: true };
      } catch (e) {
        if (e instanceof RateLimiterRes) return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(e.msBeforeNext / 1000)) };
        throw e;
      }
    },
    async refund(key) {
      await limiter.reward(key, 1);
    },
  };
}

/** Every limit of LIMIT_RULES on one database (tests pass their own client, as a second process would). */
export function createLimits(client: PrismaClient): Record<TLimitName, TLimit> {
  const names = Object.keys(LIMIT_RULES) as TLimitName[];
  return Object.fromEntries(names.map((name, i) => [name, createLimit(client, name, LIMIT_RULES[name], i === 0)])) as Record<
    TLimitName,
    TLimit
  >;
}

const globalForLimits = globalThis as unknown as { werkboekLimits?: Record<TLimitName, TLimit> };

/** The limits of this process, on the app's database. */
export const limits: Record<TLimitName, TLimit> = (globalForLimits.werkboekLimits ??= createLimits(db));

/**
 * The key of an e-mail address in a limit: its SHA-256, after trimming and lower-casing
 * (better-auth compares addresses that way), so the counters table holds no addresses.
 */
export function emailKey(email: string): string {
  return hashToken(email.trim().toLowerCase());
}

/** The trusted client address of a request (see lib/platform/client-address.ts and TRUST_PROXY). */
export function addressOf(requestHeaders: Headers): string {
  return clientAddress(requestHeaders, env.TRUST_PROXY);
}

/** The trusted client address of the current request (server actions and pages). */
export async function requestAddress(): Promise<string> {
  return addressOf(await headers());
}

/**
 * Rate-limit storage for better-auth's own endpoints (/api/auth/*), in the same table.
 * Sign-in, sign-up and reset requests count on the same limits as the forms, so the two
 * ways in share one budget; any other endpoint gets better-auth's own rule, per path.
 * better-auth's key is "<address>|<path>", the address taken from CLIENT_ADDRESS_HEADER.
 */
export function authRateLimitStorage(client: PrismaClient = db) {
  const own = client === db ? limits : createLimits(client);
  const byRule = new Map<string, TLimit>();
  return {
    async consume(key: string, rule: { window: number; max: number }): Promise<{ allowed: boolean; retryAfter: number | null }> {
      const bar = key.indexOf("|");
      // better-auth writes IPv6 in full and "no-trusted-ip" when it found no address.
      const address = bar < 0 ? "unknown" : normaliseAddress(key.slice(0, bar));
      const path = bar < 0 ? key : key.slice(bar + 1);
      const name = authLimitName(path);
      let limit: TLimit;
      if (name) limit = own[name];
      else {
        const id = `auth:${rule.window}:${rule.max}`;
        limit = byRule.get(id) ?? createLimit(client, id, { points: rule.max, seconds: rule.window }, false);
        byRule.set(id, limit);
      }
      const decision = await limit.consume(name ? address : key);
      return decision.allowed ? { allowed: true, retryAfter: null } : { allowed: false, retryAfter: decision.retryAfterSeconds };
    },
  };
}

function authLimitName(path: string): TLimitName | null {
  if (path.startsWith("/sign-in")) return "signIn";
  if (path.startsWith("/sign-up")) return "signUp";
  if (path === "/request-password-reset" || path.startsWith("/forget-password") || path.startsWith("/reset-password")) return "passwordReset";
  return null;
}

/** The request header that carries the trusted client address to better-auth (advanced.ipAddress). */
export const CLIENT_ADDRESS_HEADER = "x-werkboek-client-address";

/** A copy of `requestHeaders` that tells better-auth the trusted address (any value the client sent is replaced). */
export function withClientAddress(requestHeaders: Headers): Headers {
  const out = new Headers(requestHeaders);
  out.set(CLIENT_ADDRESS_HEADER, addressOf(requestHeaders));
  return out;
}

/**
 * At most `max` things open at once per key, in this process (open live streams: they
 * live in one process, and a restart closes them all).
 */
export function createConcurrencyLimit(max: number) {
  const open = new Map<string, number>();
  return {
    /** Takes a slot; returns the function that gives it back, or null when the key has none left. */
    acquire(key: string): (() => void) | null {
      const count = open.get(key) ?? 0;
      if (count >= max) return null;
      open.set(key, count + 1);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        const left = (open.get(key) ?? 1) - 1;
        if (left > 0) open.set(key, left);
        else open.delete(key);
      };
    },
  };
}

