/** The whole session profile (lib/domain/scoring/profile.ts): a worked example, act-level anonymity, edge cases. */
import { describe, expect, it } from "vitest";
import { DEFAULT_ANONYMITY_THRESHOLD, computeParticipantPositions, computeSessionProfile, type TAnswerRow, type TScoringAct } from "@/lib/domain/scoring";
import { expectStats, makeAct, oneActSession, profileOf, rowsFor, single } from "./scoring.fixtures";

describe("session profile: a worked example", () => {
  // Items: item1 left a, item2 left b.
  //   p1 gemeente: now [2, 6] -> -2/3, -2/3 = -2/3   desired [5, 3] -> 1/3, 1/3 = 1/3
  //   p2 gemeente: now [3, 5] -> -1/3               desired [6, 2] -> 2/3
  //   p3 zorg:     now [1, null] -> -1              desired [4, 4] -> 0
  //   p4 zorg:     now [4, 4] -> 0                  desired [7, 1] -> 1
  // Every gap is exactly 1.
  const input = oneActSession(
    ["a", "b"],
    [
      { role: "gemeente", now: [2, 6], desired: [5, 3] },
      { role: "gemeente", now: [3, 5], desired: [6, 2] },
      { role: "zorg", now: [1, null], desired: [4, 4] },
      { role: "zorg", now: [4, 4], desired: [7, 1] },
    ],
    2,
  );
  const act = profileOf(input);

  it("computes now, desired and gap statistics", () => {
    expect(act.hidden).toBe(false);
    expect(act.respondents).toBe(4);
    // now sorted -1, -2/3, -1/3, 0: q1 = 0.25(-1) + 0.75(-2/3) = -0.75, q3 = 0.75(-1/3) = -0.25,
    // sd = sqrt((0.25 + 1/36 + 1/36 + 0.25) / 4)
    expectStats(act.now, { n: 4, median: -0.5, mean: -0.5, q1: -0.75, q3: -0.25, iqr: 0.5, sd: Math.sqrt((0.5 + 2 / 36) / 4), min: -1, max: 0 });
    expectStats(act.desired, { n: 4, median: 0.5, mean: 0.5, q1: 0.25, q3: 0.75, iqr: 0.5, sd: Math.sqrt((0.5 + 2 / 36) / 4), min: 0, max: 1 });
    expectStats(act.gap, { n: 4, median: 1, mean: 1, q1: 1, q3: 1, iqr: 0, sd: 0, min: 1, max: 1 });
    expect(act.split).toEqual({ now: false, desired: false });
  });

  it("breaks down by role (threshold 2) with equal medians, so roles do not differ", () => {
    expect(act.byRole.map((r) => [r.role, r.n])).toEqual([["gemeente", 2], ["zorg", 2]]);
    expect(act.byRole[0]?.now?.median).toBeCloseTo(-0.5, 12);
    expect(act.byRole[1]?.now?.median).toBeCloseTo(-0.5, 12);
    expect(act.byRole[0]?.desired?.median).toBeCloseTo(0.5, 12);
    expect(act.byRole[1]?.desired?.median).toBeCloseTo(0.5, 12);
    expect(act.byRole[1]?.gap?.median).toBe(1);
    expect(act.measures.roleDifference).toBeCloseTo(0, 12);
  });

  it("fires only change-wanted, attention = shift / 0.5 = 2", () => {
    expect(act.measures.shift).toBe(1);
    expect(act.measures.spread).toBeCloseTo(0.5, 12);
    expect(act.signals).toEqual(["change-wanted"]);
    expect(act.attention).toBeCloseTo(2, 12);
  });

  it("returns anonymous dots sorted by now, then desired", () => {
    const dots = act.dots ?? [];
    expect(dots.map((d) => d.role)).toEqual(["zorg", "gemeente", "gemeente", "zorg"]);
    expect(dots[0]?.now).toBe(-1);
    expect(dots[0]?.desired).toBe(0);
    expect(dots[1]?.now).toBeCloseTo(-2 / 3, 12);
    expect(dots[3]).toEqual({ now: 0, desired: 1, role: "zorg" });
  });

  it("does not depend on the order of participants or rows", () => {
    const shuffled = { ...input, participants: [...input.participants].reverse(), answers: [...input.answers].reverse() };
    expect(computeSessionProfile(shuffled)).toEqual(computeSessionProfile(input));
  });
});
describe("anonymity", () => {
  it("hides an act with threshold - 1 respondents and shows it at the threshold", () => {
    expect(DEFAULT_ANONYMITY_THRESHOLD).toBe(3);
    const two = profileOf(oneActSession(["a"], [single("r", 1, 7), single("r", 2, 7)]));
    expect(two).toMatchObject({ respondents: 2, hidden: true, now: null, desired: null, gap: null, dots: null, byRole: [], signals: [], attention: 0 });
    expect(two.split).toEqual({ now: false, desired: false });
    expect(two.measures).toEqual({ shift: null, spread: null, roleDifference: null });

    const three = profileOf(oneActSession(["a"], [single("r", 1, 7), single("r", 2, 7), single("r", 3, 7)]));
    expect(three.hidden).toBe(false);
    expect(three.dots).toHaveLength(3);
    expect(three.now?.n).toBe(3);
  });

  it("uses a configured threshold, never below 2", () => {
    const people = [single("r", 1, 7), single("r", 2, 7), single("r", 3, 7)];
    expect(profileOf(oneActSession(["a"], people, 4)).hidden).toBe(true);
    expect(computeSessionProfile(oneActSession(["a"], people, 4)).anonymityThreshold).toBe(4);
    expect(computeSessionProfile(oneActSession(["a"], people, 1)).anonymityThreshold).toBe(2);
    expect(computeSessionProfile(oneActSession(["a"], people, 2.7)).anonymityThreshold).toBe(2);
    expect(computeSessionProfile(oneActSession(["a"], people, Number.NaN)).anonymityThreshold).toBe(3);
    expect(computeSessionProfile(oneActSession(["a"], people)).anonymityThreshold).toBe(3);
  });

  it("withholds a series (now, desired, gap) with fewer values than the threshold", () => {
    // p3 answered only desired: now has 2 values, desired 3, gap 2.
    const act = profileOf(oneActSession(["a"], [single("r", 1, 7), single("r", 2, 6), single("r", undefined, 5)]));
    expect(act.hidden).toBe(false);
    expect(act.now).toBeNull();
    expect(act.gap).toBeNull();
    expect(act.desired?.n).toBe(3);
    expect(act.dots?.map((d) => d.now)).toEqual([-1, -2 / 3, null]); // missing sorts last
  });

  it("dots are sorted by now, then desired: participant order is not revealed", () => {
    const act = profileOf(oneActSession(["a"], [single("r", 4, 7), single("r", 4, 1), single("r", 1, 4)]));
    expect(act.dots).toEqual([
      { now: -1, desired: 0, role: "r" },
      { now: 0, desired: -1, role: "r" },
      { now: 0, desired: 1, role: "r" },
    ]);
  });
});

describe("missing answers and edge cases", () => {
  it("a participant with only 'don't know' is not a respondent", () => {
    const input = oneActSession(["a"], [single("r", 1, 1), single("r", 2, 2), single("r", null, null)]);
    const profile = computeSessionProfile(input);
    expect(profile.participants).toBe(3);
    expect(profile.respondents).toBe(2);
    expect(profile.acts[0]?.respondents).toBe(2);
    expect(profile.acts[0]?.hidden).toBe(true);
  });

  it("a single participant: the act stays hidden in the session, their own view still works", () => {
    const input = oneActSession(["a", "b"], [{ role: "r", now: [7, 1], desired: [4, null] }], 1);
    const profile = computeSessionProfile(input);
    expect(profile.anonymityThreshold).toBe(2);
    expect(profile.acts[0]).toMatchObject({ hidden: true, respondents: 1, dots: null });
    expect(profile.discussFirst).toEqual([]);
    const [own] = computeParticipantPositions(input.acts, input.answers);
    expect(own).toMatchObject({ now: 1, desired: 0, gap: -1, answered: 3, total: 4, unknown: 1 });
  });

  it("an empty session", () => {
    expect(computeSessionProfile({ acts: [], participants: [], answers: [] })).toEqual({
      acts: [],
      discussFirst: [],
      participants: 0,
      anonymityThreshold: 3,
      respondents: 0,
    });
    const noAnswers = computeSessionProfile({ acts: [makeAct("x", ["a"])], participants: [], answers: [] });
    expect(noAnswers.acts[0]).toMatchObject({ actId: "x", respondents: 0, hidden: true });
    expect(computeParticipantPositions([], [])).toEqual([]);
  });

  it("ignores unknown items, unknown participants and values outside 1..7, and never throws", () => {
    const input = oneActSession(["a"], [single("r", 1, 2), single("r", 3, 4), single("r", 5, 6)]);
    const odd = [
      { participantId: "p1", itemId: "nope", dimension: "now", value: 7 },
      { participantId: "ghost", itemId: "act-1", dimension: "now", value: 7 },
      { participantId: "p1", itemId: "act-1", dimension: "now", value: 0 },
      { participantId: "p1", itemId: "act-1", dimension: "now", value: 8 },
      { participantId: "p1", itemId: "act-1", dimension: "now", value: 3.5 },
      { participantId: "p1", itemId: "act-1", dimension: "now", value: Number.NaN },
      { participantId: "p1", itemId: "act-1", dimension: "now", value: Number.POSITIVE_INFINITY },
      { participantId: "p1", itemId: "act-1", dimension: "now", value: "4" },
      { participantId: "p1", itemId: "act-1", dimension: "later", value: 4 },
      null,
    ] as unknown as TAnswerRow[];
    const noisy = { ...input, answers: [...input.answers, ...odd] };
    expect(computeSessionProfile(noisy)).toEqual(computeSessionProfile(input));
    const own = [...rowsFor("p1", input.acts[0] as TScoringAct, [1], [2]), ...odd];
    expect(computeParticipantPositions(input.acts, own, "p1")[0]).toMatchObject({
      now: -1,
      desired: expect.closeTo(-2 / 3, 12),
      answered: 2,
    });
    // Without participantId every row counts as the participant's: the ghost's 7 is averaged in.
    expect(computeParticipantPositions(input.acts, own)[0]?.now).toBe(0);
  });
});
