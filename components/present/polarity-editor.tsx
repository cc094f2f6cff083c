"use client";

import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import type { TFormAction } from "@/lib/server/action-result";
import { BUTTON, LineForm, MergeForm, useRun, type TPolarityLine } from "./polarity-forms";

export type { TPolarityLine } from "./polarity-forms";

/**
 * One field of an act's polarity map on the projector, for the facilitator: the lines
 * the room agreed on (edit, move up or down, delete) with a field to type the next one,
 * and the partners' suggestions for this field (no names: none are stored) to accept,
 * edit, merge with another line, or drop. Every change goes to a server action, which
 * tells the live bus, so a second projector and the results page follow.
 */

export interface TPolarityActions {
  add: TFormAction;
  update: TFormAction;
  move: TFormAction;
  remove: TFormAction;
  accept: TFormAction;
  merge: TFormAction;
}

export function PolarityFieldEditor({
  sessionId,
  actId,
  quadrant,
  fieldLabel,
  lines,
  suggestions,
  mergeTargets,
  actions,
}: {
  sessionId: string;
  actId: string;
  quadrant: string;
  fieldLabel: string;
  lines: TPolarityLine[];
  suggestions: TPolarityLine[];
  /** Lines and suggestions of the same act a suggestion can be merged with. */
  mergeTargets: TPolarityLine[];
  actions: TPolarityActions;
}) {
  const t = useTranslations("polarity.editor");
  const { pending, status, run } = useRun(sessionId);
  const [editing, setEditing] = useState<string | null>(null);
  const [merging, setMerging] = useState<string | null>(null);
  const addRef = useRef<HTMLInputElement>(null);
  const focusAdd = () => addRef.current?.focus();

  return (
    <div className="space-y-2" data-polarity-editor={quadrant}>
      <ol className="space-y-1">
        {lines.map((line, i) => (
          <li key={line.id} className="polarity-line rounded bg-wash px-2 py-1" data-polarity-line={line.id}>
            {editing === line.id ? (
              <LineForm
                label={t("textLabel")}
                initial={line.text}
                submitLabel={t("save")}
                pending={pending}
                autoFocus
                testId="polarity-edit-form"
                onCancel={() => setEditing(null)}
                onSubmit={(text) => run(actions.update, { id: line.id, text }, () => setEditing(null))}
              />
            ) : (
              <>
                <p data-polarity-text="">{line.text}</p>
                {/* Over the line's corner while the pointer or the focus is on it (polarity.css). */}
                <div className="polarity-tools flex gap-1 rounded bg-paper p-1 shadow">
                  <button type="button" className={BUTTON} aria-label={t("editLabel", { text: line.text })} onClick={() => setEditing(line.id)}>
                    ✎
                  </button>
                  <button
                    type="button"
                    className={BUTTON}
                    disabled={pending || i === 0}
                    aria-label={t("moveUp", { text: line.text })}
                    onClick={() => run(actions.move, { id: line.id, direction: "up" })}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className={BUTTON}
                    disabled={pending || i === lines.length - 1}
                    aria-label={t("moveDown", { text: line.text })}
                    onClick={() => run(actions.move, { id: line.id, direction: "down" })}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    className={BUTTON}
                    disabled={pending}
                    aria-label={t("delete", { text: line.text })}
                    onClick={() => run(actions.remove, { id: line.id }, focusAdd)}
                  >
                    ✕
                  </button>
                </div>
              </>
            )}
          </li>
        ))}
      </ol>

      <LineForm
        label={t("addLabel", { field: fieldLabel })}
        initial=""
        submitLabel={t("add")}
        compactSubmit
        pending={pending}
        inputRef={addRef}
        testId="polarity-add-form"
        onSubmit={(text, form) => run(actions.add, { actId, quadrant, text }, () => form.reset())}
      />

      {suggestions.length > 0 ? (
        <div className="space-y-1 border-t-2 border-dashed border-line pt-1">
          <p className="font-semibold text-muted">{t("suggested")}</p>
          <ul className="space-y-2">
            {suggestions.map((s) => (
              <li key={s.id} className="space-y-1 rounded border-2 border-dashed border-line px-2 py-1" data-polarity-suggestion={s.id}>
                {editing === s.id ? (
                  <LineForm
                    label={t("textLabel")}
                    initial={s.text}
                    submitLabel={t("accept")}
                    pending={pending}
                    autoFocus
                    testId="polarity-accept-form"
                    onCancel={() => setEditing(null)}
                    onSubmit={(text) => run(actions.accept, { id: s.id, text }, () => setEditing(null))}
                  />
                ) : merging === s.id ? (
                  <MergeForm
                    suggestion={s}
                    targets={mergeTargets.filter((m) => m.id !== s.id)}
                    pending={pending}
                    onCancel={() => setMerging(null)}
                    onSubmit={(intoId, text) => run(actions.merge, { id: s.id, intoId, text }, () => setMerging(null))}
                  />
                ) : (
                  <>
                    <p data-polarity-text="">{s.text}</p>
                    <div className="flex gap-1">
                      <button
                        type="button"
                        className={BUTTON}
                        disabled={pending}
                        aria-label={t("acceptLabel", { text: s.text })}
                        onClick={() => run(actions.accept, { id: s.id })}
                      >
                        {t("accept")}
                      </button>
                      <button type="button" className={BUTTON} aria-label={t("editLabel", { text: s.text })} onClick={() => setEditing(s.id)}>
                        ✎
                      </button>
                      {mergeTargets.some((m) => m.id !== s.id) ? (
                        <button type="button" className={BUTTON} aria-label={t("mergeLabel", { text: s.text })} onClick={() => setMerging(s.id)}>
                          ⇄
                        </button>
                      ) : null}
                      <button
                        type="button"
                        className={BUTTON}
                        disabled={pending}
                        aria-label={t("dropLabel", { text: s.text })}
                        onClick={() => run(actions.remove, { id: s.id })}
                      >
                        ✕
                      </button>
                    </div>
                  </>
                )}
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      <p aria-live="polite" className="sr-only" data-testid="polarity-status">
        {status}
      </p>
    </div>
  );
}
