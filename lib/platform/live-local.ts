/**
 * The listeners of this process, per session: what every live bus delivers to. On SQLite
 * publishing delivers here directly; on PostgreSQL a change comes back through LISTEN
 * (lib/platform/live-pg.ts) and is delivered here in every process, the publishing one
 * included. Entry point for the rest of the app: lib/platform/live.ts.
 *
 * Kept on globalThis: Next.js may bundle the answers route, the join action and the
 * events route into separate module instances, and they must share one set of listeners.
 */

/**
 * What changed in a session: an answer, a participant, an agreement, a polarity map line; `resync` when the
 * bus may have missed changes (its PostgreSQL connection was lost and is back), so
 * listeners should catch up.
 */
export type TSessionChangeKind = "answer" | "participant" | "agreement" | "polarity" | "resync";

export const SESSION_CHANGE_KINDS: readonly TSessionChangeKind[] = ["answer", "participant", "agreement", "polarity", "resync"];

export interface TSessionChange {
  sessionId: string;
  kind: TSessionChangeKind;
  /** Increases with every change delivered in this process. */
  seq: number;
  /** When the change was published or received (ms since the epoch). */
  at: number;
}

export type TSessionListener = (change: TSessionChange) => void;

interface TLocalBus {
  listeners: Map<string, Set<TSessionListener>>;
  /** Listeners of every session (the result cache). */
  everything: Set<TSessionListener>;
  seq: number;
}

const globalForLive = globalThis as unknown as { werkboekLiveLocal?: TLocalBus };
const bus: TLocalBus = (globalForLive.werkboekLiveLocal ??= { listeners: new Map(), everything: new Set(), seq: 0 });

function safely(listener: TSessionListener, change: TSessionChange) {
  try {
    listener(change);
  } catch (e) {
    console.error("[live] a listener failed", e);
  }
}

export function subscribeLocal(sessionId: string, listener: TSessionListener): () => void {
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

export function subscribeLocalEverything(listener: TSessionListener): () => void {
  const entry: TSessionListener = (change) => listener(change);
  bus.everything.add(entry);
  return () => void bus.everything.delete(entry);
}

/** Delivers one change to this process's listeners of the session (and of every session). Never throws. */
export function deliverLocal(sessionId: string, kind: TSessionChangeKind): void {
  const change: TSessionChange = { sessionId, kind, seq: ++bus.seq, at: Date.now() };
  for (const listener of [...bus.everything]) safely(listener, change);
  const set = bus.listeners.get(sessionId);
  if (!set) return;
  for (const listener of [...set]) safely(listener, change);
}

/** Tells every session with listeners here that changes may have been missed. */
export function deliverResyncToAll(): void {
  const change: TSessionChange = { sessionId: "", kind: "resync", seq: ++bus.seq, at: Date.now() };
  for (const listener of [...bus.everything]) safely(listener, change);
  for (const sessionId of [...bus.listeners.keys()]) deliverLocal(sessionId, "resync");
}

export function countLocalSubscribers(sessionId?: string): number {
  if (sessionId !== undefined) return bus.listeners.get(sessionId)?.size ?? 0;
  let n = 0;
  for (const set of bus.listeners.values()) n += set.size;
  return n;
}
