"use client";

import { useCallback, useEffect, useId, useRef, useState } from "react";
import { useAutosave } from "./autosave";
import { SaveStatus, type TSaveStatusLabels } from "./save-status";

const DEBOUNCE_MS = 800;

/**
 * `privacyHint` is shown with every open question: open answers stay free of health
 * data and of names of clients, patients or others (one message, workbook.openAnswerHint).
 */
export type TTextQuestionLabels = { status: TSaveStatusLabels; privacyHint: string };

/**
 * An open question; saved shortly after typing stops, when the field is left, and
 * when the page is closed or this step is left before that.
 */
export function TextQuestion({
  itemId,
  label,
  hint,
  maxLength,
  labels,
}: {
  itemId: string;
  label: string;
  hint?: string;
  maxLength: number;
  labels: TTextQuestionLabels;
}) {
  const { getValue, getState, save } = useAutosave();
  const id = useId();
  const stored = getValue(itemId, "text");
  const storedText = stored && "text" in stored ? stored.text : "";
  // What the person typed and has not been handed to autosave yet; null when nothing.
  const [draft, setDraft] = useState<string | null>(null);
  const draftRef = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const text = draftRef.current;
    if (text === null) return;
    draftRef.current = null;
    save(itemId, "text", { text });
    setDraft(null);
  }, [itemId, save]);

  // Leaving the step or closing the page never drops what was typed.
  const flushRef = useRef(flush);
  useEffect(() => {
    flushRef.current = flush;
  }, [flush]);
  useEffect(() => {
    const onHide = () => flushRef.current();
    window.addEventListener("pagehide", onHide);
    document.addEventListener("visibilitychange", onHide);
    return () => {
      window.removeEventListener("pagehide", onHide);
      document.removeEventListener("visibilitychange", onHide);
      flushRef.current();
    };
  }, []);

  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      )}
      <p id={`${id}-privacy`} className="text-sm text-muted" data-testid="open-answer-hint">
        {labels.privacyHint}
      </p>
      <textarea
        id={id}
        value={draft ?? storedText}
        maxLength={maxLength}
        rows={3}
        aria-describedby={hint ? `${id}-hint ${id}-privacy` : `${id}-privacy`}
        onChange={(e) => {
          const text = e.target.value;
          draftRef.current = text;
          setDraft(text);
          if (timer.current) clearTimeout(timer.current);
          timer.current = setTimeout(flush, DEBOUNCE_MS);
        }}
        onBlur={flush}
        className="block w-full rounded border border-muted bg-paper px-3 py-2"
        data-item={itemId}
      />
      <SaveStatus state={draft !== null ? "saving" : getState(itemId, "text")} labels={labels.status} />
    </div>
  );
}
