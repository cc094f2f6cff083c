import { NextResponse, type NextRequest } from "next/server";
import { getCurrentUser } from "@/lib/server/access";
import { countSubscribers, createChangeBatcher, subscribeSession } from "@/lib/platform/live";
import { findSessionForMember } from "@/lib/data/memberships";

/**
 * Server-Sent Events: one `change` event whenever an answer, a participant or an
 * agreement of the session changes, so the presentation view can re-render. Events
 * say only THAT something changed (a sequence number, a time and the kinds), never
 * what or by whom. Members of the partnership only (coordinators and partners).
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
/** How long the browser waits before reconnecting. */
const RETRY_MS = 2000;

function fail(status: number, error: string) {
  return NextResponse.json({ ok: false, error }, { status, headers: { "Cache-Control": "no-store" } });
}

export async function GET(request: NextRequest, ctx: RouteContext<"/api/sessions/[sessionId]/events">) {
  const { sessionId } = await ctx.params;
  if (sessionId.length > 40) return fail(404, "notFound");
  const user = await getCurrentUser();
  if (!user) return fail(401, "signIn");
  if (!(await findSessionForMember(user.id, sessionId, "partner"))) return fail(404, "notFound");
  if (countSubscribers() >= MAX_CONNECTIONS) return fail(503, "busy");

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
      const batcher = createChangeBatcher({
        minIntervalMs: MIN_EVENT_INTERVAL_MS,
        send: (batch) => write(`event: change\nid: ${batch.seq}\ndata: ${JSON.stringify(batch)}\n\n`),
      });
      const unsubscribe = subscribeSession(sessionId, (change) => batcher.push(change));
      const heartbeat = setInterval(() => write(`: heartbeat ${Date.now()}\n\n`), HEARTBEAT_MS);
      const lifetime = setTimeout(() => cleanup(), MAX_CONNECTION_MS);

      cleanup = () => {
        if (closed) return;
        closed = true;
        clearInterval(heartbeat);
        clearTimeout(lifetime);
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
