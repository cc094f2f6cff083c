import type { TWorkbook } from "@/lib/domain/content/schema";
import { DEFAULT_WORKBOOK_LENGTH, listItems, listSteps, type TItemDef, type TWorkbookLength } from "@/lib/domain/workbook";

/**
 * About how long the workbook and each step take, from the real content: seconds per
 * item kind (a statement is two choices on a scale, an open question takes writing),
 * plus reading the act's summary. Pure; rounded up to whole minutes, at least one per step.
 */
export const SECONDS_PER_ITEM: Record<TItemDef["kind"], number> = {
  scale: 30,
  position: 15,
  choice: 4,
  text: 60,
};
export const SECONDS_READING_ACT = 30;

/** Minutes per step id, in step order. */
export function estimateStepMinutes(workbook: TWorkbook, length: TWorkbookLength = DEFAULT_WORKBOOK_LENGTH): Map<string, number> {
  const seconds = new Map<string, number>();
  for (const step of listSteps(workbook, length)) seconds.set(step.id, step.kind === "act" ? SECONDS_READING_ACT : 0);
  for (const item of listItems(workbook, { length })) {
    seconds.set(item.stepId, (seconds.get(item.stepId) ?? 0) + SECONDS_PER_ITEM[item.kind]);
  }
  return new Map([...seconds].map(([id, s]) => [id, Math.max(1, Math.ceil(s / 60))]));
}

/** Minutes for the whole workbook: the sum of its steps. */
export function estimateWorkbookMinutes(workbook: TWorkbook, length: TWorkbookLength = DEFAULT_WORKBOOK_LENGTH): number {
  let total = 0;
  for (const m of estimateStepMinutes(workbook, length).values()) total += m;
  return total;
}
