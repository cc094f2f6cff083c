/**
 * Shared helpers for the scoring tests (tests/unit/scoring.*.test.ts): build small
 * sessions by hand. Item ids are `${actId}-${n}`.
 */
import { expect } from "vitest";
import { computeSessionProfile, type TActProfile, type TAnswerRow, type TPoleSide, type TScoringAct, type TScoringParticipant, type TStats } from "@/lib/domain/scoring";

export type TCell = number | null | undefined; // undefined = no row at all
export interface TPerson { role: string; now: TCell[]; desired: TCell[] }

export function makeAct(id: string, lefts: TPoleSide[]): TScoringAct {
  return { id, items: lefts.map((left, i) => ({ id: `${id}-${i + 1}`, left })) };
}

export function rowsFor(participantId: string, act: TScoringAct, now: TCell[], desired: TCell[]): TAnswerRow[] {
  const rows: TAnswerRow[] = [];
  act.items.forEach((item, i) => {
    const n = now[i];
    const d = desired[i];
    if (n !== undefined) rows.push({ participantId, itemId: item.id, dimension: "now", value: n });
    if (d !== undefined) rows.push({ participantId, itemId: item.id, dimension: "desired", value: d });
  });
  return rows;
}

/** One act, several people. */
export function oneActSession(lefts: TPoleSide[], people: TPerson[], anonymityThreshold?: number) {
  const act = makeAct("act", lefts);
  const participants: TScoringParticipant[] = people.map((p, i) => ({ id: `p${i + 1}`, role: p.role }));
  const answers = people.flatMap((p, i) => rowsFor(`p${i + 1}`, act, p.now, p.desired));
  return { acts: [act], participants, answers, anonymityThreshold };
}

/** Shorthand: people who answer a one-item act with the same role. */
export function single(role: string, now: TCell, desired: TCell): TPerson {
  return { role, now: [now], desired: [desired] };
}

export function profileOf(input: Parameters<typeof computeSessionProfile>[0]): TActProfile {
  const act = computeSessionProfile(input).acts[0];
  if (!act) throw new Error("no act");
  return act;
}

export function expectStats(actual: TStats | null, expected: Omit<TStats, "n"> & { n: number }) {
  expect(actual).not.toBeNull();
  const a = actual as TStats;
  expect(a.n).toBe(expected.n);
  for (const key of ["median", "mean", "q1", "q3", "iqr", "sd", "min", "max"] as const) {
    expect(a[key], key).toBeCloseTo(expected[key], 10);
  }
}

