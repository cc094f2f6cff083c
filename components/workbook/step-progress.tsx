"use client";

import { ProgressBar } from "@/components/ui/progress-bar";
import type { TAnswerDimension } from "@/lib/domain/answer";
import { useAutosave } from "./autosave";
import { ANSWERED_MARK, TOTAL_MARK } from "./progress-marks";

/**
 * Progress of the current step, updated as answers are given. `required` lists the
 * item:dimension pairs that count (positionAnswers in lib/domain/workbook.ts).
 */
export function StepProgress({ required, label }: { required: readonly [itemId: string, dimension: TAnswerDimension][]; label: string }) {
  const { getValue } = useAutosave();
  const answered = required.filter(([itemId, dimension]) => getValue(itemId, dimension) !== undefined).length;
  const text = label.replace(ANSWERED_MARK, String(answered)).replace(TOTAL_MARK, String(required.length));
  return <ProgressBar value={answered} max={required.length} label={text} />;
}
