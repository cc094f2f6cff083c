/**
 * Scoring model for the five balancing acts (balanceeracts).
 *
 * Every act is a dilemma between two legitimate poles, A and B. Nothing here is a
 * score in the "higher is better" sense: the model only describes WHERE a group
 * sits on the axis from pole A (-1) to pole B (+1), how far "now" is from
 * "desired", and how much the partners disagree. See docs/scoring.md.
 *
 * Pure and dependency-free on purpose: no database, no Next.js, no zod. The caller
 * validates at its boundary; this module stays total and never throws on odd data
 * (unknown items, unknown participants, values outside 1..7 are ignored).
 *
 * Numerical notes
 * - Answers are mapped to signed integers s in -3..3 first (s / 3 is the position),
 *   so a participant's position is one correctly rounded division: sum(s) / (3 k),
 *   and so is the gap: (sumD kN - sumN kD) / (3 kN kD). Equal fractions give equal floats.
 * - Quantiles use linear interpolation between closest ranks (Hyndman & Fan type 7,
 *   as numpy's default, R's default and Excel's QUARTILE.INC), written in the
 *   symmetric form (1 - f) * x[lo] + f * x[hi].
 * - Means and standard deviations sum the SORTED values pairwise from both ends.
 * Together this makes the results independent of participant and row order, and
 * mirroring every answer (v -> 8 - v) negates positions, medians and means EXACTLY
 * (not just up to rounding) while leaving every spread measure bit-for-bit equal.
 */

// ---------------------------------------------------------------------------
// Public types (stable: the charts code imports these; add, never rename)
// ---------------------------------------------------------------------------

export type TDimension = "now" | "desired";
export type TPoleSide = "a" | "b";
export interface TScoringItem { id: string; left: TPoleSide }
export interface TScoringAct { id: string; items: TScoringItem[] }
export interface TAnswerRow { participantId: string; itemId: string; dimension: TDimension; value: number | null }
export interface TScoringParticipant { id: string; role: string }
export interface TStats { n: number; median: number; mean: number; q1: number; q3: number; iqr: number; sd: number; min: number; max: number }
export type TSignal = "change-wanted" | "talk-about-it" | "roles-differ" | "balanced-as-wished";
export interface TDot { now: number | null; desired: number | null; role: string | null }
export interface TRoleProfile {
  role: string;
  /** Respondents of this role in this act (a position now and/or desired). */
  n: number;
  now: TStats | null;
  desired: TStats | null;
  /** Per-participant gap (desired - now) within this role. Added field. */
  gap: TStats | null;
}
/** The raw evidence behind the signals, so a UI can explain them. Added type. */
export interface TActMeasures {
  /** max(|median gap|, |median desired - median now|); null when not available. */
  shift: number | null;
  /** max(IQR now, IQR desired) over the series that are shown; null when none. */
  spread: number | null;
  /** Largest difference between the medians of two shown role groups, now or desired; null when fewer than two groups. */
  roleDifference: number | null;
}
export interface TActProfile {
  actId: string;
  respondents: number;
  hidden: boolean;               // true when respondents < anonymityThreshold
  now: TStats | null;
  desired: TStats | null;
  gap: TStats | null;            // per-participant gap desired - now
  split: { now: boolean; desired: boolean };
  dots: TDot[] | null;
  byRole: TRoleProfile[];
  signals: TSignal[];
  attention: number;             // higher = discuss earlier; 0 when nothing to discuss
  /** Added field: the numbers the signals were derived from. All null when hidden. */
  measures: TActMeasures;
}
export interface TSessionProfile {
  acts: TActProfile[];
  discussFirst: string[];
  /** Distinct participants passed in. */
  participants: number;
  anonymityThreshold: number;
  /** Added field: distinct participants with at least one valid answer on any act item. */
  respondents: number;
}
export interface TParticipantPosition {
  actId: string;
  now: number | null;
  desired: number | null;
  gap: number | null;
  /** (item, dimension) pairs with a valid 1..7 answer. */
  answered: number;
  /** Number of (item, dimension) pairs in the act: items.length * 2. */
  total: number;
  /** Added field: pairs answered only with "don't know" (null). answered + unknown = pairs responded to. */
  unknown: number;
}

// ---------------------------------------------------------------------------
// Constants
// ---------------------------------------------------------------------------

export const DEFAULT_ANONYMITY_THRESHOLD = 3;
/** The anonymity threshold can never be set lower than this: a "group" of one is a person. */
export const MIN_ANONYMITY_THRESHOLD = 2;

/**
 * Thresholds on the axis from pole A (-1) to pole B (+1). One step on the 7-point
 * scale is 1/3 = 0.333 on this axis. The reasoning is in docs/scoring.md.
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

/** Extra attention for a split series: an average near the middle hides a conflict. */
export const SPLIT_ATTENTION_BONUS = 0.5;
/** discussFirst lists at most this many acts. */
export const DISCUSS_FIRST_LIMIT = 3;
/** Values within this distance of a threshold count as reaching it (guards against 0.49999999 from rounding). */
export const THRESHOLD_EPSILON = 1e-9;

// ---------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------

/** Maps an answer 1..7 onto the act axis: pole A = -1, middle = 0, pole B = +1. */
export function mapAnswerToAxis(value: number, left: TPoleSide): number {
  return (left === "a" ? (value - 4) / 3 : (4 - value) / 3) + 0;
}

/** True for an integer 1..7. Everything else (null, 0, 8, 3.5, NaN, "4") is not an answer. */
function isValidValue(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= 7;
}

/** Normalises -0 to 0 so mirrored results compare equal and never print as "-0". */
function clean(x: number): number {
  return x + 0;
}

function reaches(x: number, threshold: number): boolean {
  return x >= threshold - THRESHOLD_EPSILON;
}

function below(x: number, threshold: number): boolean {
  return x < threshold - THRESHOLD_EPSILON;
}

function resolveThreshold(t: unknown): number {
  if (typeof t !== "number" || !Number.isFinite(t)) return DEFAULT_ANONYMITY_THRESHOLD;
  return Math.max(MIN_ANONYMITY_THRESHOLD, Math.floor(t));
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

/** Statistics of an ascending-sorted series of n >= 1 values. */
function statsOfSorted(sorted: Float64Array, n: number): TStats {
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

function sortedStats(sorted: Float64Array): TStats {
  return statsOfSorted(sorted, sorted.length);
}

/** A split: enough values, and at least splitMinShare of them on each side of the middle. */
function isSplitSorted(sorted: Float64Array, n: number): boolean {
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

/**
 * Descriptive statistics of any list of numbers (non-finite values are skipped):
 * median and quartiles by linear interpolation (type 7), population sd. Null when empty.
 */
export function computeStats(values: readonly number[]): TStats | null {
  const buf = new Float64Array(values.length);
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v === "number" && Number.isFinite(v)) buf[n++] = v;
  }
  if (n === 0) return null;
  const sorted = buf.subarray(0, n).sort();
  return statsOfSorted(sorted, n);
}

/** Split test of any list of positions (see SIGNAL_THRESHOLDS.split*). */
export function isSplit(values: readonly number[]): boolean {
  const finite = values.filter((v) => typeof v === "number" && Number.isFinite(v));
  return isSplitSorted(Float64Array.from(finite).sort(), finite.length);
}

// ---------------------------------------------------------------------------
// Core: accumulate answers into per-participant, per-act positions
// ---------------------------------------------------------------------------

interface TItemIndex {
  /** Sanitised acts, in input order. */
  acts: { id: string; start: number; end: number; itemCount: number }[];
  /** Item id -> global item index (first occurrence wins if an id repeats). */
  byId: Map<string, number>;
  /** +1 when the item's left text is pole A, -1 when it is pole B. */
  sign: Int8Array;
  /** Number of distinct items over all acts. */
  G: number;
}

function indexItems(acts: readonly TScoringAct[]): TItemIndex {
  const byId = new Map<string, number>();
  const signs: number[] = [];
  const out: TItemIndex["acts"] = [];
  const list = Array.isArray(acts) ? acts : [];
  for (const act of list) {
    if (!act || typeof act !== "object") continue;
    const start = signs.length;
    const items = Array.isArray(act.items) ? act.items : [];
    for (const item of items) {
      if (!item || typeof item.id !== "string" || byId.has(item.id)) continue;
      byId.set(item.id, signs.length);
      signs.push(item.left === "b" ? -1 : 1);
    }
    out.push({ id: String(act.id), start, end: signs.length, itemCount: signs.length - start });
  }
  return { acts: out, byId, sign: Int8Array.from(signs), G: signs.length };
}

interface TAccumulated {
  /** sums[(p * 2 + d) * G + g]: sum of signed answers s = +-(v - 4), in -3..3 each. */
  sums: Int32Array;
  /** Number of valid answers in the same cell (more than 1 only for duplicate rows). */
  counts: Int32Array;
  /** 1 when a null ("don't know") row was seen for the cell; only when trackUnknown. */
  unknown: Uint8Array | null;
}

function accumulate(
  index: TItemIndex,
  answers: readonly TAnswerRow[],
  P: number,
  participantOf: (row: TAnswerRow) => number,
  trackUnknown: boolean,
): TAccumulated {
  const G = index.G;
  const size = P * 2 * G;
  const sums = new Int32Array(size);
  const counts = new Int32Array(size);
  const unknown = trackUnknown ? new Uint8Array(size) : null;
  const list = Array.isArray(answers) ? answers : [];
  const { byId, sign } = index;
  for (let i = 0; i < list.length; i++) {
    const row = list[i];
    if (!row || typeof row !== "object") continue;
    const d = row.dimension === "now" ? 0 : row.dimension === "desired" ? 1 : -1;
    if (d < 0) continue;
    const g = byId.get(row.itemId);
    if (g === undefined) continue;
    const p = participantOf(row);
    if (p < 0) continue;
    const cell = (p * 2 + d) * G + g;
    const v = row.value;
    if (isValidValue(v)) {
      sums[cell] = sums[cell]! + sign[g]! * (v - 4);
      counts[cell] = counts[cell]! + 1;
    } else if (v === null && unknown) {
      unknown[cell] = 1;
    }
  }
  return { sums, counts, unknown };
}

/**
 * Positions of one participant on one act, as exact fractions where possible.
 * For a dimension, `total` is the sum over answered items of the item's mean signed
 * answer (an integer unless duplicate rows were averaged) and `k` the number of answered
 * items; the position is total / (3 k). The gap is computed from the same integers in
 * one division, (totalD kN - totalN kD) / (3 kN kD), so equal fractions always give the
 * same float (1 - 2/3 in floating point is not the float nearest to 1/3).
 */
interface TPositionPair { now: number; desired: number; gap: number }

function dimensionTotal(acc: TAccumulated, G: number, p: number, d: number, start: number, end: number, out: Float64Array): void {
  const base = (p * 2 + d) * G;
  const { sums, counts } = acc;
  let total = 0;
  let k = 0;
  for (let g = start; g < end; g++) {
    const c = counts[base + g]!;
    if (c === 0) continue;
    total += c === 1 ? sums[base + g]! : sums[base + g]! / c;
    k++;
  }
  out[0] = total;
  out[1] = k;
}

/** Writes now, desired and gap (NaN = missing) of participant p on items [start, end) into `pair`. */
function positionsOf(acc: TAccumulated, G: number, p: number, start: number, end: number, scratch: Float64Array, pair: TPositionPair): void {
  dimensionTotal(acc, G, p, 0, start, end, scratch);
  const totalN = scratch[0]!;
  const kN = scratch[1]!;
  dimensionTotal(acc, G, p, 1, start, end, scratch);
  const totalD = scratch[0]!;
  const kD = scratch[1]!;
  pair.now = kN === 0 ? NaN : clean(totalN / (3 * kN));
  pair.desired = kD === 0 ? NaN : clean(totalD / (3 * kD));
  pair.gap = kN === 0 || kD === 0 ? NaN : clean((totalD * kN - totalN * kD) / (3 * kN * kD));
}

// ---------------------------------------------------------------------------
// Participant view
// ---------------------------------------------------------------------------

/**
 * One participant's own positions per act. No anonymity threshold: it is their own
 * data. Pass only that participant's rows; or pass `participantId` to ignore rows of
 * anyone else (without it, every row is treated as this participant's).
 */
export function computeParticipantPositions(acts: TScoringAct[], answers: TAnswerRow[], participantId?: string): TParticipantPosition[] {
  const index = indexItems(acts);
  const owner = participantId === undefined ? () => 0 : (row: TAnswerRow) => (row.participantId === participantId ? 0 : -1);
  const acc = accumulate(index, answers, 1, owner, true);
  const G = index.G;
  const unknownFlags = acc.unknown as Uint8Array;
  const scratch = new Float64Array(2);
  const pair: TPositionPair = { now: NaN, desired: NaN, gap: NaN };
  return index.acts.map((act) => {
    positionsOf(acc, G, 0, act.start, act.end, scratch, pair);
    const { now, desired, gap } = pair;
    let answered = 0;
    let unknown = 0;
    for (let d = 0; d < 2; d++) {
      const base = d * G;
      for (let g = act.start; g < act.end; g++) {
        if (acc.counts[base + g]! > 0) answered++;
        else if (unknownFlags[base + g]) unknown++;
      }
    }
    const hasNow = !Number.isNaN(now);
    const hasDesired = !Number.isNaN(desired);
    return {
      actId: act.id,
      now: hasNow ? now : null,
      desired: hasDesired ? desired : null,
      gap: hasNow && hasDesired ? gap : null,
      answered,
      total: act.itemCount * 2,
      unknown,
    };
  });
}

// ---------------------------------------------------------------------------
// Session view
// ---------------------------------------------------------------------------

/**
 * Which role groups may be shown for one series. A group is shown when it has at
 * least t members AND the members of all groups NOT shown (small groups and people
 * without a role) number 0 or at least t: otherwise "everyone else" would be a group
 * of fewer than t people whose mean can be recomputed from the total and the shown
 * groups (complementary disclosure). If needed the smallest shown group is withheld
 * too (ties: the role that sorts last), which always lifts the remainder to >= t.
 */
function visibleGroups(counts: Int32Array, eligible: Uint8Array | null, total: number, t: number, R: number): Uint8Array {
  const visible = new Uint8Array(R);
  let shown = 0;
  for (let r = 0; r < R; r++) {
    if ((eligible === null || eligible[r] === 1) && counts[r]! >= t) {
      visible[r] = 1;
      shown += counts[r]!;
    }
  }
  const remainder = total - shown;
  if (remainder > 0 && remainder < t) {
    let pick = -1;
    for (let r = 0; r < R; r++) {
      if (visible[r] === 1 && (pick < 0 || counts[r]! <= counts[pick]!)) pick = r;
    }
    if (pick >= 0) visible[pick] = 0;
  }
  return visible;
}

function emptyMeasures(): TActMeasures {
  return { shift: null, spread: null, roleDifference: null };
}

function hiddenAct(actId: string, respondents: number): TActProfile {
  return {
    actId,
    respondents,
    hidden: true,
    now: null,
    desired: null,
    gap: null,
    split: { now: false, desired: false },
    dots: null,
    byRole: [],
    signals: [],
    attention: 0,
    measures: emptyMeasures(),
  };
}

function compareNullableNumber(a: number | null, b: number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a - b;
}

function compareDots(x: TDot, y: TDot): number {
  const c1 = compareNullableNumber(x.now, y.now);
  if (c1 !== 0) return c1;
  const c2 = compareNullableNumber(x.desired, y.desired);
  if (c2 !== 0) return c2;
  if (x.role === y.role) return 0;
  if (x.role === null) return 1;
  if (y.role === null) return -1;
  return x.role < y.role ? -1 : 1;
}

/** Gathers the non-missing values of `series` (NaN = missing) of role r (-1: everyone) into scratch, sorted. */
function gatherSorted(series: Float64Array, roleOf: Int32Array, r: number, scratch: Float64Array): Float64Array {
  let n = 0;
  for (let p = 0; p < series.length; p++) {
    if ((r < 0 || roleOf[p] === r) && !Number.isNaN(series[p])) scratch[n++] = series[p]!;
  }
  return scratch.subarray(0, n).sort();
}

/**
 * Profile of a whole session: per act the group's positions, spread, splits, anonymous
 * dots, per-role breakdown, signals and attention; plus the acts to discuss first.
 * Anonymity rules (see docs/scoring.md): nothing but the respondent count for an act
 * with fewer respondents than the threshold; every statistic needs at least threshold
 * values; roles are only shown for groups of at least threshold respondents.
 */
export function computeSessionProfile(input: {
  acts: TScoringAct[];
  participants: TScoringParticipant[];
  answers: TAnswerRow[];
  anonymityThreshold?: number;
}): TSessionProfile {
  const t = resolveThreshold(input?.anonymityThreshold);
  const index = indexItems(input?.acts ?? []);
  const G = index.G;
  const T = SIGNAL_THRESHOLDS;

  // Participants: dedupe by id (on conflicting roles the smallest role string wins, so
  // the result does not depend on order). Roles are indexed in sorted order.
  const roleById = new Map<string, string>();
  const plist = Array.isArray(input?.participants) ? input.participants : [];
  for (const p of plist) {
    if (!p || typeof p.id !== "string") continue;
    const role = typeof p.role === "string" ? p.role : "";
    const prev = roleById.get(p.id);
    if (prev === undefined || role < prev) roleById.set(p.id, role);
  }
  const P = roleById.size;
  const roleNames = [...new Set([...roleById.values()].filter((r) => r.trim() !== ""))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const R = roleNames.length;
  const roleIndex = new Map<string, number>();
  roleNames.forEach((r, i) => roleIndex.set(r, i));
  const pIndex = new Map<string, number>();
  const roleOf = new Int32Array(P);
  {
    let i = 0;
    for (const [id, role] of roleById) {
      pIndex.set(id, i);
      roleOf[i] = roleIndex.get(role) ?? -1;
      i++;
    }
  }

  // Rows usually arrive grouped by participant: cache the last lookup.
  let lastId: string | undefined;
  let lastP = -1;
  const participantOf = (row: TAnswerRow): number => {
    const id = row.participantId;
    if (id !== lastId) {
      lastId = id;
      lastP = pIndex.get(id) ?? -1;
    }
    return lastP;
  };
  const answers = Array.isArray(input?.answers) ? input.answers : [];
  const acc = accumulate(index, answers, P, participantOf, false);

  // Scratch buffers, reused for every act and role.
  const nowPos = new Float64Array(P);
  const desPos = new Float64Array(P);
  const gapPos = new Float64Array(P);
  const scratch = new Float64Array(P);
  const totals = new Float64Array(2);
  const pair: TPositionPair = { now: NaN, desired: NaN, gap: NaN };
  const respByRole = new Int32Array(R);
  const nowByRole = new Int32Array(R);
  const desByRole = new Int32Array(R);
  const gapByRole = new Int32Array(R);

  const profiles: TActProfile[] = [];
  for (const act of index.acts) {
    let respondents = 0;
    let nNow = 0;
    let nDes = 0;
    let nGap = 0;
    respByRole.fill(0);
    nowByRole.fill(0);
    desByRole.fill(0);
    gapByRole.fill(0);
    for (let p = 0; p < P; p++) {
      positionsOf(acc, G, p, act.start, act.end, totals, pair);
      nowPos[p] = pair.now;
      desPos[p] = pair.desired;
      gapPos[p] = pair.gap;
      const hasA = !Number.isNaN(pair.now);
      const hasB = !Number.isNaN(pair.desired);
      const r = roleOf[p]!;
      if (hasA || hasB) {
        respondents++;
        if (r >= 0) respByRole[r] = respByRole[r]! + 1;
      }
      if (hasA) { nNow++; if (r >= 0) nowByRole[r] = nowByRole[r]! + 1; }
      if (hasB) { nDes++; if (r >= 0) desByRole[r] = desByRole[r]! + 1; }
      if (hasA && hasB) { nGap++; if (r >= 0) gapByRole[r] = gapByRole[r]! + 1; }
    }

    if (respondents < t) {
      profiles.push(hiddenAct(act.id, respondents));
      continue;
    }

    // Whole-group statistics; a series with fewer than t values is withheld.
    let now: TStats | null = null;
    let desired: TStats | null = null;
    let gap: TStats | null = null;
    const split = { now: false, desired: false };
    if (nNow >= t) {
      const s = gatherSorted(nowPos, roleOf, -1, scratch);
      now = statsOfSorted(s, s.length);
      split.now = isSplitSorted(s, s.length);
    }
    if (nDes >= t) {
      const s = gatherSorted(desPos, roleOf, -1, scratch);
      desired = statsOfSorted(s, s.length);
      split.desired = isSplitSorted(s, s.length);
    }
    if (nGap >= t) {
      const s = gatherSorted(gapPos, roleOf, -1, scratch);
      gap = statsOfSorted(s, s.length);
    }

    // Role groups.
    const roleShown = visibleGroups(respByRole, null, respondents, t, R);
    const nowShown = visibleGroups(nowByRole, roleShown, nNow, t, R);
    const desShown = visibleGroups(desByRole, roleShown, nDes, t, R);
    const gapShown = visibleGroups(gapByRole, roleShown, nGap, t, R);
    const byRole: TRoleProfile[] = [];
    for (let r = 0; r < R; r++) {
      if (roleShown[r] !== 1) continue;
      byRole.push({
        role: roleNames[r]!,
        n: respByRole[r]!,
        now: nowShown[r] === 1 ? sortedStats(gatherSorted(nowPos, roleOf, r, scratch)) : null,
        desired: desShown[r] === 1 ? sortedStats(gatherSorted(desPos, roleOf, r, scratch)) : null,
        gap: gapShown[r] === 1 ? sortedStats(gatherSorted(gapPos, roleOf, r, scratch)) : null,
      });
    }

    // Anonymous dots, in an order that says nothing about who is who.
    const dots: TDot[] = [];
    for (let p = 0; p < P; p++) {
      const a = nowPos[p]!;
      const b = desPos[p]!;
      if (Number.isNaN(a) && Number.isNaN(b)) continue;
      const r = roleOf[p]!;
      dots.push({
        now: Number.isNaN(a) ? null : a,
        desired: Number.isNaN(b) ? null : b,
        role: r >= 0 && roleShown[r] === 1 ? roleNames[r]! : null,
      });
    }
    dots.sort(compareDots);

    // Measures.
    let shift: number | null = null;
    if (gap) shift = Math.abs(gap.median);
    if (now && desired) {
      const d = Math.abs(desired.median - now.median);
      shift = shift === null ? d : Math.max(shift, d);
    }
    let spread: number | null = null;
    if (now) spread = now.iqr;
    if (desired) spread = spread === null ? desired.iqr : Math.max(spread, desired.iqr);
    let roleDifference: number | null = null;
    for (const key of ["now", "desired"] as const) {
      let lo = Infinity;
      let hi = -Infinity;
      let groups = 0;
      for (const rp of byRole) {
        const s = rp[key];
        if (!s) continue;
        groups++;
        if (s.median < lo) lo = s.median;
        if (s.median > hi) hi = s.median;
      }
      if (groups >= 2) {
        const diff = clean(hi - lo);
        roleDifference = roleDifference === null ? diff : Math.max(roleDifference, diff);
      }
    }

    // Signals, in a fixed order, and the attention score.
    const signals: TSignal[] = [];
    let attention = 0;
    if (shift !== null && reaches(shift, T.changeWanted)) {
      signals.push("change-wanted");
      attention += shift / T.changeWanted;
    }
    const isSplitAct = split.now || split.desired;
    if ((spread !== null && reaches(spread, T.talkSpreadIqr)) || isSplitAct) {
      signals.push("talk-about-it");
      attention += Math.max(1, (spread ?? 0) / T.talkSpreadIqr) + (isSplitAct ? SPLIT_ATTENTION_BONUS : 0);
    }
    if (roleDifference !== null && reaches(roleDifference, T.rolesDiffer)) {
      signals.push("roles-differ");
      attention += roleDifference / T.rolesDiffer;
    }
    if (
      signals.length === 0 &&
      gap !== null && now !== null && desired !== null && shift !== null &&
      below(shift, T.balancedMaxShift) &&
      below(now.iqr, T.balancedMaxIqr) &&
      below(desired.iqr, T.balancedMaxIqr)
    ) {
      signals.push("balanced-as-wished");
    }

    profiles.push({
      actId: act.id,
      respondents,
      hidden: false,
      now,
      desired,
      gap,
      split,
      dots,
      byRole,
      signals,
      attention: clean(attention),
      measures: { shift: shift === null ? null : clean(shift), spread: spread === null ? null : clean(spread), roleDifference },
    });
  }

  // Distinct participants with any valid answer on any act item.
  let respondentsTotal = 0;
  for (let p = 0; p < P; p++) {
    const base0 = p * 2 * G;
    for (let c = 0; c < 2 * G; c++) {
      if (acc.counts[base0 + c]! > 0) { respondentsTotal++; break; }
    }
  }

  const discussFirst = profiles
    .map((a, i) => ({ id: a.actId, attention: a.attention, i }))
    .filter((a) => a.attention > 0)
    .sort((x, y) => y.attention - x.attention || x.i - y.i)
    .slice(0, DISCUSS_FIRST_LIMIT)
    .map((a) => a.id);

  return { acts: profiles, discussFirst, participants: P, anonymityThreshold: t, respondents: respondentsTotal };
}
