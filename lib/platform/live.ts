import "server-only";

/**
 * Live updates of a workbook session: an in-process publish/subscribe bus.
 *
 * Whenever something in a session changes (an answer is saved, a participant joins,
 * an agreement is recorded), the code that changed it calls publishSessionChange().
 * The Server-Sent Events endpoint (app/api/sessions/[sessionId]/events) subscribes
 * per open connection and tells the presentation view that it should re-render.
 * Events carry no data about participants or answers: only "something changed".
 *
 * PER SERVER PROCESS. Subscribers only hear about changes made in the same Node.js
 * process. That is how `next start` runs (one process), and what this app supports.
 * A deployment with several processes or machines behind a load balancer needs a
 * shared bus instead (for example Redis pub/sub or PostgreSQL LISTEN/NOTIFY) behind
 * the same two functions; see docs/live-updates.md.
 *
 * The bus lives on globalThis: Next.js may bundle the answers route, the join action
 * and the events route into separate module instances, and they must share one bus.
 */

export type TSessionChangeKind = "answer" | "participant" | "agreement" | "polarity";

export interface TSessionChange {
  sessionId: string;
  kind: TSessionChangeKind;
  /** Increases with every change published in this process. */
  seq: number;
  /** When the change was published (ms since the epoch). */
  at: number;
}

export type TSessionListener = (change: TSessionChange) => void;

interface TBus {
  listeners: Map<string, Set<TSessionListener>>;
  seq: number;
}

const globalForLive = globalThis as unknown as { werkboekLive?: TBus };
const bus: TBus = (globalForLive.werkboekLive ??= { listeners: new Map(), seq: 0 });

/** Listens to the changes of one session. Returns the function that stops listening. */
export function subscribeSession(sessionId: string, listener: TSessionListener): () => void {
  let set = bus.listeners.get(sessionId);
  if (!set) {
    set = new Set();
    bus.listeners.set(sessionId, set);
  }
  // A wrapper, so the same function can subscribe twice and unsubscribe once.
  const entry: TSessionListener = (change) => listener(change);
  set.add(entry);
  let active = true;
  return () => {
    if (!active) return;
    active = false;
    const current = bus.listeners.get(sessionId);
    if (!current) return;
    current.delete(entry);
    if (current.size === 0) bus.listeners.delete(sessionId);
  };
}

/**
 * Tells every listener of the session that something changed. Synchronous and cheap;
 * never throws (a failing listener is logged and the others still hear about it), so
 * callers can publish right after a successful save without a try/catch.
 */
export function publishSessionChange(sessionId: string, kind: TSessionChangeKind = "answer"): void {
  const change: TSessionChange = { sessionId, kind, seq: ++bus.seq, at: Date.now() };
  const set = bus.listeners.get(sessionId);
  if (!set) return;
  for (const listener of [...set]) {
    try {
      listener(change);
    } catch (e) {
      console.error("[live] a listener failed", e);
    }
  }
}

/** Open subscriptions, of one session or of all sessions (for limits and tests). */
export function countSubscribers(sessionId?: string): number {
  if (sessionId !== undefined) return bus.listeners.get(sessionId)?.size ?? 0;
  let n = 0;
  for (const set of bus.listeners.values()) n += set.size;
  return n;
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
