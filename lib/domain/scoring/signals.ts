/**
 * Step 6 of the scoring model: what is worth talking about in an act. The measures
 * (shift, spread, role difference) and the signals derived from them against
 * SIGNAL_THRESHOLDS (docs/scoring.md, "Signals"). Signals always come in this order:
 * change-wanted, talk-about-it, roles-differ, balanced-as-wished.
 */
import { below, reaches, SIGNAL_THRESHOLDS } from "@/lib/domain/thresholds";
import { clean } from "./statistics";
import type { TActMeasures, TSignal, TStats } from "./types";

/** The shown series of one act: a withheld series is null and does not contribute. */
export interface TActSeries {
  now: TStats | null;
  desired: TStats | null;
  gap: TStats | null;
  split: { now: boolean; desired: boolean };
}

/** The numbers behind the signals. */
export function actMeasures(series: TActSeries, roleDifference: number | null): TActMeasures {
  const { now, desired, gap } = series;
  let shift: number | null = null;
  if (gap) shift = Math.abs(gap.median);
  if (now && desired) {
    const d = Math.abs(desired.median - now.median);
    shift = shift === null ? d : Math.max(shift, d);
  }
  let spread: number | null = null;
  if (now) spread = now.iqr;
  if (desired) spread = spread === null ? desired.iqr : Math.max(spread, desired.iqr);
  return { shift: shift === null ? null : clean(shift), spread: spread === null ? null : clean(spread), roleDifference };
}

/** True when now or desired is split. */
export function isSplitAct(series: Pick<TActSeries, "split">): boolean {
  return series.split.now || series.split.desired;
}

/** The signals of a shown act, in their fixed order. */
export function actSignals(series: TActSeries, measures: TActMeasures): TSignal[] {
  const T = SIGNAL_THRESHOLDS;
  const { shift, spread, roleDifference } = measures;
  const signals: TSignal[] = [];
  if (shift !== null && reaches(shift, T.changeWanted)) signals.push("change-wanted");
  if ((spread !== null && reaches(spread, T.talkSpreadIqr)) || isSplitAct(series)) signals.push("talk-about-it");
  if (roleDifference !== null && reaches(roleDifference, T.rolesDiffer)) signals.push("roles-differ");
  const { now, desired, gap } = series;
  if (
    signals.length === 0 &&
    gap !== null && now !== null && desired !== null && shift !== null &&
    below(shift, T.balancedMaxShift) &&
    below(now.iqr, T.balancedMaxIqr) &&
    below(desired.iqr, T.balancedMaxIqr)
  ) {
    signals.push("balanced-as-wished");
  }
  return signals;
}
