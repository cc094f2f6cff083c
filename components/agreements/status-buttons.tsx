"use client";

import { useActionState, useId } from "react";
import type { TActionResult, TFormAction } from "@/lib/server/action-result";

/**
 * One click sets an agreement's status: four buttons in one form, the current one
 * pressed (aria-pressed, and said in words, not by colour alone). Keyboard: Tab to a
 * button, Enter or Space. Works without JavaScript too (the form posts).
 */
export function StatusButtons({
  action,
  sessionId,
  agreementId,
  current,
  statuses,
  legend,
  currentLabel,
  large = false,
}: {
  action: TFormAction;
  sessionId: string;
  agreementId: string;
  current: string;
  /** The statuses in order, with their translated labels. */
  statuses: { value: string; label: string }[];
  /** E.g. "Status of: every quarter we…" (read by screen readers with the buttons). */
  legend: string;
  /** E.g. "(current)", shown after the pressed button's label. */
  currentLabel: string;
  large?: boolean;
}) {
  const [state, formAction, pending] = useActionState<TActionResult | null, FormData>(action, null);
  const id = useId();
  const size = large ? "min-h-14 px-5 text-2xl" : "min-h-11 px-3 text-base";
  return (
    <form action={formAction} aria-labelledby={`${id}-legend`} data-status-form={agreementId}>
      <input type="hidden" name="sessionId" value={sessionId} />
      <input type="hidden" name="id" value={agreementId} />
      <p id={`${id}-legend`} className="sr-only">
        {legend}
      </p>
      <div className="flex flex-wrap gap-2" role="group" aria-labelledby={`${id}-legend`}>
        {statuses.map((s) => {
          const pressed = s.value === current;
          return (
            <button
              key={s.value}
              type="submit"
              name="status"
              value={s.value}
              disabled={pending}
              aria-pressed={pressed}
              data-status-button={s.value}
              className={`rounded border-2 font-semibold ${size} ${
                pressed ? "border-brand bg-brand text-white" : "border-line bg-paper text-ink hover:border-brand"
              } disabled:opacity-70`}
            >
              {s.label}
              {pressed ? <span className="sr-only"> {currentLabel}</span> : null}
            </button>
          );
        })}
      </div>
      <p role="status" className={state ? (state.ok ? "mt-1 text-ok" : "mt-1 font-semibold text-error") : "sr-only"}>
        {state ? (state.message ?? "") : ""}
      </p>
    </form>
  );
}
