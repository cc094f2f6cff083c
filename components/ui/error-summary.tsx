"use client";

import { useEffect, useRef, type MouseEvent } from "react";

/**
 * What went wrong with a form, at its top. It takes the focus when it appears (so a
 * screen reader reads it and the keyboard starts there), and each field error links
 * to its field. Without JavaScript the links still jump to the fields.
 */
export function ErrorSummary({
  id,
  message,
  fieldErrors,
  shownAt,
}: {
  /**
   * For a page the browser opens at this summary (`#<id>` after a plain form post): the
   * summary is the fragment's target, so the browser itself scrolls to it and focuses it.
   * (Chromium takes the focus away from anything else when it applies a fragment whose
   * target cannot take focus, which can come after this component focused itself.)
   */
  id?: string;
  message: string;
  fieldErrors: { fieldId: string; label: string; error: string }[];
  /** Changes with every failed submission, so that the focus moves again. */
  shownAt: unknown;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [shownAt]);

  return (
    <div
      id={id}
      ref={ref}
      role="alert"
      tabIndex={-1}
      className="rounded border-2 border-error bg-paper p-3 text-error focus:outline-3 focus:outline-offset-2 focus:outline-error"
      data-error-summary=""
    >
      <p className="font-semibold">{message}</p>
      {fieldErrors.length > 0 && (
        <ul className="mt-1 list-disc pl-5">
          {fieldErrors.map((f) => (
            <li key={f.fieldId}>
              <a href={`#${f.fieldId}`} onClick={(e) => focusField(e, f.fieldId)} className="underline">
                {f.label}: {f.error}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/**
 * Moves the focus to the field (the chosen or first option of a group) and scrolls its
 * label into view, without changing the address (the presentation keeps its slide there).
 */
function focusField(event: MouseEvent<HTMLAnchorElement>, fieldId: string) {
  const target = document.getElementById(fieldId);
  if (!target) return;
  event.preventDefault();
  const input =
    target instanceof HTMLInputElement
      ? target
      : (target.querySelector<HTMLInputElement>("input:checked") ?? target.querySelector<HTMLInputElement>("input"));
  const label = (target.closest("fieldset")?.querySelector("legend") ?? input?.labels?.[0] ?? target) as HTMLElement;
  label.scrollIntoView({ block: "center" });
  (input ?? target).focus({ preventScroll: true });
}
