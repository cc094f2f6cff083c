/**
 * Step 6 of the scoring model: what is worth talking about in an act. The measures
 * (shift, spread, role difference) and the signals derived from them against
 * SIGNAL_THRESHOLDS (docs/scoring.md, "Signals"). Signals always come in this order:
 * change-wanted, talk-about-it, roles-differ, balanced-as-wished.
 */
import { below, reaches, SIGNAL_THRESHOLDS, THRESHOLD_EPSILON } from "@/lib/domain/thresholds";
import { clean } from "./statistics";
import type { TActMeasures, TSignal, TStats } from "./types";

/** The shown series of one act: a withheld series is null and does not contribute. */
export interface TActSeries {
  now: TStats | null;
  desired: TStats | null;
  gap: TStats | null;
  split: { now: boolean; desired: boolean };
}

type TShiftSeries = Pick<TActSeries, "now" | "desired" | "gap">;

/** The two views of a shift: the median of each partner's own gap, and the move between the medians. */
function shiftViews(series: TShiftSeries): { own: number | null; between: number | null } {
  return {
    own: series.gap ? series.gap.median : null,
    between: series.now && series.desired ? series.desired.median - series.now.median : null,
  };
}

/**
 * The shift of a series (a whole act or a role group) with its direction: the larger of
 * the two views (near-ties: the partners' own gaps). Its size is measures.shift, so
 * words built on it agree with the change-wanted and balanced-as-wished signals.
 * Null when neither view is shown.
 */
export function seriesShift(series: TShiftSeries): number | null {
  const { own, between } = shiftViews(series);
  if (own === null) return between;
  if (between === null) return own;
  return Math.abs(between) > Math.abs(own) + THRESHOLD_EPSILON ? between : own;
}

/** The larger spread (IQR) of now and desired; null when neither is shown. */
export function seriesSpread(series: Pick<TActSeries, "now" | "desired">): number | null {
  const values = [series.now?.iqr, series.desired?.iqr].filter((v): v is number => typeof v === "number");
  return values.length ? Math.max(...values) : null;
}

/** The numbers behind the signals. */
export function actMeasures(series: TActSeries, roleDifference: number | null): TActMeasures {
  const { own, between } = shiftViews(series);
  const sizes = [own, between].filter((v): v is number => v !== null).map(Math.abs);
  const shift = sizes.length ? Math.max(...sizes) : null;
  const spread = seriesSpread(series);
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
