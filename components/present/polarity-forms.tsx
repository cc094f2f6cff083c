"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition, type FormEvent, type KeyboardEvent, type RefObject } from "react";
import { mergedText, MAX_POLARITY_TEXT_LENGTH } from "@/lib/domain/polarity-text";
import type { TFormAction } from "@/lib/server/action-result";

/** The small forms and the action runner of the polarity-map editor (polarity-editor.tsx). */

export interface TPolarityLine {
  id: string;
  text: string;
}

export const BUTTON = "min-h-9 min-w-9 rounded border-2 border-line px-2 font-semibold text-ink hover:bg-wash disabled:opacity-60";
export const INPUT = "min-h-9 w-full min-w-0 rounded border-2 border-line bg-paper px-2 text-ink";

export function useRun(sessionId: string) {
  const t = useTranslations("polarity.editor");
  const [pending, startTransition] = useTransition();
  const [status, setStatus] = useState("");
  const run = (action: TFormAction, fields: Record<string, string>, after?: () => void) => {
    const data = new FormData();
    data.set("sessionId", sessionId);
    for (const [k, v] of Object.entries(fields)) data.set(k, v);
    startTransition(async () => {
      const result = await action(null, data);
      if (result.ok) {
        setStatus(t("done"));
        after?.();
      } else {
        setStatus(t("failed", { message: result.message ?? Object.values(result.errors)[0] ?? "" }));
      }
    });
  };
  return { pending, status, run };
}

/** A one-line text form: Enter saves, Escape cancels. */
export function LineForm({
  label,
  initial,
  submitLabel,
  onSubmit,
  onCancel,
  pending,
  autoFocus = false,
  inputRef,
  testId,
  compactSubmit = false,
}: {
  label: string;
  initial: string;
  submitLabel: string;
  onSubmit: (text: string, form: HTMLFormElement) => void;
  onCancel?: () => void;
  pending: boolean;
  autoFocus?: boolean;
  inputRef?: RefObject<HTMLInputElement | null>;
  testId: string;
  /** The submit button as "+" (its label for screen readers only), to leave the field its width. */
  compactSubmit?: boolean;
}) {
  const t = useTranslations("polarity.editor");
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const text = String(new FormData(e.currentTarget).get("text") ?? "").trim();
    if (text) onSubmit(text, e.currentTarget);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "Escape" && onCancel) {
      e.preventDefault();
      onCancel();
    }
  };
  return (
    <form onSubmit={submit} className="flex items-center gap-2" data-testid={testId}>
      <input
        ref={inputRef}
        name="text"
        aria-label={label}
        defaultValue={initial}
        maxLength={MAX_POLARITY_TEXT_LENGTH}
        autoFocus={autoFocus}
        autoComplete="off"
        onKeyDown={onKeyDown}
        className={INPUT}
      />
      <button type="submit" disabled={pending} className={BUTTON}>
        {compactSubmit ? (
          <>
            <span aria-hidden="true">+</span>
            <span className="sr-only">{submitLabel}</span>
          </>
        ) : (
          submitLabel
        )}
      </button>
      {onCancel ? (
        <button type="button" onClick={onCancel} className={BUTTON}>
          {t("cancel")}
        </button>
      ) : null}
    </form>
  );
}

/** Merging a suggestion with another line of the act: pick the line, word the two as one. */
export function MergeForm({
  suggestion,
  targets,
  pending,
  onSubmit,
  onCancel,
}: {
  suggestion: TPolarityLine;
  targets: TPolarityLine[];
  pending: boolean;
  onSubmit: (intoId: string, text: string) => void;
  onCancel: () => void;
}) {
  const t = useTranslations("polarity.editor");
  const [intoId, setIntoId] = useState(targets[0]?.id ?? "");
  const [text, setText] = useState(() => mergedText(targets[0]?.text ?? "", suggestion.text));
  const choose = (id: string) => {
    setIntoId(id);
    setText(mergedText(targets.find((m) => m.id === id)?.text ?? "", suggestion.text));
  };
  return (
    <form
      className="space-y-2"
      data-testid="polarity-merge-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (intoId && text.trim()) onSubmit(intoId, text.trim());
      }}
    >
      <label className="block">
        <span className="block font-semibold">{t("mergeInto")}</span>
        <select value={intoId} onChange={(e) => choose(e.target.value)} className={INPUT}>
          {targets.map((m) => (
            <option key={m.id} value={m.id}>
              {m.text}
            </option>
          ))}
        </select>
      </label>
      <label className="block">
        <span className="block font-semibold">{t("mergeText")}</span>
        <textarea
          value={text}
          onChange={(e) => setText(e.target.value)}
          maxLength={MAX_POLARITY_TEXT_LENGTH}
          rows={3}
          onKeyDown={(e) => {
            if (e.key === "Escape") {
              e.preventDefault();
              onCancel();
            }
          }}
          className={INPUT}
        />
      </label>
      <div className="flex gap-2">
        <button type="submit" disabled={pending} className={BUTTON}>
          {t("merge")}
        </button>
        <button type="button" onClick={onCancel} className={BUTTON}>
          {t("cancel")}
        </button>
      </div>
    </form>
  );
}
