import { NextResponse, type NextRequest } from "next/server";
import { getCurrentUser } from "@/lib/server/access";
import { countSubscribers, createChangeBatcher, subscribeSession } from "@/lib/platform/live";
import { findSessionForMember, type TSessionForMember } from "@/lib/data/memberships";
import { getLiveResultJson } from "@/lib/data/live-results";
import { addressOf, createConcurrencyLimit, limits } from "@/lib/platform/rate-limit";

/**
 * Server-Sent Events: one `change` event whenever an answer, a participant or an
 * agreement of the session changes, so the presentation view can re-render. Change
 * events say only THAT something changed (a sequence number, a time and the kinds),
 * never what or by whom. Each is followed by a `result` event: the session's anonymised
 * result as the projector shows it (lib/data/live-results.ts, TLiveResult), computed
 * once per tick for every listener with the session's current anonymity threshold, and
 * left out when this stream has just sent that same computation (several changes within
 * one tick share it). Members of the partnership only (coordinators and partners), and
 * only while they are: access is checked again every ACCESS_RECHECK_MS and before each
 * event (a reading at most ACCESS_FRESH_MS old), and the stream ends when it is gone (a removed member hears nothing more).
 *
 * Limits: streams opened per user and per address (counted in the database, see
 * lib/platform/rate-limit.ts), streams open at once per user and per address (in this
 * process, where they live), and a cap for the whole process.
 *
 * Per server process: see lib/platform/live.ts and docs/live-updates.md.
 */

export const dynamic = "force-dynamic";

/** A comment line keeps proxies and the browser from closing an idle connection. */
const HEARTBEAT_MS = 15_000;
/** At most this many events per connection per second (bursts are coalesced). */
const MIN_EVENT_INTERVAL_MS = 100;
/** Connections end after this long; the browser reconnects (and access is checked again). */
const MAX_CONNECTION_MS = 30 * 60_000;
/** A guard against runaway clients: open streams in this process. */
const MAX_CONNECTIONS = 1000;
/** Open streams at once per user (a few tabs and screens) and per address (one office network). */
const openPerUser = createConcurrencyLimit(10);
const openPerAddress = createConcurrencyLimit(30);
/** How often an open stream checks that its user is still a member. */
const ACCESS_RECHECK_MS = 30_000;
/** Before an event, a membership (and the session's threshold) read less than this long ago is used again. */
const ACCESS_FRESH_MS = 1000;
/** How long the browser waits before reconnecting. */
const RETRY_MS = 2000;

function fail(status: number, error: string, retryAfterSeconds?: number) {
  const headers: Record<string, string> = { "Cache-Control": "no-store" };
  if (retryAfterSeconds) headers["Retry-After"] = String(retryAfterSeconds);
  return NextResponse.json({ ok: false, error }, { status, headers });
}

export async function GET(request: NextRequest, ctx: RouteContext<"/api/sessions/[sessionId]/events">) {
  const { sessionId } = await ctx.params;
  if (sessionId.length > 40) return fail(404, "notFound");
  const user = await getCurrentUser();
  if (!user) return fail(401, "signIn");
  const found = await findSessionForMember(user.id, sessionId, "partner");
  if (!found) return fail(404, "notFound");
  if (countSubscribers() >= MAX_CONNECTIONS) return fail(503, "busy");

  const address = addressOf(request.headers);
  const opened = await Promise.all([limits.liveStreamUser.consume(user.id), limits.liveStreamAddress.consume(address)]);
  for (const d of opened) if (!d.allowed) return fail(429, "tooManyStreams", d.retryAfterSeconds);
  const releaseUser = openPerUser.acquire(user.id);
  const releaseAddress = releaseUser && openPerAddress.acquire(address);
  if (!releaseUser || !releaseAddress) {
    releaseUser?.();
    return fail(429, "tooManyStreams", 30);
  }
  // The session as it is now (its anonymity threshold may have changed), while still a member:
  // read again when the last reading is older than ACCESS_FRESH_MS, so a burst of events costs
  // one query per stream, not one per event.
  let lastCheck: { at: number; session: Promise<TSessionForMember["session"] | null> } | null = null;
  const stillMember = (fresh: boolean) => {
    const now = Date.now();
    if (fresh || !lastCheck || now - lastCheck.at >= ACCESS_FRESH_MS) {
      lastCheck = { at: now, session: findSessionForMember(user.id, sessionId, "partner").then((f) => f?.session ?? null, () => null) };
    }
    return lastCheck.session;
  };

  const encoder = new TextEncoder();
  let cleanup = () => {};

  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      let closed = false;
      const write = (text: string) => {
        if (closed) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          cleanup();
        }
      };
      // Events go out one after the other, each after access was checked again.
      let queue = Promise.resolve();
      const whileMember = (then: (session: TSessionForMember["session"]) => void | Promise<void>, fresh = false) => {
        queue = queue
          .then(async () => {
            if (closed) return;
            const session = await stillMember(fresh);
            if (session) await then(session);
            else cleanup();
          })
          .catch((e: unknown) => {
            console.error("[live] an event could not be sent", e);
          });
      };
      // The last result sent on this stream: changes within one tick share one computation
      // (lib/platform/live-cache.ts), and a listener that has it gets it only once.
      let lastResult: string | null = null;
      const batcher = createChangeBatcher({
        minIntervalMs: MIN_EVENT_INTERVAL_MS,
        send: (batch) =>
          whileMember(async (session) => {
            write(`event: change\nid: ${batch.seq}\ndata: ${JSON.stringify(batch)}\n\n`);
            // The session's anonymised result, computed once per tick for all listeners; it
            // always includes this change (the cache never returns a computation from before it).
            const result = await getLiveResultJson(session);
            if (result === lastResult) return;
            lastResult = result;
            write(`event: result\ndata: ${result}\n\n`);
          }),
      });
      const unsubscribe = subscribeSession(sessionId, (change) => batcher.push(change));
      const heartbeat = setInterval(() => write(`: heartbeat ${Date.now()}\n\n`), HEARTBEAT_MS);
      const recheck = setInterval(() => whileMember(() => {}, true), ACCESS_RECHECK_MS);
      const lifetime = setTimeout(() => cleanup(), MAX_CONNECTION_MS);

      cleanup = () => {
        if (closed) return;
        closed = true;
        clearInterval(heartbeat);
        clearInterval(recheck);
        clearTimeout(lifetime);
        releaseUser();
        releaseAddress();
        unsubscribe();
        batcher.dispose();
        request.signal.removeEventListener("abort", cleanup);
        try {
          controller.close();
        } catch {
          // Already closed or cancelled.
        }
      };
      request.signal.addEventListener("abort", cleanup);
      if (request.signal.aborted) return cleanup();

      write(`retry: ${RETRY_MS}\n\n`);
      write(`event: ready\ndata: ${JSON.stringify({ at: Date.now() })}\n\n`);
    },
    cancel() {
      cleanup();
    },
  });

  return new Response(stream, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      // no-transform: compression would buffer the stream.
      "Cache-Control": "no-cache, no-store, no-transform",
      Connection: "keep-alive",
      "X-Accel-Buffering": "no",
    },
  });
}
