/** Answers without a position per act: "don't know" and "does not apply to us" (lib/domain/scoring/missing.ts). */
import { describe, expect, it } from "vitest";
import type { TAnswerRow } from "@/lib/domain/scoring";
import { makeAct, oneActSession, profileOf, rowsFor, single } from "./scoring.fixtures";

/** Marks the rows of these participants' answers to one item as "does not apply to us". */
function notApplicable(rows: TAnswerRow[], participantIds: string[], itemId: string): TAnswerRow[] {
  return rows.map((r) => (participantIds.includes(r.participantId) && r.itemId === itemId ? { ...r, value: null, notApplicable: true } : r));
}

describe("the tally of answers without a position", () => {
  it("counts 'don't know' and 'does not apply' apart, per answer, out of every answer on the act", () => {
    const session = oneActSession(
      ["a", "b"],
      [
        { role: "zorg", now: [2, null], desired: [3, 5] },
        { role: "zorg", now: [4, 4], desired: [null, 6] },
        { role: "zorg", now: [6, 1], desired: [7, 2] },
      ],
    );
    const answers = notApplicable(session.answers, ["p3"], "act-2");
    const act = profileOf({ ...session, answers });
    expect(act.missing).toEqual({ responders: 3, answers: 12, dontKnow: 2, notApplicable: 2 });
  });

  it("does not change the positions: 'does not apply' is missing, not the middle", () => {
    const people = [single("zorg", 7, 7), single("zorg", 1, 1), single("zorg", 5, 5), single("zorg", 4, 4)];
    const session = oneActSession(["a"], people);
    const withNa = { ...session, answers: notApplicable(session.answers, ["p4"], "act-1") };
    const act = profileOf(withNa);
    expect(act.respondents).toBe(3);
    expect(act.now?.median).toBe(profileOf(oneActSession(["a"], people.slice(0, 3))).now?.median);
    expect(act.missing).toMatchObject({ responders: 4, notApplicable: 2, dontKnow: 0 });
  });

  it("is withheld below the anonymity threshold, counting everyone who answered the act in any way", () => {
    const two = oneActSession(["a"], [single("zorg", 3, null), single("zorg", null, null)], 3);
    expect(profileOf(two).missing).toBeNull();
    // Three participants answered, but only one has a position: the act is hidden, the tally is not.
    const act = makeAct("act", ["a"]);
    const rows = [
      ...rowsFor("p1", act, [3], [4]),
      ...notApplicable(rowsFor("p2", act, [4], [4]), ["p2"], "act-1"),
      ...notApplicable(rowsFor("p3", act, [4], [4]), ["p3"], "act-1"),
    ];
    const participants = ["p1", "p2", "p3"].map((id) => ({ id, role: "zorg" }));
    const hidden = profileOf({ acts: [act], participants, answers: rows, anonymityThreshold: 3 });
    expect(hidden.hidden).toBe(true);
    expect(hidden.now).toBeNull();
    expect(hidden.missing).toEqual({ responders: 3, answers: 6, dontKnow: 0, notApplicable: 4 });
  });

  it("does not depend on the order of the rows, and a position wins over a missing row for the same answer", () => {
    const act = makeAct("act", ["a"]);
    const rows: TAnswerRow[] = [
      { participantId: "p1", itemId: "act-1", dimension: "now", value: null },
      { participantId: "p1", itemId: "act-1", dimension: "now", value: 5 },
      { participantId: "p2", itemId: "act-1", dimension: "now", value: null },
      { participantId: "p2", itemId: "act-1", dimension: "now", value: null, notApplicable: true },
    ];
    const participants = [{ id: "p1", role: "" }, { id: "p2", role: "" }];
    const forward = profileOf({ acts: [act], participants, answers: rows, anonymityThreshold: 2 });
    const backward = profileOf({ acts: [act], participants, answers: [...rows].reverse(), anonymityThreshold: 2 });
    expect(forward.missing).toEqual({ responders: 2, answers: 2, dontKnow: 0, notApplicable: 1 });
    expect(backward.missing).toEqual(forward.missing);
  });
});
