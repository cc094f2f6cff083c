"use client";

import { useEffect, useId, useRef, useState } from "react";
import { useAutosave } from "./autosave";
import { SaveStatus, type TSaveStatusLabels } from "./save-status";

const DEBOUNCE_MS = 800;

/** An open question; saved shortly after typing stops, and when the field is left. */
export function TextQuestion({
  itemId,
  label,
  hint,
  maxLength,
  status,
}: {
  itemId: string;
  label: string;
  hint?: string;
  maxLength: number;
  status: TSaveStatusLabels;
}) {
  const { getValue, getState, save } = useAutosave();
  const id = useId();
  const stored = getValue(itemId, "text");
  const [draft, setDraft] = useState(stored && "text" in stored ? stored.text : "");
  const lastSent = useRef(draft);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const flush = (text: string) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (text === lastSent.current) return;
    lastSent.current = text;
    save(itemId, "text", { text });
  };

  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
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
      <textarea
        id={id}
        value={draft}
        maxLength={maxLength}
        rows={3}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => {
          const text = e.target.value;
          setDraft(text);
          if (timer.current) clearTimeout(timer.current);
          timer.current = setTimeout(() => flush(text), DEBOUNCE_MS);
        }}
        onBlur={() => flush(draft)}
        className="block w-full rounded border border-muted bg-paper px-3 py-2"
        data-item={itemId}
      />
      <SaveStatus state={getState(itemId, "text")} labels={status} />
    </div>
  );
}
