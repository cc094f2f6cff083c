"use client";

import type { TSaveState } from "./autosave";

export type TSaveStatusLabels = Record<TSaveState, string>;

/** Shows whether an answer reached the server; announced politely to screen readers. */
export function SaveStatus({ state, labels }: { state: TSaveState | undefined; labels: TSaveStatusLabels }) {
  const style =
    state === "saved"
      ? "text-ok"
      : state === "rejected"
        ? "text-error font-semibold"
        : state === "retrying"
          ? "text-warn font-semibold"
          : "text-muted";
  const icon = state === "saved" ? "✓ " : state === "rejected" ? "✕ " : state === "retrying" ? "↻ " : "";
  return (
    <p aria-live="polite" className={`min-h-5 text-sm ${style}`} data-save-state={state ?? "idle"}>
      {state ? (
        <>
          <span aria-hidden="true">{icon}</span>
          {labels[state]}
        </>
      ) : null}
    </p>
  );
}
