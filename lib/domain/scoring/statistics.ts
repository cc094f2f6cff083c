/**
 * Step 2 of the scoring model: descriptive statistics of a series of positions.
 * Quantiles by linear interpolation between closest ranks (Hyndman & Fan type 7, as
 * numpy's default, R's default and Excel's QUARTILE.INC), written in the symmetric form
 * (1 - f) * x[lo] + f * x[hi]; means and standard deviations (population sd) sum the
 * SORTED values pairwise from both ends. So the results do not depend on order, and
 * negating every value negates every location measure exactly while leaving every
 * spread measure bit-for-bit equal.
 */
import type { TStats } from "./types";

/** Normalises -0 to 0 so mirrored results compare equal and never print as "-0". */
export function clean(x: number): number {
  return x + 0;
}

/** Sorted neighbours closer than this are treated as equal when interpolating. */
const QUANTILE_TIE = 1e-12;

/**
 * Quantile of an ascending-sorted series, linear interpolation (type 7), in the
 * symmetric form (1 - f) * a + f * b. Equal neighbours return the value itself and the
 * result is clamped to [a, b]: (1 - f) * a + f * a can be one ulp off a, which would
 * make an IQR of identical values -3e-17. Both guards are symmetric under negation.
 */
function quantileSorted(sorted: Float64Array, n: number, p: number): number {
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const f = h - lo;
  const a = sorted[lo]!;
  if (f === 0) return a;
  const b = sorted[lo + 1]!;
  if (a === b) return a;
  // Neighbours a few ulps apart (only possible via averaged duplicate rows): rounding
  // could put q1 above the median; the midpoint keeps the quantiles ordered and symmetric.
  if (b - a <= QUANTILE_TIE) return 0.5 * a + 0.5 * b;
  const q = (1 - f) * a + f * b;
  return q < a ? a : q > b ? b : q;
}

/** Pairwise-from-both-ends sum of a sorted series: order-free and exactly odd under negation. */
function symmetricSum(sorted: Float64Array, n: number): number {
  let s = 0;
  const half = n >> 1;
  for (let i = 0; i < half; i++) s += sorted[i]! + sorted[n - 1 - i]!;
  if (n & 1) s += sorted[half]!;
  return s;
}

/** Statistics of an ascending-sorted series of n >= 1 values (all of `sorted` unless n is given). */
export function statsOfSorted(sorted: Float64Array, n: number = sorted.length): TStats {
  const mean = symmetricSum(sorted, n) / n;
  let ss = 0;
  const half = n >> 1;
  for (let i = 0; i < half; i++) {
    const d1 = sorted[i]! - mean;
    const d2 = sorted[n - 1 - i]! - mean;
    ss += d1 * d1 + d2 * d2;
  }
  if (n & 1) {
    const d = sorted[half]! - mean;
    ss += d * d;
  }
  const q1 = quantileSorted(sorted, n, 0.25);
  const q3 = quantileSorted(sorted, n, 0.75);
  return {
    n,
    median: clean(quantileSorted(sorted, n, 0.5)),
    mean: clean(mean),
    q1: clean(q1),
    q3: clean(q3),
    iqr: clean(Math.max(0, q3 - q1)),
    sd: clean(Math.sqrt(ss / n)),
    min: clean(sorted[0]!),
    max: clean(sorted[n - 1]!),
  };
}

/** The finite values of a list, sorted ascending, in a typed array. */
export function sortedFinite(values: readonly number[]): Float64Array {
  const buf = new Float64Array(values.length);
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v === "number" && Number.isFinite(v)) buf[n++] = v;
  }
  return buf.subarray(0, n).sort();
}

/**
 * Descriptive statistics of any list of numbers (non-finite values are skipped):
 * median and quartiles by linear interpolation (type 7), population sd. Null when empty.
 */
export function computeStats(values: readonly number[]): TStats | null {
  const sorted = sortedFinite(values);
  return sorted.length === 0 ? null : statsOfSorted(sorted);
}

/**
 * Gathers the non-missing values of `series` (NaN = missing) of role r (-1: everyone)
 * into `scratch`, sorted; returns the filled part (a view on scratch).
 */
export function gatherSorted(series: Float64Array, roleOf: Int32Array, r: number, scratch: Float64Array): Float64Array {
  let n = 0;
  for (let p = 0; p < series.length; p++) {
    if ((r < 0 || roleOf[p] === r) && !Number.isNaN(series[p])) scratch[n++] = series[p]!;
  }
  return scratch.subarray(0, n).sort();
}
