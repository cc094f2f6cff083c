"use client";

import { combineStates, useAutosave } from "./autosave";
import { SaveStatus, type TSaveStatusLabels } from "./save-status";

/** A checklist: each option is ticked or not, and saved on its own. */
export function ChoiceList({
  legend,
  options,
  status,
}: {
  legend: string;
  options: { id: string; label: string; description?: string }[];
  status: TSaveStatusLabels;
}) {
  const { getValue, getState, save } = useAutosave();
  const state = combineStates(options.map((o) => getState(o.id, "choice")));
  return (
    <fieldset className="rounded border border-line p-4 sm:p-5">
      <legend className="px-1 text-lg font-semibold text-brand-strong">{legend}</legend>
      <ul className="grid gap-2 sm:grid-cols-2">
        {options.map((o) => {
          const v = getValue(o.id, "choice");
          const checked = !!v && "value" in v && v.value === 1;
          return (
            <li key={o.id}>
              <label className="flex h-full cursor-pointer gap-3 rounded border border-line p-3 has-[:checked]:border-brand has-[:checked]:bg-wash">
                <input
                  type="checkbox"
                  checked={checked}
                  onChange={(e) => save(o.id, "choice", { value: e.target.checked ? 1 : 0 })}
                  className="mt-1 size-4 shrink-0 accent-brand"
                  data-item={o.id}
                />
                <span>
                  <span className="font-medium">{o.label}</span>
                  {o.description && <span className="block text-sm text-muted">{o.description}</span>}
                </span>
              </label>
            </li>
          );
        })}
      </ul>
      <SaveStatus state={state} labels={status} />
    </fieldset>
  );
}
