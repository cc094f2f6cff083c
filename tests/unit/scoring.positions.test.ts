/** Step 1: answers -> positions per participant and act (lib/domain/scoring/positions.ts). */
import { describe, expect, it } from "vitest";
import { computeParticipantPositions, mapAnswerToAxis, type TAnswerRow } from "@/lib/domain/scoring";
import { makeAct, rowsFor } from "./scoring.fixtures";

describe("mapAnswerToAxis", () => {
  it("maps left = a: 1 is pole A (-1), 4 is the middle, 7 is pole B (+1)", () => {
    expect(mapAnswerToAxis(1, "a")).toBe(-1);
    expect(mapAnswerToAxis(2, "a")).toBeCloseTo(-2 / 3, 12);
    expect(mapAnswerToAxis(4, "a")).toBe(0);
    expect(mapAnswerToAxis(5, "a")).toBeCloseTo(1 / 3, 12);
    expect(mapAnswerToAxis(7, "a")).toBe(1);
  });

  it("maps left = b the other way round: 1 is pole B (+1), 7 is pole A (-1)", () => {
    expect(mapAnswerToAxis(1, "b")).toBe(1);
    expect(mapAnswerToAxis(2, "b")).toBeCloseTo(2 / 3, 12);
    expect(mapAnswerToAxis(4, "b")).toBe(0);
    expect(Object.is(mapAnswerToAxis(4, "b"), 0)).toBe(true); // never -0
    expect(mapAnswerToAxis(6, "b")).toBeCloseTo(-2 / 3, 12);
    expect(mapAnswerToAxis(7, "b")).toBe(-1);
  });
});
describe("participant positions", () => {
  const act = makeAct("act", ["a", "b", "a"]);

  it("averages the mapped answers per dimension; null is missing, not the middle", () => {
    // now: item1 7 (left a) -> +1, item2 7 (left b) -> -1, item3 null -> missing: mean of +1, -1 = 0
    // desired: item1 6 -> +2/3, item2 2 (left b) -> +2/3, item3 4 -> 0: mean 4/9
    const rows = rowsFor("x", act, [7, 7, null], [6, 2, 4]);
    const [pos] = computeParticipantPositions([act], rows);
    expect(pos?.actId).toBe("act");
    expect(pos?.now).toBe(0);
    expect(pos?.desired).toBeCloseTo(4 / 9, 12);
    expect(pos?.gap).toBeCloseTo(4 / 9, 12);
    expect(pos?.answered).toBe(5);
    expect(pos?.unknown).toBe(1);
    expect(pos?.total).toBe(6);
  });

  it("computes the gap as one exact fraction: 1 - 2/3 gives the float nearest to 1/3", () => {
    const [pos] = computeParticipantPositions([act], rowsFor("x", act, [6], [7]));
    expect(pos?.now).toBe(2 / 3);
    expect(pos?.desired).toBe(1);
    expect(1 - 2 / 3).not.toBe(1 / 3); // plain subtraction is one ulp off
    expect(pos?.gap).toBe(1 / 3);
  });

  it("a null answer does not pull the position to the middle", () => {
    const [withNull] = computeParticipantPositions([act], rowsFor("x", act, [7, null, null], []));
    expect(withNull?.now).toBe(1);
    expect(withNull?.desired).toBeNull();
    expect(withNull?.gap).toBeNull();
  });

  it("a participant with only 'don't know' has no position at all", () => {
    const [pos] = computeParticipantPositions([act], rowsFor("x", act, [null, null, null], [null, null, null]));
    expect(pos).toEqual({ actId: "act", now: null, desired: null, gap: null, answered: 0, total: 6, unknown: 6, notApplicable: 0 });
  });

  it("'does not apply to us' is missing too, counted apart from 'don't know', and never a position", () => {
    const rows: TAnswerRow[] = [
      ...rowsFor("x", act, [7, null, null], [6]),
      { participantId: "x", itemId: "act-2", dimension: "now", value: null, notApplicable: true },
      // A value beside notApplicable is not a position.
      { participantId: "x", itemId: "act-3", dimension: "desired", value: 1, notApplicable: true },
    ];
    const [pos] = computeParticipantPositions([act], rows);
    expect(pos).toMatchObject({ now: 1, desired: 2 / 3, answered: 2, unknown: 1, notApplicable: 2, total: 6 });
  });

  it("duplicate rows for one item are averaged first, so an item never weighs double", () => {
    const two = makeAct("two", ["a", "a"]);
    const rows: TAnswerRow[] = [
      { participantId: "x", itemId: "two-1", dimension: "now", value: 7 },
      { participantId: "x", itemId: "two-1", dimension: "now", value: 5 },
      { participantId: "x", itemId: "two-2", dimension: "now", value: 4 },
    ];
    // item1: (1 + 1/3) / 2 = 2/3, item2: 0 -> (2/3 + 0) / 2 = 1/3
    const [pos] = computeParticipantPositions([two], rows);
    expect(pos?.now).toBeCloseTo(1 / 3, 12);
    expect(pos?.answered).toBe(2);
  });

  it("one position per act, in act order, including acts without answers", () => {
    const other = makeAct("other", ["b"]);
    const positions = computeParticipantPositions([act, other], rowsFor("x", other, [2], [undefined]));
    expect(positions.map((p) => p.actId)).toEqual(["act", "other"]);
    expect(positions[0]).toMatchObject({ now: null, desired: null, answered: 0, total: 6 });
    expect(positions[1]?.now).toBeCloseTo(2 / 3, 12);
  });
});
