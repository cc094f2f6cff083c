"use client";

import { useTranslations } from "next-intl";
import { useId, type Dispatch } from "react";
import { timerFor, type TDeckAction } from "./deck-state";
import { TimerReadout, type TTimerState } from "./timer";

/** A work form from the facilitator guide, in the page's language. */
export interface TDeckWorkForm {
  id: string;
  title: string;
  purpose: string;
  groupSize: string;
  minutes: number;
  steps: string[];
}

/**
 * The work form for an act slide: choose one from the facilitator guide, see its steps
 * and run a timer with its minutes. The timer lives in the deck's state, so it keeps
 * running when the facilitator moves to another slide. Open, it takes the width of the
 * slide (act-slide.tsx): the choice, purpose and timer beside the steps; closed, only its
 * title and the button that opens it.
 */
export function WorkFormPanel({
  actId,
  workForms,
  chosenId,
  open,
  timer,
  dispatch,
}: {
  actId: string;
  workForms: TDeckWorkForm[];
  chosenId: string;
  open: boolean;
  /** The deck's one timer (possibly another act's). */
  timer: TTimerState | null;
  dispatch: Dispatch<TDeckAction>;
}) {
  const t = useTranslations("present");
  const id = useId();
  const workForm = workForms.find((w) => w.id === chosenId) ?? workForms[0];
  if (!workForm) return null;
  const durationMs = workForm.minutes * 60_000;
  const mine = timerFor(timer, actId, workForm.id);
  const shown: TTimerState = mine ?? { actId, workFormId: workForm.id, durationMs, remainingMs: durationMs, startedAt: null };
  const running = shown.startedAt !== null;
  const started = mine !== null;

  const start = () => dispatch({ type: "startTimer", actId, workFormId: workForm.id, durationMs, now: Date.now() });
  const pause = () => dispatch({ type: "pauseTimer", now: Date.now() });
  const reset = () => dispatch({ type: "resetTimer" });
  const onToggle = () => dispatch({ type: "togglePanel", actId });
  const onChoose = (workFormId: string) => dispatch({ type: "chooseWorkForm", actId, workFormId });

  return (
    <section
      aria-labelledby={`${id}-title`}
      // Closed: a title and a button at the end of the act slide's row of controls; open: a panel of its own below them.
      className={open ? "basis-full space-y-3 rounded-lg border-2 border-line px-6 py-4" : "ml-auto"}
      data-work-form={workForm.id}
    >
      <div className={`flex items-center gap-3 ${open ? "justify-between" : ""}`}>
        <h3 id={`${id}-title`} className={`${open ? "text-3xl" : "text-2xl"} font-semibold text-[var(--present-accent)]`}>
          {t("workForm.title")}: {workForm.title}
        </h3>
        <button
          type="button"
          aria-expanded={open}
          aria-controls={`${id}-panel`}
          onClick={onToggle}
          className="rounded border-2 border-line px-3 py-1 text-2xl font-semibold"
        >
          {open ? t("workForm.hide") : t("workForm.show")}
        </button>
      </div>
      <div id={`${id}-panel`} hidden={!open} className="grid grid-cols-[minmax(0,34rem)_minmax(0,1fr)] gap-x-10">
        <div className="space-y-3">
          <label className="block space-y-1 text-xl">
            <span className="block font-semibold">{t("workForm.choose")}</span>
            <select
              value={workForm.id}
              onChange={(e) => onChoose(e.target.value)}
              className="w-full rounded border-2 border-line bg-paper px-3 py-1.5 text-ink"
            >
              {workForms.map((w) => (
                <option key={w.id} value={w.id}>
                  {w.title}
                </option>
              ))}
            </select>
          </label>
          <p className="text-xl text-muted">{t("workForm.meta", { minutes: workForm.minutes, groupSize: workForm.groupSize })}</p>
          <p className="text-xl">{workForm.purpose}</p>
          <div className="flex flex-wrap items-center gap-x-5 gap-y-2">
            <TimerReadout timer={shown} workFormTitle={workForm.title} />
            <div className="flex flex-wrap gap-3">
              {running ? (
                <button type="button" onClick={pause} className="rounded bg-brand px-4 py-2 text-xl font-semibold text-white">
                  {t("timer.pause")}
                </button>
              ) : (
                <button type="button" onClick={start} className="rounded bg-brand px-4 py-2 text-xl font-semibold text-white">
                  {started ? t("timer.resume") : t("timer.start")}
                </button>
              )}
              <button
                type="button"
                onClick={reset}
                disabled={!started}
                className="rounded border-2 border-line px-4 py-2 text-xl font-semibold disabled:opacity-40"
              >
                {t("timer.reset")}
              </button>
            </div>
          </div>
        </div>
        <div>
          <h4 className="text-2xl font-semibold">{t("workForm.steps")}</h4>
          <ol className="mt-1 list-decimal space-y-1.5 pl-8 text-xl leading-snug">
            {workForm.steps.map((step, i) => (
              <li key={i}>{step}</li>
            ))}
          </ol>
        </div>
      </div>
    </section>
  );
}
