/**
 * The thresholds on the axis from pole A (-1) to pole B (+1), written once. The scoring
 * model's signals (lib/domain/scoring) and the words for positions, gaps and spreads
 * (lib/domain/describe-position.ts, lib/domain/figure-text.ts) all read them from here,
 * so a word never contradicts a signal. The reasoning is in docs/scoring.md.
 *
 * Pure and dependency-free: also imported by client components (via the wording).
 */

/** One step on the 7-point answer scale is 1/3 on the axis. */
export const SCALE_STEP = 1 / 3;

/**
 * Thresholds on the axis. One step on the 7-point scale is 1/3 = 0.333 on this axis.
 * The reasoning is in docs/scoring.md.
 */
export const SIGNAL_THRESHOLDS = {
  /** "change-wanted" when |median gap| or |median desired - median now| >= this (1.5 scale steps, a quarter of the axis). */
  changeWanted: 0.5,
  /** "talk-about-it" when the IQR of now or desired >= this (middle half spans ~2 scale steps), or when a series is split. */
  talkSpreadIqr: 0.6,
  /** "roles-differ" when medians (now or desired) of two shown role groups differ by >= this. */
  rolesDiffer: 0.6,
  /** "balanced-as-wished" needs shift < this (less than one scale step)... */
  balancedMaxShift: 0.2,
  /** ...and IQR now and IQR desired both < this, and no other signal. */
  balancedMaxIqr: 0.4,
  /** A split needs at least this many values in the series. */
  splitMinRespondents: 4,
  /** ...and at least this share of them on EACH side of the middle... */
  splitMinShare: 0.25,
  /** ...where "a side" means a position <= -cutoff or >= +cutoff (3/4 of a scale step from the middle). */
  splitSideCutoff: 0.25,
} as const;

/** Values within this distance of a threshold count as reaching it (guards against 0.49999999 from rounding). */
export const THRESHOLD_EPSILON = 1e-9;

/** x reaches the threshold (within THRESHOLD_EPSILON). */
export function reaches(x: number, threshold: number): boolean {
  return x >= threshold - THRESHOLD_EPSILON;
}

/** x stays below the threshold (by more than THRESHOLD_EPSILON). */
export function below(x: number, threshold: number): boolean {
  return x < threshold - THRESHOLD_EPSILON;
}
