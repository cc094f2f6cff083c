/**
 * Step 7 of the scoring model: the attention score, which only orders the conversation
 * (a high value means "much to discuss", never "doing badly"), and the short agenda of
 * acts to discuss first (docs/scoring.md, "Attention score and discuss first").
 */
import { SIGNAL_THRESHOLDS } from "@/lib/domain/thresholds";
import { isSplitAct, type TActSeries } from "./signals";
import { clean } from "./statistics";
import type { TActMeasures, TActProfile, TSignal } from "./types";

/** Extra attention for a split series: an average near the middle hides a conflict. */
export const SPLIT_ATTENTION_BONUS = 0.5;
/** discussFirst lists at most this many acts. */
export const DISCUSS_FIRST_LIMIT = 3;

/**
 * The sum, over the signals that fired, of each signal's strength relative to its own
 * threshold; each firing signal adds at least 1. balanced-as-wished adds nothing.
 */
export function attentionOf(signals: readonly TSignal[], measures: TActMeasures, series: Pick<TActSeries, "split">): number {
  const T = SIGNAL_THRESHOLDS;
  let attention = 0;
  if (signals.includes("change-wanted")) attention += (measures.shift ?? 0) / T.changeWanted;
  if (signals.includes("talk-about-it")) {
    attention += Math.max(1, (measures.spread ?? 0) / T.talkSpreadIqr) + (isSplitAct(series) ? SPLIT_ATTENTION_BONUS : 0);
  }
  if (signals.includes("roles-differ")) attention += (measures.roleDifference ?? 0) / T.rolesDiffer;
  return clean(attention);
}

/** The acts with attention > 0, highest first (ties keep the input order), at most DISCUSS_FIRST_LIMIT. */
export function discussFirst(acts: readonly Pick<TActProfile, "actId" | "attention">[]): string[] {
  return acts
    .map((a, i) => ({ id: a.actId, attention: a.attention, i }))
    .filter((a) => a.attention > 0)
    .sort((x, y) => y.attention - x.attention || x.i - y.i)
    .slice(0, DISCUSS_FIRST_LIMIT)
    .map((a) => a.id);
}
