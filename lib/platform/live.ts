import "server-only";
import { resolveDatabaseUrl } from "@/lib/platform/env-database";
import {
  countLocalSubscribers,
  deliverLocal,
  subscribeLocal,
  subscribeLocalEverything,
  type TSessionChange,
  type TSessionChangeKind,
  type TSessionListener,
} from "@/lib/platform/live-local";
import { PgLiveTransport } from "@/lib/platform/live-pg";

/**
 * Live updates of a workbook session: publish/subscribe per session. The one entry
 * point; which bus carries the changes follows the database (docs/live-updates.md):
 *
 * - SQLite (`file:`): in this process only. SQLite serves one process, so that is all
 *   there is. publishSessionChange() delivers synchronously.
 * - PostgreSQL (`postgres://`, `postgresql://`): LISTEN/NOTIFY (lib/platform/live-pg.ts),
 *   so any number of `next start` processes on the same database hear every change.
 *   publishSessionChange() returns at once; the change arrives a few milliseconds later,
 *   in this process too.
 *
 * Whenever something in a session changes (an answer is saved, a participant joins, an
 * agreement is recorded), the code that changed it calls publishSessionChange() after
 * the change is stored. The Server-Sent Events endpoint (app/api/sessions/[sessionId]/events)
 * subscribes per open connection; the result cache (lib/data/live-results.ts) listens to
 * every session. Changes carry no data about participants or answers: only which
 * session changed and how.
 */

export type { TSessionChange, TSessionChangeKind, TSessionListener } from "@/lib/platform/live-local";

const globalForLive = globalThis as unknown as { werkboekLivePg?: PgLiveTransport | null };

/** The PostgreSQL transport of this process, or null on SQLite. Started on first use. */
function transport(): PgLiveTransport | null {
  if (globalForLive.werkboekLivePg !== undefined) return globalForLive.werkboekLivePg;
  const url = resolveDatabaseUrl();
  const pg = url.startsWith("postgres://") || url.startsWith("postgresql://");
  return (globalForLive.werkboekLivePg = pg ? new PgLiveTransport(url) : null);
}

/** Which bus carries changes: "process" (SQLite) or "postgres" (LISTEN/NOTIFY). */
export function liveBusKind(): "process" | "postgres" {
  return transport() ? "postgres" : "process";
}

/**
 * True when every change made anywhere reaches this process: always on SQLite; on
 * PostgreSQL while the LISTEN connection is up. Caches keyed on changes hold only then.
 */
export function liveBusConnected(): boolean {
  return transport()?.connected() ?? true;
}

/** Resolves once the bus delivers changes (at once on SQLite; after LISTEN on PostgreSQL). */
export async function liveBusReady(): Promise<void> {
  await transport()?.ready();
}

/** Listens to the changes of one session. Returns the function that stops listening. */
export function subscribeSession(sessionId: string, listener: TSessionListener): () => void {
  transport();
  return subscribeLocal(sessionId, listener);
}

/**
 * Listens to the changes of every session (the result cache). A change with kind
 * `resync` and an empty sessionId means changes of any session may have been missed.
 */
export function subscribeAllSessions(listener: TSessionListener): () => void {
  transport();
  return subscribeLocalEverything(listener);
}

/**
 * Tells every listener of the session that something changed. Cheap and never throws
 * (a failing listener or a failed NOTIFY is logged), so callers can publish right after
 * a successful save without a try/catch.
 */
export function publishSessionChange(sessionId: string, kind: Exclude<TSessionChangeKind, "resync"> = "answer"): void {
  const pg = transport();
  if (pg) pg.publish(sessionId, kind);
  else deliverLocal(sessionId, kind);
}

/** Open subscriptions in this process, of one session or of all sessions (for limits and tests). */
export function countSubscribers(sessionId?: string): number {
  return countLocalSubscribers(sessionId);
}

/** Stops the PostgreSQL transport of this process (tests; a server exits without it). */
export async function stopLiveBus(): Promise<void> {
  const pg = globalForLive.werkboekLivePg;
  globalForLive.werkboekLivePg = undefined;
  await pg?.stop();
}

/** What one live event says: changes up to `seq`, published between `since` and `at`; never who or what. */
export interface TChangeBatch {
  /** The highest sequence number in the batch. */
  seq: number;
  /** When the newest change of the batch was published (ms since the epoch). */
  at: number;
  /** When the oldest change of the batch was published. */
  since: number;
  /** How many changes the batch stands for. */
  count: number;
  kinds: TSessionChangeKind[];
}

/**
 * Coalesces a burst of changes into at most one message per `minIntervalMs` for one
 * connection: the first change after a quiet period is sent at once, later ones are
 * gathered and sent together when the interval has passed. With 200 partners
 * answering at once a projector gets a few messages a second, not hundreds.
 */
export function createChangeBatcher(options: {
  minIntervalMs: number;
  send: (batch: TChangeBatch) => void;
  now?: () => number;
}) {
  const now = options.now ?? Date.now;
  let lastSent = -Infinity;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let pending: { seq: number; at: number; since: number; count: number; kinds: Set<TSessionChangeKind> } | null = null;
  let disposed = false;

  function flush() {
    timer = null;
    if (disposed || !pending) return;
    const batch: TChangeBatch = {
      seq: pending.seq,
      at: pending.at,
      since: pending.since,
      count: pending.count,
      kinds: [...pending.kinds].sort(),
    };
    pending = null;
    lastSent = now();
    options.send(batch);
  }

  return {
    push(change: TSessionChange) {
      if (disposed) return;
      if (pending) {
        pending.seq = Math.max(pending.seq, change.seq);
        pending.at = Math.max(pending.at, change.at);
        pending.since = Math.min(pending.since, change.at);
        pending.count++;
        pending.kinds.add(change.kind);
      } else {
        pending = { seq: change.seq, at: change.at, since: change.at, count: 1, kinds: new Set([change.kind]) };
      }
      if (timer) return;
      const wait = lastSent + options.minIntervalMs - now();
      if (wait <= 0) flush();
      else timer = setTimeout(flush, wait);
    },
    dispose() {
      disposed = true;
      if (timer) clearTimeout(timer);
      timer = null;
      pending = null;
    },
  };
}
