"use client";

import { useActionState, useId } from "react";
import type { TActionResult } from "@/lib/server/action-result";

export type TFieldSpec =
  | {
      kind: "text" | "date" | "email" | "password";
      name: string;
      label: string;
      hint?: string;
      required?: boolean;
      defaultValue?: string;
      autoComplete?: string;
      maxLength?: number;
      inputMode?: "text" | "numeric";
      autoCapitalize?: "characters" | "off";
    }
  | {
      kind: "radio";
      name: string;
      label: string;
      hint?: string;
      required?: boolean;
      defaultValue?: string;
      /** Options with `offAxis` are shown below the axis, as a normal choice. */
      options: { value: string; label: string; description?: string; offAxis?: boolean }[];
      /** "axis": the options as points on a line between two ends (labels are read by screen readers only). */
      layout?: "grid" | "axis";
      axis?: { start: string; end: string };
    }
  | { kind: "hidden"; name: string; value: string };

export type TFormAction = (state: TActionResult | null, formData: FormData) => Promise<TActionResult>;

/**
 * A form posted to a server action, with field errors and a form message from the
 * server (already translated). Works without JavaScript too.
 */
export function ServerForm({
  action,
  fields,
  submitLabel,
  pendingLabel,
  errorSummaryLabel,
}: {
  action: TFormAction;
  fields: TFieldSpec[];
  submitLabel: string;
  pendingLabel: string;
  errorSummaryLabel: string;
}) {
  const [state, formAction, pending] = useActionState<TActionResult | null, FormData>(action, null);
  const id = useId();
  const errors = state && !state.ok ? state.errors : {};
  const hasErrors = state !== null && !state.ok;

  return (
    <form action={formAction} className="space-y-5" noValidate>
      {hasErrors && (
        <div role="alert" className="rounded border-2 border-error bg-paper p-3 text-error">
          <p className="font-semibold">{state.message ?? errorSummaryLabel}</p>
          {Object.keys(errors).length > 0 && (
            <ul className="mt-1 list-disc pl-5">
              {fields.map((f) =>
                f.kind !== "hidden" && errors[f.name] ? (
                  <li key={f.name}>
                    <a href={`#${id}-${f.name}`} className="underline">
                      {f.label}: {errors[f.name]}
                    </a>
                  </li>
                ) : null,
              )}
            </ul>
          )}
        </div>
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
        </div>
      )}
      {fields.map((f) => {
        if (f.kind === "hidden") return <input key={f.name} type="hidden" name={f.name} value={f.value} />;
        const fieldId = `${id}-${f.name}`;
        const error = errors[f.name];
        const describedBy = [f.hint ? `${fieldId}-hint` : null, error ? `${fieldId}-error` : null]
          .filter(Boolean)
          .join(" ");
        if (f.kind === "radio") {
          return (
            <fieldset key={f.name} aria-describedby={describedBy || undefined} className="space-y-2">
              <legend className="font-semibold">
                {f.label}
                {f.required ? <span aria-hidden="true"> *</span> : null}
              </legend>
              {f.hint && (
                <p id={`${fieldId}-hint`} className="text-sm text-muted">
                  {f.hint}
                </p>
              )}
              {error && (
                <p id={`${fieldId}-error`} className="text-sm font-semibold text-error">
                  {error}
                </p>
              )}
              {f.layout === "axis" ? (
                <div id={fieldId} tabIndex={-1} className="max-w-2xl space-y-3">
                  <div className="flex justify-between gap-4 font-medium" aria-hidden="true">
                    <span>{f.axis?.start}</span>
                    <span className="text-right">{f.axis?.end}</span>
                  </div>
                  <div className="relative flex justify-between">
                    <span aria-hidden="true" className="absolute inset-x-5 top-1/2 border-t-2 border-line" />
                    {f.options
                      .filter((o) => !o.offAxis)
                      .map((o) => (
                        <label
                          key={o.value}
                          title={o.label}
                          className="relative flex size-11 cursor-pointer items-center justify-center rounded-full border-2 border-line bg-paper has-[:checked]:border-brand has-[:checked]:bg-wash"
                        >
                          <input
                            type="radio"
                            name={f.name}
                            value={o.value}
                            defaultChecked={f.defaultValue === o.value}
                            required={f.required}
                            className="size-5 accent-brand"
                          />
                          <span className="sr-only">{o.label}</span>
                        </label>
                      ))}
                  </div>
                  {f.options
                    .filter((o) => o.offAxis)
                    .map((o) => (
                      <label key={o.value} className="flex cursor-pointer items-center gap-3">
                        <input
                          type="radio"
                          name={f.name}
                          value={o.value}
                          defaultChecked={f.defaultValue === o.value}
                          required={f.required}
                          className="size-4 accent-brand"
                        />
                        <span>{o.label}</span>
                      </label>
                    ))}
                </div>
              ) : (
              <div id={fieldId} tabIndex={-1} className="grid gap-2 sm:grid-cols-2">
                {f.options.map((o) => (
                  <label
                    key={o.value}
                    className="flex cursor-pointer gap-3 rounded border border-line p-3 has-[:checked]:border-brand has-[:checked]:bg-wash"
                  >
                    <input
                      type="radio"
                      name={f.name}
                      value={o.value}
                      defaultChecked={f.defaultValue === o.value}
                      required={f.required}
                      className="mt-1 size-4 accent-brand"
                    />
                    <span>
                      <span className="font-medium">{o.label}</span>
                      {o.description && (
                        <span className="block text-sm text-muted">{o.description}</span>
                      )}
                    </span>
                  </label>
                ))}
              </div>
              )}
            </fieldset>
          );
        }
        return (
          <div key={f.name} className="space-y-1">
            <label htmlFor={fieldId} className="block font-semibold">
              {f.label}
              {f.required ? <span aria-hidden="true"> *</span> : null}
            </label>
            {f.hint && (
              <p id={`${fieldId}-hint`} className="text-sm text-muted">
                {f.hint}
              </p>
            )}
            <input
              id={fieldId}
              name={f.name}
              type={f.kind}
              defaultValue={f.kind === "password" ? undefined : f.defaultValue}
              required={f.required}
              aria-required={f.required || undefined}
              aria-invalid={error ? true : undefined}
              aria-describedby={describedBy || undefined}
              autoComplete={f.autoComplete ?? "off"}
              maxLength={f.maxLength}
              inputMode={f.inputMode}
              autoCapitalize={f.autoCapitalize}
              className="block w-full max-w-md rounded border border-muted bg-paper px-3 py-2 aria-invalid:border-2 aria-invalid:border-error"
            />
            {error && (
              <p id={`${fieldId}-error`} className="text-sm font-semibold text-error">
                {error}
              </p>
            )}
          </div>
        );
      })}
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
