import { afterAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createDatabaseClient } from "@/lib/platform/db-client";
import { db } from "@/lib/platform/db";
import { env } from "@/lib/platform/env";
import { authRateLimitStorage, createConcurrencyLimit, createLimits, LIMIT_RULES } from "@/lib/platform/rate-limit";

/** A second client on the same database file: what a restarted (or another) server process has. */
function newProcessClient() {
  return createDatabaseClient(env.DATABASE_URL);
}

const clients: PrismaClient[] = [];
afterAll(async () => {
  await Promise.all(clients.map((c) => c.$disconnect()));
});

async function consumeAll(limit: { consume(key: string): Promise<{ allowed: boolean }> }, key: string, n: number) {
  const out: boolean[] = [];
  for (let i = 0; i < n; i++) out.push((await limit.consume(key)).allowed);
  return out;
}

describe("rate limits in the database (issue 13, findings 1 and 2)", () => {
  it("allows the rule's number of attempts per key, then refuses with a retry time", async () => {
    const limits = createLimits(db);
    const { points, seconds } = LIMIT_RULES.joinCode;
    const results = await consumeAll(limits.joinCode, "198.51.100.1", points);
    expect(results.every(Boolean)).toBe(true);
    const over = await limits.joinCode.consume("198.51.100.1");
    expect(over.allowed).toBe(false);
    if (!over.allowed) {
      expect(over.retryAfterSeconds).toBeGreaterThan(0);
      expect(over.retryAfterSeconds).toBeLessThanOrEqual(seconds);
    }
    // Another address, and the same address on another limit, are not affected.
    expect((await limits.joinCode.consume("198.51.100.2")).allowed).toBe(true);
    expect((await limits.signIn.consume("198.51.100.1")).allowed).toBe(true);
  });

  it("still holds after a restart: a new process on the same database sees the counts", async () => {
    const before = newProcessClient();
    clients.push(before);
    const key = "203.0.113.77";
    const { points } = LIMIT_RULES.signIn;
    expect((await consumeAll(createLimits(before).signIn, key, points)).every(Boolean)).toBe(true);
    await before.$disconnect();

    const after = newProcessClient();
    clients.push(after);
    expect((await createLimits(after).signIn.consume(key)).allowed).toBe(false);
    // The counter is a row in the database, not process memory.
    const row = await after.rateLimitCounter.findUnique({ where: { key: `signIn:${key}` } });
    expect(row?.points).toBeGreaterThan(points);
  });

  it("two processes at once share one budget", async () => {
    const [a, b] = [newProcessClient(), newProcessClient()];
    clients.push(a, b);
    const [la, lb] = [createLimits(a), createLimits(b)];
    const key = "session-shared";
    const { points } = LIMIT_RULES.signUp;
    const results = await Promise.all(Array.from({ length: points + 10 }, (_, i) => (i % 2 ? la : lb).signUp.consume(key)));
    expect(results.filter((r) => r.allowed)).toHaveLength(points);
  });

  it("a refund gives an attempt back (a join-code lookup that found its session)", async () => {
    const limits = createLimits(db);
    const key = "198.51.100.9";
    for (let i = 0; i < LIMIT_RULES.joinCode.points + 5; i++) {
      expect((await limits.joinCode.consume(key)).allowed).toBe(true);
      await limits.joinCode.refund(key);
    }
  });

  it("better-auth's endpoints count on the same limits as the forms, keyed on the address", async () => {
    const storage = authRateLimitStorage(db);
    const limits = createLimits(db);
    const address = "192.0.2.44";
    expect((await consumeAll(limits.signIn, address, LIMIT_RULES.signIn.points - 1)).every(Boolean)).toBe(true);
    // better-auth's own rule (3 per 10 s) is replaced by ours for sign-in.
    expect(await storage.consume(`${address}|/sign-in/email`, { window: 10, max: 3 })).toEqual({ allowed: true, retryAfter: null });
    const refused = await storage.consume(`${address}|/sign-in/email`, { window: 10, max: 3 });
    expect(refused.allowed).toBe(false);
    expect(refused.retryAfter).toBeGreaterThan(0);
    expect((await limits.signIn.consume(address)).allowed).toBe(false);
    // better-auth writes IPv6 in full; it is the same /64 key as ours.
    const v6 = "2001:0db8:0001:0002:0000:0000:0000:0000";
    for (let i = 0; i < LIMIT_RULES.signUp.points; i++) await limits.signUp.consume("2001:db8:1:2::");
    expect((await storage.consume(`${v6}|/sign-up/email`, { window: 10, max: 3 })).allowed).toBe(false);
    // Other endpoints keep better-auth's rule, per address and path.
    const other = await consumeAll({ consume: (k) => storage.consume(k, { window: 60, max: 2 }) }, `${address}|/get-session`, 3);
    expect(other).toEqual([true, true, false]);
  });
});

describe("concurrency limit (open live streams)", () => {
  it("gives at most max slots per key, and a released slot can be taken again", () => {
    const limit = createConcurrencyLimit(2);
    const a = limit.acquire("u");
    const b = limit.acquire("u");
    expect(a && b).toBeTruthy();
    expect(limit.acquire("u")).toBeNull();
    expect(limit.acquire("v")).not.toBeNull();
    a?.();
    a?.(); // releasing twice gives back one slot only
    expect(limit.acquire("u")).not.toBeNull();
    expect(limit.acquire("u")).toBeNull();
  });
});
