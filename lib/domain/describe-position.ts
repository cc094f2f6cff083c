/**
 * Words for positions on a balancing-act axis (pole A = -1, pole B = +1).
 *
 * Balancing is not a score: no pole is better and the middle is not the goal. So
 * the words only say WHERE a group stands and in WHICH DIRECTION it wants to move,
 * never whether that is good. Everything is symmetric: mirroring a position
 * (x -> -x) gives the same strength towards the other pole.
 *
 * Pure and dependency-free: the caller turns the returned keys into text (for
 * example with next-intl: t(`position.${d.strength}`, { pole })). The thresholds come
 * from lib/domain/thresholds.ts, the same object the scoring model's signals read.
 */

import type { TPoleSide } from "@/lib/domain/scoring";
import { reaches, SCALE_STEP, SIGNAL_THRESHOLDS, THRESHOLD_EPSILON } from "@/lib/domain/thresholds";

/**
 * Thresholds on |position|. They lie halfway between the positions of whole scale
 * steps, so a group that answers "one step towards B" everywhere (0.333) is
 * "slightly", two steps (0.667) "clearly" and three steps (1.0) "strongly" towards B.
 *   |x| <  middle -> "middle"
 *   |x| <  slight -> "slightly"
 *   |x| <  clear  -> "clearly"
 *   else          -> "strongly"
 */
export const POSITION_THRESHOLDS = {
  middle: SCALE_STEP / 2,
  slight: SCALE_STEP * 1.5,
  clear: SCALE_STEP * 2.5,
} as const;

/**
 * Thresholds on |gap| (gap = desired - now, range -2..2). They are the scoring
 * model's signal thresholds, so words and signals never contradict each other:
 *   |g| <  none  -> "none"  (below balancedMaxShift, the bound for "balanced-as-wished")
 *   |g| <  small -> "small"
 *   |g| <  large -> "clear" (from changeWanted on the scoring model signals "change-wanted")
 *   else         -> "large" (half the axis or more)
 */
export const GAP_THRESHOLDS = {
  none: SIGNAL_THRESHOLDS.balancedMaxShift,
  small: SIGNAL_THRESHOLDS.changeWanted,
  large: 1,
} as const;

/**
 * Thresholds on the spread (interquartile range: how wide the middle half of the
 * partners lies), the scoring model's: below balancedMaxIqr the partners agree, from
 * talkSpreadIqr on the model signals "talk-about-it". A split (two groups on both
 * sides of the middle) always wins.
 *   iqr <  agree  -> "agree"
 *   iqr <  differ -> "somewhat"
 *   else          -> "differ"
 */
export const SPREAD_THRESHOLDS = {
  agree: SIGNAL_THRESHOLDS.balancedMaxIqr,
  differ: SIGNAL_THRESHOLDS.talkSpreadIqr,
} as const;

export type TPositionStrength = "middle" | "slightly" | "clearly" | "strongly";
export type TGapSize = "none" | "small" | "clear" | "large";
export type TSpreadWord = "agree" | "somewhat" | "differ" | "split";

export interface TPositionWord {
  strength: TPositionStrength;
  /** The pole the position leans towards; null in the middle. */
  side: TPoleSide | null;
}

export interface TGapWord {
  size: TGapSize;
  /** The pole the shift goes towards; null when no change is wanted. */
  side: TPoleSide | null;
}

/**
 * Which of four bands |x| falls in (below the first threshold, below the second, below
 * the third, beyond), with the side of x; the first band has no side. Non-finite input
 * is the first band. Symmetric: -x gives the same band on the other side.
 */
function band<T extends string>(x: number, thresholds: readonly [number, number, number], words: readonly [T, T, T, T]): { word: T; side: TPoleSide | null } {
  const m = Number.isFinite(x) ? Math.abs(x) : 0;
  const i = thresholds.findIndex((t) => !reaches(m, t));
  if (i === 0) return { word: words[0], side: null };
  return { word: words[i < 0 ? 3 : i]!, side: x < 0 ? "a" : "b" };
}

/** The word for a position on the axis. Non-finite input counts as the middle. */
export function describePosition(x: number): TPositionWord {
  const { word, side } = band(x, [POSITION_THRESHOLDS.middle, POSITION_THRESHOLDS.slight, POSITION_THRESHOLDS.clear], ["middle", "slightly", "clearly", "strongly"]);
  return { strength: word, side };
}

/** The word for a gap (desired - now). Non-finite input counts as no change. */
export function describeGap(gap: number): TGapWord {
  const { word, side } = band(gap, [GAP_THRESHOLDS.none, GAP_THRESHOLDS.small, GAP_THRESHOLDS.large], ["none", "small", "clear", "large"]);
  return { size: word, side };
}

/** The word for how much the partners agree. `iqr` null (unknown) counts as agreement unless split. */
export function describeSpread(input: { iqr: number | null; split: boolean }): TSpreadWord {
  if (input.split) return "split";
  const iqr = input.iqr;
  if (iqr === null || !Number.isFinite(iqr)) return "agree";
  if (!reaches(iqr, SPREAD_THRESHOLDS.agree)) return "agree";
  if (!reaches(iqr, SPREAD_THRESHOLDS.differ)) return "somewhat";
  return "differ";
}

/**
 * A position or gap as a number with one decimal, in the locale's notation, with a
 * true minus sign (U+2212) and an explicit plus for pole B: "−0,6", "+0,3", "0,0".
 * Rounds half away from zero on the absolute value so that mirroring is exact.
 */
export function formatPosition(x: number, locale: string): string {
  if (!Number.isFinite(x)) return "";
  const abs = Math.round(Math.abs(x) * 10 + THRESHOLD_EPSILON) / 10;
  const body = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(abs);
  if (abs === 0) return body;
  return (x < 0 ? "\u2212" : "+") + body;
}
