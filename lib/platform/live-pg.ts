import "server-only";
import { Client, Pool, type Notification } from "pg";
import { deliverLocal, deliverResyncToAll, SESSION_CHANGE_KINDS, type TSessionChangeKind } from "@/lib/platform/live-local";

/**
 * The live bus on PostgreSQL: LISTEN/NOTIFY, so every server process on the same
 * database hears every change (docs/live-updates.md, docs/decisions/ "live bus").
 *
 * - Publishing sends `NOTIFY werkboek_live, '<kind>:<sessionId>'` through a small pool
 *   of its own (two connections), after the change is committed. The payload says only
 *   which session changed and how (an answer, a participant, an agreement): never who
 *   or what, as on SQLite.
 * - One dedicated connection per process LISTENs and delivers every notification to the
 *   listeners in this process (lib/platform/live-local.ts), the publishing process
 *   included: one path for all processes.
 * - When that connection drops it reconnects (0.25 s, doubling to 5 s). Changes made
 *   while it was away are not replayed by PostgreSQL, so once it is back every session
 *   with listeners here gets a `resync` change (projectors fetch again, caches drop).
 *   `connected()` is false meanwhile, so nothing caches on a deaf bus.
 */

export const LIVE_CHANNEL = "werkboek_live";
const MAX_BACKOFF_MS = 5000;
const SESSION_ID = /^[A-Za-z0-9_-]{1,40}$/;

/** Reads a notification's payload back; null for anything this app did not send. */
export function parseLivePayload(payload: string | undefined): { sessionId: string; kind: TSessionChangeKind } | null {
  if (!payload) return null;
  const colon = payload.indexOf(":");
  if (colon < 0) return null;
  const kind = payload.slice(0, colon) as TSessionChangeKind;
  const sessionId = payload.slice(colon + 1);
  if (!SESSION_CHANGE_KINDS.includes(kind) || kind === "resync" || !SESSION_ID.test(sessionId)) return null;
  return { sessionId, kind };
}

export class PgLiveTransport {
  private client: Client | null = null;
  private pool: Pool | null = null;
  private isConnected = false;
  private firstDone = false;
  private stopped = false;
  private backoff = 250;
  private retry: ReturnType<typeof setTimeout> | null = null;
  private firstConnect: Promise<void>;
  private resolveFirst!: () => void;

  constructor(private readonly url: string) {
    this.firstConnect = new Promise((resolve) => (this.resolveFirst = resolve));
    void this.connect();
  }

  /** True while the LISTEN connection is up (changes of other processes arrive). */
  connected(): boolean {
    return this.isConnected;
  }

  /** Resolves once LISTEN is in place the first time (for tests and start-up). */
  ready(): Promise<void> {
    return this.firstConnect;
  }

  /**
   * Sends the change to every process. Waits for this process's first LISTEN, so that a
   * change published right after start-up also reaches the listeners here.
   */
  publish(sessionId: string, kind: Exclude<TSessionChangeKind, "resync">): void {
    if (this.stopped) return;
    this.pool ??= new Pool({ connectionString: this.url, max: 2, idleTimeoutMillis: 30_000 });
    const pool = this.pool;
    this.firstConnect
      .then(() => pool.query("SELECT pg_notify($1, $2)", [LIVE_CHANNEL, `${kind}:${sessionId}`]))
      .catch((e: unknown) => {
        console.error("[live] NOTIFY failed", e);
      });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    const client = this.client;
    this.client = null;
    this.isConnected = false;
    await Promise.allSettled([client?.end(), this.pool?.end()]);
    this.pool = null;
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const client = new Client({ connectionString: this.url, keepAlive: true });
    this.client = client;
    client.on("notification", (msg: Notification) => {
      if (msg.channel !== LIVE_CHANNEL) return;
      const change = parseLivePayload(msg.payload);
      if (change) deliverLocal(change.sessionId, change.kind);
    });
    client.on("error", (e) => this.lost(client, e));
    client.on("end", () => this.lost(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${LIVE_CHANNEL}`);
      if (this.client !== client) return;
      const wasReconnect = this.firstDone;
      this.isConnected = true;
      this.backoff = 250;
      this.firstDone = true;
      this.resolveFirst();
      if (wasReconnect) deliverResyncToAll();
    } catch (e) {
      this.lost(client, e);
    }
  }

  private lost(client: Client, error?: unknown) {
    if (this.client !== client) return;
    this.client = null;
    this.isConnected = false;
    client.removeAllListeners("notification");
    client.end().catch(() => {});
    if (this.stopped) return;
    if (error) console.error(`[live] LISTEN connection lost; reconnecting in ${this.backoff} ms`, error instanceof Error ? error.message : error);
    // Listeners may have missed changes: catch up now (and again once reconnected).
    deliverResyncToAll();
    this.retry = setTimeout(() => void this.connect(), this.backoff);
    this.backoff = Math.min(this.backoff * 2, MAX_BACKOFF_MS);
  }
}
