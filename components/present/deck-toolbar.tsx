"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { TimerReadout, type TTimerState } from "./timer";

/**
 * The bar under the slides, one row in a band of its own (it never covers the slide):
 * previous and next, a jump list, where we are, the running timer, light or dark, full
 * screen and the way out. It fades while the mouse rests (present.css). The keys are
 * explained to screen reader users at its end.
 */
export function DeckToolbar({
  slides,
  current,
  onShow,
  timer,
  dark,
  onToggleDark,
  fullscreen,
  onToggleFullscreen,
  exit,
}: {
  slides: readonly { id: string; title: string }[];
  /** Index of the slide shown. */
  current: number;
  /** Shows the slide with this index (out of range: the nearest end). */
  onShow: (index: number) => void;
  /** The deck's timer with its work form's title, when one was started. */
  timer: { state: TTimerState; workFormTitle: string } | null;
  dark: boolean;
  onToggleDark: () => void;
  fullscreen: boolean;
  onToggleFullscreen: () => void;
  exit: ReactNode;
}) {
  const t = useTranslations("present");
  const total = slides.length;
  return (
    <nav
      aria-label={t("nav.label")}
      data-deck-toolbar=""
      className="flex h-[72px] shrink-0 flex-nowrap items-center gap-x-4 border-t border-line bg-[var(--present-surface)] px-12 text-2xl whitespace-nowrap"
    >
      <button
        type="button"
        onClick={() => onShow(current - 1)}
        disabled={current === 0}
        className="shrink-0 rounded border-2 border-ink px-3 py-1 font-semibold disabled:opacity-40"
        data-testid="slide-previous"
      >
        <span aria-hidden="true">← </span>
        {t("nav.previous")}
      </button>
      <button
        type="button"
        onClick={() => onShow(current + 1)}
        disabled={current === total - 1}
        className="shrink-0 rounded border-2 border-brand bg-brand px-3 py-1 font-semibold text-white disabled:opacity-40"
        data-testid="slide-next"
      >
        {t("nav.next")}
        <span aria-hidden="true"> →</span>
      </button>
      <label className="flex min-w-0 items-center gap-2">
        <span className="sr-only">{t("nav.jump")}</span>
        <select
          value={slides[current]!.id}
          onChange={(e) => onShow(e.target.selectedIndex)}
          className="w-[22rem] min-w-0 rounded border-2 border-line bg-paper px-2 py-1 text-ink"
          data-testid="slide-select"
        >
          {slides.map((s, i) => (
            <option key={s.id} value={s.id}>
              {i + 1}. {s.title}
            </option>
          ))}
        </select>
      </label>
      <p className="shrink-0 text-muted" data-testid="slide-position">
        {t("slideOf", { current: current + 1, total })}
      </p>
      {timer ? <TimerReadout timer={timer.state} workFormTitle={timer.workFormTitle} compact /> : null}
      <div className="ml-auto flex shrink-0 flex-nowrap items-center gap-3">
        <button
          type="button"
          aria-pressed={dark}
          onClick={onToggleDark}
          className="rounded border-2 border-line px-3 py-1 font-semibold"
          data-testid="theme-toggle"
        >
          <span aria-hidden="true">{dark ? "☾ " : "☀ "}</span>
          {t("nav.dark")}
        </button>
        <button
          type="button"
          aria-pressed={fullscreen}
          onClick={onToggleFullscreen}
          className="rounded border-2 border-line px-3 py-1 font-semibold"
        >
          {t("nav.fullscreen")}
        </button>
        {exit}
      </div>
      <p className="sr-only">{t("nav.keys")}</p>
    </nav>
  );
}
