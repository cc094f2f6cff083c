import "server-only";
import { liveBusConnected, subscribeAllSessions, type TSessionChange } from "@/lib/platform/live";

/**
 * A per-session cache kept true by the live bus: whatever is computed from a session's
 * data (its anonymised result, an earlier session's profile) is computed once and
 * shared by every reader until the bus says the session changed, in this process or,
 * on PostgreSQL, in any process (docs/live-updates.md, docs/decisions/ "live bus").
 *
 * - A change marks the session's entries stale. The next read computes again, but not
 *   more often than once per TICK_MS per entry: readers that come within a tick of the
 *   last computation wait for the next one together. With 30 phones answering and three
 *   screens listening, a session's result is computed at most twice a second (a new answer
 *   reaches the screens within about half a second; bench:scale measures it).
 * - A stale entry is never returned: a reader after a change always gets a computation
 *   that started after that change was heard (at most TICK_MS later).
 * - While the PostgreSQL bus is not connected nothing is cached (changes of other
 *   processes would be missed); a reconnect drops everything.
 * - Entries also expire after TTL_MS, for writes that publish no change (scripts, other
 *   tools on the database). Entries unread for that long are removed.
 */

export const TICK_MS = 500;
export const TTL_MS = 60_000;
const MAX_ENTRIES = 5000;

interface TEntry {
  sessionId: string;
  value: Promise<unknown>;
  /** When the computation started (ms since the epoch): it sees every change heard before. */
  startedAt: number;
  stale: boolean;
  /** A computation already scheduled for the next tick, shared by everyone who waits for it. */
  next: Promise<{ value: unknown; startedAt: number }> | null;
}

interface TCache {
  entries: Map<string, TEntry>;
  unsubscribe: (() => void) | null;
  computations: number;
}

const globalForCache = globalThis as unknown as { werkboekLiveCache?: TCache };
const cache: TCache = (globalForCache.werkboekLiveCache ??= { entries: new Map(), unsubscribe: null, computations: 0 });

function onChange(change: TSessionChange) {
  for (const [key, entry] of cache.entries) {
    if (change.sessionId === "" || entry.sessionId === change.sessionId) {
      if (change.sessionId === "") cache.entries.delete(key);
      else entry.stale = true;
    }
  }
}

function ensureSubscribed() {
  cache.unsubscribe ??= subscribeAllSessions(onChange);
}

function sweep(now: number) {
  if (cache.entries.size < MAX_ENTRIES) return;
  for (const [key, entry] of cache.entries) if (now - entry.startedAt > TTL_MS) cache.entries.delete(key);
}

function start<T>(key: string, sessionId: string, compute: () => Promise<T>): TEntry {
  const startedAt = Date.now();
  cache.computations++;
  const entry: TEntry = { sessionId, value: compute(), startedAt, stale: false, next: null };
  entry.value.catch(() => {
    if (cache.entries.get(key) === entry) cache.entries.delete(key);
  });
  cache.entries.set(key, entry);
  return entry;
}

/**
 * The value of `compute` for this session and key, computed at most once per tick and
 * shared until the session changes. `key` must name everything the value depends on
 * besides the session's rows (for example its anonymity threshold). Returns the value and
 * when its computation started.
 */
export async function cachedForSession<T>(
  sessionId: string,
  key: string,
  compute: () => Promise<T>,
): Promise<{ value: T; startedAt: number }> {
  ensureSubscribed();
  if (!liveBusConnected()) return { value: await compute(), startedAt: Date.now() };
  const fullKey = `${sessionId}\u0000${key}`;
  const now = Date.now();
  const entry = cache.entries.get(fullKey);
  if (entry && !entry.stale && now - entry.startedAt < TTL_MS) {
    return { value: (await entry.value) as T, startedAt: entry.startedAt };
  }
  if (entry && entry.stale && now - entry.startedAt < TICK_MS) {
    // Changed again within a tick: one computation at the next tick for all who ask now.
    entry.next ??= new Promise((resolve) => setTimeout(resolve, entry.startedAt + TICK_MS - now)).then(async () => {
      const current = cache.entries.get(fullKey);
      // Someone else may have started a fresh one meanwhile (the entry was replaced).
      const fresh = current && current !== entry && !current.stale ? current : start(fullKey, sessionId, compute);
      return { value: await fresh.value, startedAt: fresh.startedAt };
    });
    const next = await entry.next;
    return { value: next.value as T, startedAt: next.startedAt };
  }
  sweep(now);
  const fresh = start(fullKey, sessionId, compute);
  return { value: (await fresh.value) as T, startedAt: fresh.startedAt };
}

/** How many computations this process ran (benchmarks and tests). */
export function countCacheComputations(): number {
  return cache.computations;
}

/** Forgets everything (tests). */
export function clearLiveCache(): void {
  cache.entries.clear();
}
