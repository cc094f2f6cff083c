import "server-only";
import { headers } from "next/headers";

/**
 * A small fixed-window limiter kept in memory, for guessing protection on one server
 * process (join codes). A deployment with several processes needs a shared store.
 */
export function createRateLimiter({ limit, windowMs }: { limit: number; windowMs: number }) {
  const hits = new Map<string, { count: number; resetAt: number }>();
  return {
    /** Counts one attempt; returns false when the key is over its limit. */
    hit(key: string, now: number = Date.now()): boolean {
      const entry = hits.get(key);
      if (!entry || entry.resetAt <= now) {
        if (hits.size > 10_000) {
          for (const [k, v] of hits) if (v.resetAt <= now) hits.delete(k);
        }
        hits.set(key, { count: 1, resetAt: now + windowMs });
        return true;
      }
      entry.count += 1;
      return entry.count <= limit;
    },
  };
}

/**
 * The address a request came from, as the key for a rate limit. Behind a reverse proxy
 * the nearest proxy appends the client's address as the LAST X-Forwarded-For entry;
 * earlier entries come from the client itself and could be changed at will, so they do
 * not count.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",").map((s) => s.trim()).filter(Boolean);
  return forwarded?.at(-1) || headers.get("x-real-ip") || "local";
}

/** The client address of the current request (server actions and pages). */
export async function currentClientAddress(): Promise<string> {
  return clientAddress(await headers());
}
