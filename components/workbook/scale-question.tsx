"use client";

import { useId } from "react";
import { SCALE_POINTS, type TScaleDimension } from "@/lib/domain/answer";
import { combineStates, useAutosave } from "./autosave";
import { SaveStatus, type TSaveStatusLabels } from "./save-status";

export interface TScaleLabels {
  now: string;
  desired: string;
  dontKnow: string;
  /** "Does not apply to us": offered on the statements of an act only. */
  notApplicable: string;
  /** "Statement A" / "Statement B": said before each statement to screen readers. */
  left: string;
  right: string;
  /** The visible marks of the two ends ("A", "B"). */
  markA: string;
  markB: string;
  /** Lead of the chosen point in words ("Chosen:") and the text before a choice. */
  chosen: string;
  notChosen: string;
  /** Visible names (and accessible names) of the seven points of the seven points, from the left statement to the right one. */
  points: string[];
  status: TSaveStatusLabels;
}

/**
 * One bipolar statement: where are we now and where do we want to be, on seven
 * points between the left and the right statement, or "don't know", or (with
 * `offerNotApplicable`) "does not apply to us", stored apart from "don't know".
 * `dimensions` is ["now", "desired"] for acts and ["now"] for profile questions.
 */
export function ScaleQuestion({
  itemId,
  topic,
  leftText,
  rightText,
  dimensions,
  labels,
  offerNotApplicable = false,
}: {
  itemId: string;
  topic: string;
  leftText: string;
  rightText: string;
  dimensions: readonly TScaleDimension[];
  labels: TScaleLabels;
  offerNotApplicable?: boolean;
}) {
  const { getValue, getState, save } = useAutosave();
  const id = useId();
  const state = combineStates(dimensions.map((d) => getState(itemId, d)));

  return (
    <fieldset
      className="rounded border border-line p-4 sm:p-5"
      aria-describedby={`${id}-left ${id}-right`}
      data-item={itemId}
    >
      <legend className="px-1 text-lg font-semibold text-brand-strong">{topic}</legend>
      <div className="grid gap-3 sm:grid-cols-2 sm:gap-8">
        <p id={`${id}-left`} className="flex gap-3">
          <Mark>{labels.markA}</Mark>
          <span>
            <span className="sr-only">{labels.left}: </span>
            {leftText}
          </span>
        </p>
        <p id={`${id}-right`} className="flex gap-3 sm:flex-row-reverse sm:text-right">
          <Mark>{labels.markB}</Mark>
          <span>
            <span className="sr-only">{labels.right}: </span>
            {rightText}
          </span>
        </p>
      </div>
      <div className="mt-4 space-y-5">
        {dimensions.map((dimension) => {
          const current = getValue(itemId, dimension);
          const value = current && "value" in current ? current.value : undefined;
          const notApplicable = current !== undefined && "notApplicable" in current && current.notApplicable === true;
          const name = `${itemId}-${dimension}`;
          const dimLabel = dimension === "now" ? labels.now : labels.desired;
          const said =
            current === undefined
              ? labels.notChosen
              : notApplicable
                ? labels.notApplicable
                : typeof value === "number"
                  ? labels.points[value - 1]
                  : labels.dontKnow;
          return (
            <div key={dimension} role="radiogroup" aria-labelledby={`${id}-${dimension}`} aria-describedby={`${id}-${dimension}-said`}>
              <div className="flex flex-wrap items-baseline justify-between gap-x-3">
                <span id={`${id}-${dimension}`} className="font-medium">
                  {dimLabel}
                </span>
                <span id={`${id}-${dimension}-said`} className="text-sm" data-said>
                  {labels.chosen} <strong className="font-semibold">{said}</strong>
                </span>
              </div>
              <div className="mt-1 flex items-center gap-1">
                <Mark>{labels.markA}</Mark>
                <div className="flex flex-1 justify-between">
                  {SCALE_POINTS.map((p) => (
                    <label key={p} className="grid size-11 cursor-pointer place-items-center" data-point={p}>
                      <input
                        type="radio"
                        name={name}
                        value={p}
                        checked={value === p}
                        onChange={() => save(itemId, dimension, { value: p })}
                        aria-label={`${dimLabel}: ${labels.points[p - 1]}`}
                        className="size-6 cursor-pointer accent-brand"
                      />
                    </label>
                  ))}
                </div>
                <Mark>{labels.markB}</Mark>
              </div>
              <div aria-hidden="true" className="grid grid-cols-3 px-9 text-xs text-muted" data-scale-ends>
                <span>{labels.points[0]}</span>
                <span className="text-center">{labels.points[3]}</span>
                <span className="text-right">{labels.points[6]}</span>
              </div>
              <div className="mt-2 flex flex-wrap gap-x-5">
                <label className="flex min-h-11 cursor-pointer items-center gap-2 text-sm">
                  <input
                    type="radio"
                    name={name}
                    value="dont-know"
                    checked={value === null && !notApplicable}
                    onChange={() => save(itemId, dimension, { value: null })}
                    className="size-5 accent-brand"
                  />
                  {labels.dontKnow}
                </label>
                {offerNotApplicable && (
                  <label className="flex min-h-11 cursor-pointer items-center gap-2 text-sm">
                    <input
                      type="radio"
                      name={name}
                      value="not-applicable"
                      checked={notApplicable}
                      onChange={() => save(itemId, dimension, { value: null, notApplicable: true })}
                      className="size-5 accent-brand"
                    />
                    {labels.notApplicable}
                  </label>
                )}
              </div>
            </div>
          );
        })}
      </div>
      <SaveStatus state={state} labels={labels.status} />
    </fieldset>
  );
}

/** The visible "A" or "B" that ties a statement to its end of the scale. */
function Mark({ children }: { children: string }) {
  return (
    <span
      aria-hidden="true"
      className="grid size-8 shrink-0 place-items-center rounded-full border-2 border-brand-strong font-bold text-brand-strong"
    >
      {children}
    </span>
  );
}
