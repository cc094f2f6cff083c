import { beforeEach, describe, expect, it } from "vitest";
import { publishSessionChange } from "@/lib/platform/live";
import { cachedForSession, clearLiveCache, TICK_MS } from "@/lib/platform/live-cache";

/** A computation that counts its runs and returns the count (so a stale value is visible). */
function counter() {
  let runs = 0;
  return {
    compute: async () => {
      runs++;
      await new Promise((r) => setTimeout(r, 5));
      return runs;
    },
    runs: () => runs,
  };
}

describe("live cache: once per session per tick", () => {
  beforeEach(() => clearLiveCache());

  it("computes once for any number of readers and keeps the value until the session changes", async () => {
    const c = counter();
    const values = await Promise.all(Array.from({ length: 50 }, () => cachedForSession("cache-a", "k", c.compute)));
    expect(c.runs()).toBe(1);
    expect(new Set(values.map((v) => v.value))).toEqual(new Set([1]));
    expect((await cachedForSession("cache-a", "k", c.compute)).value).toBe(1);
    // Another session's change leaves it alone.
    publishSessionChange("cache-other");
    expect((await cachedForSession("cache-a", "k", c.compute)).value).toBe(1);
    expect(c.runs()).toBe(1);
  });

  it("after a change never returns the old value, and recomputes at most once per tick", async () => {
    const c = counter();
    const first = await cachedForSession("cache-b", "k", c.compute);
    publishSessionChange("cache-b");
    const t0 = Date.now();
    // A burst of changes and readers within one tick: one more computation, after the tick.
    const readers = [];
    for (let i = 0; i < 20; i++) {
      publishSessionChange("cache-b");
      readers.push(cachedForSession("cache-b", "k", c.compute));
    }
    const after = await Promise.all(readers);
    expect(c.runs()).toBe(2);
    for (const r of after) {
      expect(r.value).toBe(2);
      expect(r.startedAt).toBeGreaterThanOrEqual(first.startedAt + TICK_MS);
    }
    expect(Date.now() - t0).toBeLessThan(TICK_MS * 3);
  });

  it("keys by what the value depends on, and forgets a failed computation", async () => {
    const c = counter();
    await cachedForSession("cache-c", "threshold:3", c.compute);
    await cachedForSession("cache-c", "threshold:5", c.compute);
    expect(c.runs()).toBe(2);
    await expect(cachedForSession("cache-d", "k", () => Promise.reject(new Error("db down")))).rejects.toThrow("db down");
    expect((await cachedForSession("cache-d", "k", c.compute)).value).toBe(3);
  });
});
