"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

/**
 * Results on the projector stay hidden until the facilitator reveals them: the room
 * answers first. The button (or "R" on the keyboard) shows and hides them; a
 * placeholder stands in meanwhile.
 */

/** Shows or hides a slide's results; "R" on the keyboard does the same. */
export function RevealButton({ revealed, onToggle }: { revealed: boolean; onToggle: () => void }) {
  const t = useTranslations("present");
  return (
    <button
      type="button"
      onClick={onToggle}
      aria-pressed={revealed}
      aria-keyshortcuts="R"
      className="rounded bg-brand px-5 py-2.5 text-xl font-semibold text-white"
      data-testid="reveal-toggle"
    >
      {revealed ? t("act.hide") : t("act.reveal")}
      <span aria-hidden="true" className="ml-2 rounded border border-white/70 px-1.5 text-base">
        R
      </span>
    </button>
  );
}

/** Stands in for results that are not revealed yet (default texts: an act's results). */
export function HiddenResults({ title, lead }: { title?: string; lead?: string } = {}) {
  const t = useTranslations("present");
  return (
    <div
      className="flex min-h-80 flex-col items-start justify-center gap-3 rounded-lg border-4 border-dashed border-line p-10"
      data-results-hidden=""
    >
      <p className="text-4xl font-semibold">{title ?? t("act.hiddenTitle")}</p>
      <p className="max-w-3xl text-2xl text-muted">{lead ?? t("act.hiddenLead")}</p>
    </div>
  );
}

/** A non-act slide (the overview) whose results stay hidden until the facilitator reveals them. */
export function RevealGate({ revealed, onToggle, children }: { revealed: boolean; onToggle: () => void; children: ReactNode }) {
  return (
    <div className="mt-3 space-y-3" data-revealed={revealed ? "true" : "false"}>
      <RevealButton revealed={revealed} onToggle={onToggle} />
      {revealed ? children : <HiddenResults />}
    </div>
  );
}
