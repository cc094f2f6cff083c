/**
 * Step 1 of the scoring model: from answer rows to positions per participant and act.
 *
 * Answers are mapped to signed integers s in -3..3 first (s / 3 is the position), so a
 * participant's position is one correctly rounded division: sum(s) / (3 k), and so is
 * the gap: (sumD kN - sumN kD) / (3 kN kD). Equal fractions give equal floats.
 * "Don't know" (null) and "does not apply to us" (notApplicable) are missing, never the
 * middle; they are only flagged per cell, to be counted. Rows for unknown items, unknown
 * participants, other dimensions or values outside 1..7 are ignored.
 */
import { isScaleValue } from "@/lib/domain/answer";
import { clean } from "./statistics";
import type { TAnswerRow, TParticipantPosition, TPoleSide, TScoringAct } from "./types";

/** Maps an answer 1..7 onto the act axis: pole A = -1, middle = 0, pole B = +1. */
export function mapAnswerToAxis(value: number, left: TPoleSide): number {
  return (left === "a" ? (value - 4) / 3 : (4 - value) / 3) + 0;
}

export interface TItemIndex {
  /** Sanitised acts, in input order. */
  acts: { id: string; start: number; end: number; itemCount: number }[];
  /** Item id -> global item index (first occurrence wins if an id repeats). */
  byId: Map<string, number>;
  /** +1 when the item's left text is pole A, -1 when it is pole B. */
  sign: Int8Array;
  /** Number of distinct items over all acts. */
  G: number;
}

export function indexItems(acts: readonly TScoringAct[]): TItemIndex {
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

/** Flags of a cell without a valid answer: which missing kinds were seen. */
export const DONT_KNOW = 1;
export const NOT_APPLICABLE = 2;

export interface TAccumulated {
  /** sums[(p * 2 + d) * G + g]: sum of signed answers s = +-(v - 4), in -3..3 each. */
  sums: Int32Array;
  /** Number of valid answers in the same cell (more than 1 only for duplicate rows). */
  counts: Int32Array;
  /** DONT_KNOW and/or NOT_APPLICABLE when such a row was seen for the cell. */
  missing: Uint8Array;
}

/**
 * What a cell holds: a position (a valid answer wins over any missing row), else "does
 * not apply", else "don't know", else nothing. Independent of the rows' order.
 */
export function cellKind(acc: TAccumulated, cell: number): "position" | "notApplicable" | "dontKnow" | null {
  if (acc.counts[cell]! > 0) return "position";
  const flags = acc.missing[cell]!;
  return flags & NOT_APPLICABLE ? "notApplicable" : flags & DONT_KNOW ? "dontKnow" : null;
}

/** One pass over the rows into typed arrays: no per-row objects. */
export function accumulate(
  index: TItemIndex,
  answers: readonly TAnswerRow[],
  P: number,
  participantOf: (row: TAnswerRow) => number,
): TAccumulated {
  const G = index.G;
  const size = P * 2 * G;
  const sums = new Int32Array(size);
  const counts = new Int32Array(size);
  const missing = new Uint8Array(size);
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
    if (row.notApplicable === true) {
      missing[cell] = missing[cell]! | NOT_APPLICABLE;
    } else if (isScaleValue(v)) {
      sums[cell] = sums[cell]! + sign[g]! * (v - 4);
      counts[cell] = counts[cell]! + 1;
    } else if (v === null) {
      missing[cell] = missing[cell]! | DONT_KNOW;
    }
  }
  return { sums, counts, missing };
}

/** Now, desired and gap of one participant on one act; NaN = missing. */
export interface TPositionPair { now: number; desired: number; gap: number }

/**
 * For a dimension, `total` is the sum over answered items of the item's mean signed
 * answer (an integer unless duplicate rows were averaged) and `k` the number of answered
 * items; the position is total / (3 k). Written into out[0] and out[1].
 */
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

/**
 * Writes now, desired and gap (NaN = missing) of participant p on items [start, end)
 * into `pair`. The gap is computed from the same integers in one division,
 * (totalD kN - totalN kD) / (3 kN kD), so equal fractions always give the same float
 * (1 - 2/3 in floating point is not the float nearest to 1/3).
 */
export function positionsOf(acc: TAccumulated, G: number, p: number, start: number, end: number, scratch: Float64Array, pair: TPositionPair): void {
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

/**
 * One participant's own positions per act. No anonymity threshold: it is their own
 * data. Pass only that participant's rows; or pass `participantId` to ignore rows of
 * anyone else (without it, every row is treated as this participant's).
 */
export function computeParticipantPositions(acts: TScoringAct[], answers: TAnswerRow[], participantId?: string): TParticipantPosition[] {
  const index = indexItems(acts);
  const owner = participantId === undefined ? () => 0 : (row: TAnswerRow) => (row.participantId === participantId ? 0 : -1);
  const acc = accumulate(index, answers, 1, owner);
  const G = index.G;
  const scratch = new Float64Array(2);
  const pair: TPositionPair = { now: NaN, desired: NaN, gap: NaN };
  return index.acts.map((act) => {
    positionsOf(acc, G, 0, act.start, act.end, scratch, pair);
    const { now, desired, gap } = pair;
    const kinds = { position: 0, dontKnow: 0, notApplicable: 0 };
    for (let d = 0; d < 2; d++) {
      const base = d * G;
      for (let g = act.start; g < act.end; g++) {
        const kind = cellKind(acc, base + g);
        if (kind) kinds[kind]++;
      }
    }
    const hasNow = !Number.isNaN(now);
    const hasDesired = !Number.isNaN(desired);
    return {
      actId: act.id,
      now: hasNow ? now : null,
      desired: hasDesired ? desired : null,
      gap: hasNow && hasDesired ? gap : null,
      answered: kinds.position,
      total: act.itemCount * 2,
      unknown: kinds.dontKnow,
      notApplicable: kinds.notApplicable,
    };
  });
}
