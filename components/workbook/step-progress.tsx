"use client";

import { ProgressBar } from "@/components/ui/progress-bar";
import { useAutosave } from "./autosave";
import { ANSWERED_MARK, TOTAL_MARK } from "./progress-marks";

/**
 * Progress of the current step, updated as answers are given. `required` lists the
 * item:dimension pairs that count (see computeStepProgress in lib/domain/workbook.ts).
 */
export function StepProgress({ required, label }: { required: [string, string][]; label: string }) {
  const { getValue } = useAutosave();
  const answered = required.filter(([itemId, dimension]) => getValue(itemId, dimension) !== undefined).length;
  const text = label.replace(ANSWERED_MARK, String(answered)).replace(TOTAL_MARK, String(required.length));
  return <ProgressBar value={answered} max={required.length} label={text} />;
}
