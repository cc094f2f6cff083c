/**
 * Step 3 of the scoring model: is a series split into two camps? An average near the
 * middle can hide a conflict (half the group at pole A, half at pole B gives a mean of
 * 0). A split needs enough values and a sizeable share of them on each side of the
 * middle (SIGNAL_THRESHOLDS.split*; docs/scoring.md, "Split").
 */
import { SIGNAL_THRESHOLDS } from "@/lib/domain/thresholds";
import { sortedFinite } from "./statistics";

/** A split: enough values, and at least splitMinShare of them on each side of the middle. */
export function isSplitSorted(sorted: Float64Array, n: number = sorted.length): boolean {
  const T = SIGNAL_THRESHOLDS;
  if (n < T.splitMinRespondents) return false;
  let low = 0;
  let high = 0;
  for (let i = 0; i < n; i++) {
    const x = sorted[i]!;
    if (x <= -T.splitSideCutoff) low++;
    else if (x >= T.splitSideCutoff) high++;
  }
  const need = T.splitMinShare * n;
  return low >= need && high >= need;
}

/** Split test of any list of positions (non-finite values are skipped; see SIGNAL_THRESHOLDS.split*). */
export function isSplit(values: readonly number[]): boolean {
  return isSplitSorted(sortedFinite(values));
}
