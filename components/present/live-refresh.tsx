"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, useTransition } from "react";
import { changeNeedsRefresh, parseLiveResult, type TLiveResult } from "@/lib/domain/live-result";
import { createRefreshScheduler, type TRefreshScheduler } from "./refresh-scheduler";

type TLiveState = "connecting" | "connected" | "reconnecting";

/**
 * Keeps the presentation up to date: listens to the session's Server-Sent Events. Each
 * `result` event (the session's anonymised live result, checked here with isLiveResult)
 * goes to the deck, which redraws what depends on the answers in the browser. A `change`
 * event that only says answers or participants changed needs nothing more (its `result`
 * follows); any other change (agreements, polarity maps, a resync, a kind this client does
 * not know) and every (re)connect re-render the server components with router.refresh()
 * (debounced, at most one in flight), without a reload and without flicker. EventSource
 * reconnects by itself after a network error; after a refusal (e.g. the server was
 * restarting) this component tries again with a growing pause. Shows the connection
 * state in words.
 */
export function LiveRefresh({
  sessionId,
  onResult,
  className,
}: {
  sessionId: string;
  /** Each live result of this session the stream sends, in order of arrival. */
  onResult: (result: TLiveResult) => void;
  className?: string;
}) {
  const router = useRouter();
  const t = useTranslations("present.live");
  const [state, setState] = useState<TLiveState>("connecting");
  const [isPending, startTransition] = useTransition();
  const schedulerRef = useRef<TRefreshScheduler | null>(null);
  const onResultRef = useRef(onResult);
  useEffect(() => {
    onResultRef.current = onResult;
  }, [onResult]);

  useEffect(() => {
    const scheduler = createRefreshScheduler({
      delayMs: 250,
      refresh: () => startTransition(() => router.refresh()),
    });
    schedulerRef.current = scheduler;
    let source: EventSource | null = null;
    let retry: ReturnType<typeof setTimeout> | null = null;
    let pause = 2000;
    let stopped = false;

    const connect = () => {
      if (stopped) return;
      const es = new EventSource(`/api/sessions/${encodeURIComponent(sessionId)}/events`);
      source = es;
      es.addEventListener("open", () => {
        setState("connected");
        pause = 2000;
        // Changes made while we were not connected: catch up once.
        scheduler.notify();
      });
      es.addEventListener("change", (e) => {
        if (changeNeedsRefresh((e as MessageEvent<string>).data)) scheduler.notify();
      });
      es.addEventListener("result", (e) => {
        const result = parseLiveResult((e as MessageEvent<string>).data);
        if (result && result.sessionId === sessionId) onResultRef.current(result);
      });
      es.addEventListener("error", () => {
        setState("reconnecting");
        if (es.readyState === EventSource.CLOSED) {
          es.close();
          source = null;
          retry = setTimeout(connect, pause);
          pause = Math.min(pause * 2, 30_000);
        }
      });
    };
    connect();

    return () => {
      stopped = true;
      source?.close();
      if (retry) clearTimeout(retry);
      scheduler.dispose();
      schedulerRef.current = null;
    };
  }, [sessionId, router]);

  useEffect(() => {
    if (!isPending) schedulerRef.current?.done();
  }, [isPending]);

  return (
    <p className={className} data-live-state={state}>
      <span
        aria-hidden="true"
        className={`mr-2 inline-block size-3 rounded-full ${state === "connected" ? "bg-ok" : "border-2 border-muted"}`}
      />
      {t(state)}
    </p>
  );
}
