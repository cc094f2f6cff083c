/**
 * The fields of a ServerForm (components/ui/server-form.tsx), uncontrolled: `value` is
 * what the field starts with, which after a failed submission is what the user sent
 * (React resets a form to its defaults after the action).
 */
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
      /** Several lines (a text the room reads together, e.g. an agreement). */
      kind: "textarea";
      name: string;
      label: string;
      hint?: string;
      required?: boolean;
      defaultValue?: string;
      maxLength?: number;
      rows?: number;
    }
  | TRadioSpec
  | { kind: "hidden"; name: string; value: string };

type TRadioSpec = {
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
};

type TVisibleSpec = Exclude<TFieldSpec, { kind: "hidden" }>;

/** The ids of a field and its hint and error, and what describes it. */
function fieldIds(fieldId: string, f: TVisibleSpec, error: string | undefined) {
  const hintId = `${fieldId}-hint`;
  const errorId = `${fieldId}-error`;
  const describedBy = [f.hint ? hintId : null, error ? errorId : null].filter(Boolean).join(" ") || undefined;
  return { hintId, errorId, describedBy };
}

/** A hint or an error under a field's label, read with the field (aria-describedby). */
function Note({ id, text, error = false }: { id: string; text?: string; error?: boolean }) {
  return text ? (
    <p id={id} className={error ? "text-sm font-semibold text-error" : "text-sm text-muted"}>
      {text}
    </p>
  ) : null;
}

function Required({ required }: { required?: boolean }) {
  return required ? <span aria-hidden="true"> *</span> : null;
}

export function FormField({
  field: f,
  fieldId,
  value,
  error,
}: {
  field: TVisibleSpec;
  fieldId: string;
  value: string | undefined;
  error?: string;
}) {
  const { hintId, errorId, describedBy } = fieldIds(fieldId, f, error);
  if (f.kind === "radio") {
    return (
      <fieldset aria-describedby={describedBy} className="space-y-2">
        <legend className="font-semibold">
          {f.label}
          <Required required={f.required} />
        </legend>
        <Note id={hintId} text={f.hint} />
        <Note id={errorId} text={error} error />
        <RadioOptions field={f} fieldId={fieldId} value={value} />
      </fieldset>
    );
  }
  if (f.kind === "textarea") {
    return (
      <div className="space-y-1">
        <label htmlFor={fieldId} className="block font-semibold">
          {f.label}
          <Required required={f.required} />
        </label>
        <Note id={hintId} text={f.hint} />
        <textarea
          id={fieldId}
          name={f.name}
          defaultValue={value}
          required={f.required}
          aria-required={f.required || undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          maxLength={f.maxLength}
          rows={f.rows ?? 3}
          className="block w-full max-w-3xl rounded border border-muted bg-paper px-3 py-2 leading-snug aria-invalid:border-2 aria-invalid:border-error"
        />
        <Note id={errorId} text={error} error />
      </div>
    );
  }
  return (
    <div className="space-y-1">
      <label htmlFor={fieldId} className="block font-semibold">
        {f.label}
        <Required required={f.required} />
      </label>
      <Note id={hintId} text={f.hint} />
      <input
        id={fieldId}
        name={f.name}
        type={f.kind}
        // Passwords are never filled in again.
        defaultValue={f.kind === "password" ? undefined : value}
        required={f.required}
        aria-required={f.required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        autoComplete={f.autoComplete ?? "off"}
        maxLength={f.maxLength}
        inputMode={f.inputMode}
        autoCapitalize={f.autoCapitalize}
        className="block w-full max-w-md rounded border border-muted bg-paper px-3 py-2 aria-invalid:border-2 aria-invalid:border-error"
      />
      <Note id={errorId} text={error} error />
    </div>
  );
}

function Radio({ f, option, value, className }: { f: TRadioSpec; option: { value: string }; value?: string; className: string }) {
  return (
    <input
      type="radio"
      name={f.name}
      value={option.value}
      defaultChecked={value === option.value}
      required={f.required}
      className={className}
    />
  );
}

function RadioOptions({ field: f, fieldId, value }: { field: TRadioSpec; fieldId: string; value?: string }) {
  if (f.layout !== "axis") {
    return (
      <div id={fieldId} tabIndex={-1} className="grid gap-2 sm:grid-cols-2">
        {f.options.map((o) => (
          <label
            key={o.value}
            className="flex cursor-pointer gap-3 rounded border border-line p-3 has-[:checked]:border-brand has-[:checked]:bg-wash"
          >
            <Radio f={f} option={o} value={value} className="mt-1 size-4 accent-brand" />
            <span>
              <span className="font-medium">{o.label}</span>
              {o.description && <span className="block text-sm text-muted">{o.description}</span>}
            </span>
          </label>
        ))}
      </div>
    );
  }
  return (
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
              <Radio f={f} option={o} value={value} className="size-5 accent-brand" />
              <span className="sr-only">{o.label}</span>
            </label>
          ))}
      </div>
      {f.options
        .filter((o) => o.offAxis)
        .map((o) => (
          <label key={o.value} className="flex cursor-pointer items-center gap-3">
            <Radio f={f} option={o} value={value} className="size-4 accent-brand" />
            <span>{o.label}</span>
          </label>
        ))}
    </div>
  );
}
