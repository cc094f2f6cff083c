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
 * The body of an act slide: how many partners answered, the reveal button and the way
 * to the agreements; the results (hidden until revealed) beside the questions for the
 * conversation and the work form.
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
  const { revealed } = state;
  return (
    <div className="mt-3 space-y-4" data-revealed={revealed ? "true" : "false"}>
      <div className="flex flex-wrap items-center gap-x-6 gap-y-3">
        <p className="text-2xl" data-testid="act-respondents">
          {act.respondents}
        </p>
        <RevealButton revealed={revealed} onToggle={onToggleReveal} />
        <button
          type="button"
          onClick={onRecordAgreement}
          className="rounded border-2 border-brand px-4 py-2 text-xl font-semibold text-[var(--present-accent)]"
        >
          {t("act.toAgreements")}
        </button>
      </div>
      <div className="grid gap-8 xl:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div>
          {revealed ? (
            <div className="rounded-lg border-2 border-line bg-white p-6 text-[#1b1f24]" data-results="" data-light-panel="">
              {act.results}
            </div>
          ) : (
            <HiddenResults />
          )}
        </div>
        <div className="space-y-6">
          <section aria-labelledby={`prompts-${slideId}`} className="space-y-3">
            <h3 id={`prompts-${slideId}`} className="text-3xl font-semibold text-[var(--present-accent)]">
              {t("act.promptsTitle")}
            </h3>
            {revealed ? act.prompts : <p className="text-2xl text-muted">{t("act.promptsHidden")}</p>}
          </section>
          <WorkFormPanel
            actId={act.id}
            workForms={workForms}
            chosenId={state.workFormId ?? defaultWorkFormId}
            open={state.panelOpen}
            timer={timer}
            dispatch={dispatch}
          />
        </div>
      </div>
    </div>
  );
}
