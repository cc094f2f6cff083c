"use client";

import { useActionState, useContext, useEffect, useId } from "react";
import type { TActionResult, TFormAction } from "@/lib/server/action-result";
import { CopyButton } from "./copy-button";
import { ErrorSummary } from "./error-summary";
import { FormField, type TFieldSpec } from "./form-fields";
import { FormSuccessContext } from "./form-success";

export type { TFieldSpec } from "./form-fields";

/**
 * A form posted to a server action (lib/server/action.ts), with field errors and a form
 * message from the server (already translated). After an error every field shows what
 * the user sent (the action returns it; passwords stay empty), and the error summary
 * takes the focus and links to the fields. Works without JavaScript too.
 */
export function ServerForm({
  action,
  fields,
  submitLabel,
  pendingLabel,
  errorSummaryLabel,
  copyLabels,
}: {
  action: TFormAction;
  fields: TFieldSpec[];
  submitLabel: string;
  pendingLabel: string;
  errorSummaryLabel: string;
  /** The copy button under a value to pass on (TActionResult's share). */
  copyLabels: { copy: string; copied: string };
}) {
  const [state, formAction, pending] = useActionState<TActionResult | null, FormData>(action, null);
  const id = useId();
  const onSaved = useContext(FormSuccessContext);
  useEffect(() => {
    if (state?.ok) onSaved?.(state.message);
  }, [state, onSaved]);
  const failed = state && !state.ok ? state : null;
  const errors = failed?.errors ?? {};
  const fieldId = (name: string) => `${id}-${name}`;
  // What the field starts with: what was sent, after a failure; else the page's default.
  const valueOf = (f: Exclude<TFieldSpec, { kind: "hidden" }>) =>
    failed?.values ? (failed.values[f.name] ?? "") : f.defaultValue;

  return (
    <form action={formAction} className="space-y-5" noValidate>
      {failed && (
        <ErrorSummary
          shownAt={failed}
          message={failed.message ?? errorSummaryLabel}
          fieldErrors={fields.flatMap((f) =>
            f.kind !== "hidden" && errors[f.name] ? [{ fieldId: fieldId(f.name), label: f.label, error: errors[f.name]! }] : [],
          )}
        />
      )}
      {state?.ok && state.message && (
        <p role="status" className="rounded border border-ok p-3 text-ok">
          {state.message}
        </p>
      )}
      {state?.ok && state.share && (
        <div className="space-y-1">
          <label htmlFor={`${id}-share`} className="block font-semibold">
            {state.share.label}
          </label>
          <input
            id={`${id}-share`}
            type="text"
            readOnly
            value={state.share.value}
            onFocus={(e) => e.currentTarget.select()}
            data-testid="share-value"
            className="block w-full rounded border border-muted bg-wash px-3 py-2 font-mono text-sm"
          />
          <CopyButton text={state.share.value} label={copyLabels.copy} copiedLabel={copyLabels.copied} />
        </div>
      )}
      {fields.map((f) =>
        f.kind === "hidden" ? (
          <input key={f.name} type="hidden" name={f.name} value={f.value} />
        ) : (
          <FormField key={f.name} field={f} fieldId={fieldId(f.name)} value={valueOf(f)} error={errors[f.name]} />
        ),
      )}
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-brand px-5 py-2.5 font-semibold text-white hover:bg-brand-strong disabled:opacity-70"
      >
        {pending ? pendingLabel : submitLabel}
      </button>
    </form>
  );
}
