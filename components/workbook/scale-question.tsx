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
  left: string;
  right: string;
  /** Accessible names of the seven points, from the left statement to the right one. */
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
      <div className="grid gap-3 sm:grid-cols-2">
        <p id={`${id}-left`} className="border-l-4 border-muted pl-3">
          <span className="sr-only">{labels.left}: </span>
          {leftText}
        </p>
        <p id={`${id}-right`} className="border-r-4 border-muted pr-3 sm:text-right">
          <span className="sr-only">{labels.right}: </span>
          {rightText}
        </p>
      </div>
      <div className="mt-4 space-y-3">
        {dimensions.map((dimension) => {
          const current = getValue(itemId, dimension);
          const value = current && "value" in current ? current.value : undefined;
          const notApplicable = current !== undefined && "notApplicable" in current && current.notApplicable === true;
          const name = `${itemId}-${dimension}`;
          const dimLabel = dimension === "now" ? labels.now : labels.desired;
          return (
            <div key={dimension} role="radiogroup" aria-labelledby={`${id}-${dimension}`} className="flex flex-wrap items-center gap-x-3 gap-y-1">
              <span id={`${id}-${dimension}`} className="w-24 shrink-0 font-medium">
                {dimLabel}
              </span>
              <div className="flex items-center" aria-hidden="false">
                <span aria-hidden="true" className="mr-1 text-muted">
                  ◀
                </span>
                {SCALE_POINTS.map((p) => (
                  <label key={p} className="grid size-10 cursor-pointer place-items-center">
                    <input
                      type="radio"
                      name={name}
                      value={p}
                      checked={value === p}
                      onChange={() => save(itemId, dimension, { value: p })}
                      aria-label={`${dimLabel}: ${labels.points[p - 1]}`}
                      className={`${dimension === "now" ? "size-5" : "size-5"} cursor-pointer accent-brand`}
                    />
                  </label>
                ))}
                <span aria-hidden="true" className="ml-1 text-muted">
                  ▶
                </span>
              </div>
              <label className="flex cursor-pointer items-center gap-2 text-sm">
                <input
                  type="radio"
                  name={name}
                  value="dont-know"
                  checked={value === null && !notApplicable}
                  onChange={() => save(itemId, dimension, { value: null })}
                  className="size-4 accent-brand"
                />
                {labels.dontKnow}
              </label>
              {offerNotApplicable && (
                <label className="flex cursor-pointer items-center gap-2 text-sm">
                  <input
                    type="radio"
                    name={name}
                    value="not-applicable"
                    checked={notApplicable}
                    onChange={() => save(itemId, dimension, { value: null, notApplicable: true })}
                    className="size-4 accent-brand"
                  />
                  {labels.notApplicable}
                </label>
              )}
            </div>
          );
        })}
      </div>
      <SaveStatus state={state} labels={labels.status} />
    </fieldset>
  );
}
