"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";

/** A countdown for a work form. Paused when startedAt is null. */
export interface TTimerState {
  actId: string;
  workFormId: string;
  durationMs: number;
  /** Time left when it was last started or paused. */
  remainingMs: number;
  startedAt: number | null;
}

export function remainingAt(timer: TTimerState, now: number): number {
  const left = timer.startedAt === null ? timer.remainingMs : timer.remainingMs - (now - timer.startedAt);
  return Math.max(0, left);
}

/** 754000 -> "12:34" */
export function formatClock(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return `${m}:${String(s).padStart(2, "0")}`;
}

/** The current time, ticking a few times a second while `running`. */
export function useNow(running: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!running) return;
    const id = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(id);
  }, [running]);
  return now;
}

/** The time left, large (in the work form panel) or compact (in the navigation bar). */
export function TimerReadout({
  timer,
  workFormTitle,
  compact = false,
}: {
  timer: TTimerState;
  workFormTitle: string;
  compact?: boolean;
}) {
  const t = useTranslations("present.timer");
  const now = useNow(timer.startedAt !== null);
  const left = remainingAt(timer, now);
  const done = left <= 0;
  if (compact) {
    return (
      <p className="font-semibold tabular-nums" data-testid="timer-compact">
        {done ? t("finished") : t("running", { time: formatClock(left) })}
        <span className="sr-only"> ({workFormTitle})</span>
      </p>
    );
  }
  return (
    <div>
      <p
        role="timer"
        aria-label={t("label", { workForm: workFormTitle })}
        className="text-7xl font-bold tabular-nums"
        data-testid="timer"
      >
        {formatClock(left)}
      </p>
      <p role="status" className="text-2xl font-semibold">
        {done ? t("done") : ""}
      </p>
    </div>
  );
}
