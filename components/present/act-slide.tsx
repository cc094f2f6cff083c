"use client";

import { useTranslations } from "next-intl";
import type { Dispatch, ReactNode } from "react";
import type { TActState, TDeckAction } from "./deck-state";
import { HiddenResults, RevealButton } from "./reveal-control";
import type { TTimerState } from "./timer";
import { WorkFormPanel, type TDeckWorkForm } from "./work-form-panel";

/** The server-rendered parts of an act slide that stay hidden until the facilitator reveals them. */
export interface TDeckAct {
  id: string;
  title: string;
  respondents: ReactNode;
  results: ReactNode;
  prompts: ReactNode;
}

/**
 * The body of an act slide: a row with how many partners answered, the reveal button,
 * the way to the agreements and the work form (closed: its title and a button); below,
 * the results across the slide (hidden until revealed) and the questions for the
 * conversation under them. An open work form takes the place of both (its steps and
 * timer need the room) until it is closed again; it stays in the same place in the tree,
 * so its button keeps the focus.
 */
export function ActSlide({
  slideId,
  act,
  state,
  timer,
  workForms,
  defaultWorkFormId,
  dispatch,
  onToggleReveal,
  onRecordAgreement,
}: {
  slideId: string;
  act: TDeckAct;
  state: TActState;
  timer: TTimerState | null;
  workForms: TDeckWorkForm[];
  defaultWorkFormId: string;
  dispatch: Dispatch<TDeckAction>;
  onToggleReveal: () => void;
  onRecordAgreement: () => void;
}) {
  const t = useTranslations("present");
  const { revealed, panelOpen } = state;
  return (
    <div className="mt-3 space-y-3" data-revealed={revealed ? "true" : "false"}>
      <div className="flex flex-wrap items-center gap-x-6 gap-y-3">
        <p className="text-2xl" data-testid="act-respondents">
          {act.respondents}
        </p>
        <RevealButton revealed={revealed} onToggle={onToggleReveal} />
        <button
          type="button"
          onClick={onRecordAgreement}
          className="rounded border-2 border-brand px-4 py-1.5 text-2xl font-semibold text-[var(--present-accent)]"
        >
          {t("act.toAgreements")}
        </button>
        <WorkFormPanel
          actId={act.id}
          workForms={workForms}
          chosenId={state.workFormId ?? defaultWorkFormId}
          open={panelOpen}
          timer={timer}
          dispatch={dispatch}
        />
      </div>
      <div hidden={panelOpen} className="space-y-4">
        {revealed ? (
          <div className="rounded-lg border-2 border-line bg-[var(--chart-paper,#ffffff)] px-5 py-3 text-[var(--chart-ink,#1b1f24)]" data-results="">
            {act.results}
          </div>
        ) : (
          <HiddenResults />
        )}
        <section aria-labelledby={`prompts-${slideId}`} className="flex items-start gap-6">
          <h3 id={`prompts-${slideId}`} className="w-56 shrink-0 text-3xl leading-tight font-semibold text-[var(--present-accent)]">
            {t("act.promptsTitle")}
          </h3>
          <div className="min-w-0 flex-1">{revealed ? act.prompts : <p className="text-2xl text-muted">{t("act.promptsHidden")}</p>}</div>
        </section>
      </div>
    </div>
  );
}
