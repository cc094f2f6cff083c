import { describe, expect, it } from "vitest";
import {
  DEFAULT_ANONYMITY_THRESHOLD,
  DISCUSS_FIRST_LIMIT,
  SIGNAL_THRESHOLDS,
  computeParticipantPositions,
  computeSessionProfile,
  computeStats,
  isSplit,
  mapAnswerToAxis,
  type TActProfile,
  type TAnswerRow,
  type TPoleSide,
  type TScoringAct,
  type TScoringParticipant,
  type TStats,
} from "../../lib/domain/scoring";

// ---------------------------------------------------------------------------
// Helpers: build small sessions by hand. Item ids are `${actId}-${n}`.
// ---------------------------------------------------------------------------

type TCell = number | null | undefined; // undefined = no row at all
interface TPerson { role: string; now: TCell[]; desired: TCell[] }

function makeAct(id: string, lefts: TPoleSide[]): TScoringAct {
  return { id, items: lefts.map((left, i) => ({ id: `${id}-${i + 1}`, left })) };
}

function rowsFor(participantId: string, act: TScoringAct, now: TCell[], desired: TCell[]): TAnswerRow[] {
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
function oneActSession(lefts: TPoleSide[], people: TPerson[], anonymityThreshold?: number) {
  const act = makeAct("act", lefts);
  const participants: TScoringParticipant[] = people.map((p, i) => ({ id: `p${i + 1}`, role: p.role }));
  const answers = people.flatMap((p, i) => rowsFor(`p${i + 1}`, act, p.now, p.desired));
  return { acts: [act], participants, answers, anonymityThreshold };
}

/** Shorthand: people who answer a one-item act with the same role. */
function single(role: string, now: TCell, desired: TCell): TPerson {
  return { role, now: [now], desired: [desired] };
}

function profileOf(input: Parameters<typeof computeSessionProfile>[0]): TActProfile {
  const act = computeSessionProfile(input).acts[0];
  if (!act) throw new Error("no act");
  return act;
}

function expectStats(actual: TStats | null, expected: Omit<TStats, "n"> & { n: number }) {
  expect(actual).not.toBeNull();
  const a = actual as TStats;
  expect(a.n).toBe(expected.n);
  for (const key of ["median", "mean", "q1", "q3", "iqr", "sd", "min", "max"] as const) {
    expect(a[key], key).toBeCloseTo(expected[key], 10);
  }
}

// ---------------------------------------------------------------------------

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

describe("computeStats (quantiles by linear interpolation, type 7; population sd)", () => {
  it("even n: [1, 2, 3, 4]", () => {
    // h = (n - 1) p: q1 at 0.75 -> 1 + 0.75 = 1.75; median at 1.5 -> 2.5; q3 at 2.25 -> 3.25.
    // sd = sqrt(((1.5^2 + 0.5^2) * 2) / 4) = sqrt(1.25).
    expectStats(computeStats([4, 1, 3, 2]), { n: 4, median: 2.5, mean: 2.5, q1: 1.75, q3: 3.25, iqr: 1.5, sd: Math.sqrt(1.25), min: 1, max: 4 });
  });

  it("odd n: [0, 1, 1, 4, 9]", () => {
    // q1 at h = 1 -> 1; median at 2 -> 1; q3 at 3 -> 4; mean 3; sd = sqrt((9+4+4+1+36)/5) = sqrt(10.8).
    expectStats(computeStats([9, 1, 0, 4, 1]), { n: 5, median: 1, mean: 3, q1: 1, q3: 4, iqr: 3, sd: Math.sqrt(10.8), min: 0, max: 9 });
  });

  it("a single value and the empty list", () => {
    expectStats(computeStats([0.5]), { n: 1, median: 0.5, mean: 0.5, q1: 0.5, q3: 0.5, iqr: 0, sd: 0, min: 0.5, max: 0.5 });
    expect(computeStats([])).toBeNull();
    expect(computeStats([Number.NaN, Number.POSITIVE_INFINITY])).toBeNull();
  });
});

describe("isSplit", () => {
  it("needs at least 4 values and >= 25% on each side (<= -0.25 and >= +0.25, inclusive)", () => {
    expect(SIGNAL_THRESHOLDS.splitMinRespondents).toBe(4);
    expect(isSplit([-1, -1, 1])).toBe(false); // too few
    expect(isSplit([-1, -1, 1, 1])).toBe(true);
    expect(isSplit([-1, 1, 1, 1, 1])).toBe(false); // 20% on the A side
    expect(isSplit([-0.25, 0.25, 0, 0])).toBe(true); // boundaries count
    expect(isSplit([-0.2, 0.3, 0, 0])).toBe(false); // -0.2 is not on a side
    expect(isSplit([0, 0, 0, 0, 0])).toBe(false);
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
    expect(pos).toEqual({ actId: "act", now: null, desired: null, gap: null, answered: 0, total: 6, unknown: 6 });
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

describe("signals", () => {
  it("change-wanted fires at exactly 0.5 and not at one scale step (1/3)", () => {
    const people = (d: TCell[]) => [0, 1, 2].map(() => ({ role: "r", now: [4, 4] as TCell[], desired: d }));
    const at = profileOf(oneActSession(["a", "a"], people([5, 6]))); // desired (1/3 + 2/3) / 2 = 0.5
    expect(at.gap?.median).toBeCloseTo(0.5, 12);
    expect(at.signals).toEqual(["change-wanted"]);
    expect(at.attention).toBeCloseTo(1, 12);

    const below = profileOf(oneActSession(["a", "a"], people([5, 5]))); // gap 1/3
    expect(below.signals).toEqual([]); // too big for balanced-as-wished (>= 0.2), too small for change
    expect(below.attention).toBe(0);
  });

  it("change-wanted also fires when the medians move but the median personal gap is 0", () => {
    // now -1, 0, 1; desired -1, 1, 1: gaps 0, 1, 0 -> median gap 0; medians 0 -> 1.
    const act = profileOf(oneActSession(["a"], [single("r", 1, 1), single("r", 4, 7), single("r", 7, 7)]));
    expect(act.gap?.median).toBe(0);
    expect(act.measures.shift).toBe(1);
    expect(act.signals).toContain("change-wanted");
  });

  it("talk-about-it fires on a polarised group whose mean and median are 0 (split)", () => {
    // left b: 7 -> -1, 6 -> -2/3, 2 -> +2/3, 1 -> +1
    const values = [7, 7, 6, 2, 1, 1];
    const act = profileOf(oneActSession(["b"], values.map((v) => single("r", v, v))));
    expect(act.now?.mean).toBeCloseTo(0, 12);
    expect(act.now?.median).toBe(0);
    expect(act.split).toEqual({ now: true, desired: true });
    // q1 = 0.75(-1) + 0.25(-2/3) = -11/12, q3 = 11/12
    expect(act.now?.iqr).toBeCloseTo(22 / 12, 12);
    expect(act.signals).toEqual(["talk-about-it"]);
    // attention = max(1, IQR / 0.6) + split bonus 0.5
    expect(act.attention).toBeCloseTo(22 / 12 / 0.6 + 0.5, 12);
  });

  it("a split alone is enough for talk-about-it, even with a small IQR", () => {
    // 2 of 8 at -1/3, 4 at 0, 2 at +1/3: exactly 25% on each side; IQR = 1/6
    const values = [3, 3, 4, 4, 4, 4, 5, 5];
    const act = profileOf(oneActSession(["a"], values.map((v) => single("r", v, v))));
    expect(act.now?.iqr).toBeCloseTo(1 / 6, 12);
    expect(act.split.now).toBe(true);
    expect(act.signals).toEqual(["talk-about-it"]);
    expect(act.attention).toBeCloseTo(1.5, 12);
  });

  it("talk-about-it fires on a wide IQR without a split, and not on a narrower one", () => {
    // 0, 0, 2/3, 1: q3 = 0.75(2/3) + 0.25(1) = 0.75 -> IQR 0.75
    const wide = profileOf(oneActSession(["a"], [4, 4, 6, 7].map((v) => single("r", v, v))));
    expect(wide.now?.iqr).toBeCloseTo(0.75, 12);
    expect(wide.split.now).toBe(false);
    expect(wide.signals).toEqual(["talk-about-it"]);
    expect(wide.attention).toBeCloseTo(0.75 / 0.6, 12);

    // 0, 0, 1/3, 2/3: IQR 5/12 ~ 0.417: no talk, and too wide for balanced-as-wished (>= 0.4)
    const narrow = profileOf(oneActSession(["a"], [4, 4, 5, 6].map((v) => single("r", v, v))));
    expect(narrow.now?.iqr).toBeCloseTo(5 / 12, 12);
    expect(narrow.signals).toEqual([]);
  });

  it("balanced-as-wished: small gap, small spread, no other signal", () => {
    // 0, 0, 1/3, 1/3 now and desired: gap 0, IQR 1/3 < 0.4, no split (nobody <= -0.25)
    const act = profileOf(oneActSession(["a"], [4, 4, 5, 5].map((v) => single("r", v, v))));
    expect(act.now?.iqr).toBeCloseTo(1 / 3, 12);
    expect(act.signals).toEqual(["balanced-as-wished"]);
    expect(act.attention).toBe(0);
  });

  it("balanced-as-wished does not depend on where the group sits: all at pole A is fine too", () => {
    const act = profileOf(oneActSession(["a"], [1, 1, 1].map((v) => single("r", v, v))));
    expect(act.now?.median).toBe(-1);
    expect(act.signals).toEqual(["balanced-as-wished"]);
  });

  const rolesPeople = (gemeente: number): TPerson[] => [
    ...Array.from({ length: gemeente }, () => single("gemeente", 4, 4)), // 0
    ...Array.from({ length: 3 }, () => single("zorg", 6, 6)), // 2/3
    ...Array.from({ length: 10 }, () => single("inwoner", 5, 5)), // 1/3
  ];

  it("roles-differ fires when two shown role groups' medians differ by >= 0.6", () => {
    const act = profileOf(oneActSession(["a"], rolesPeople(3)));
    expect(act.byRole.map((r) => r.role)).toEqual(["gemeente", "inwoner", "zorg"]);
    expect(act.now?.iqr).toBe(0);
    expect(act.measures.roleDifference).toBeCloseTo(2 / 3, 12);
    expect(act.signals).toEqual(["roles-differ"]);
    expect(act.attention).toBeCloseTo(2 / 3 / 0.6, 12);
  });

  it("roles-differ does not fire when a group is below the threshold (and its complement is protected)", () => {
    // gemeente has 2 < 3. zorg (3) would be shown, but then "everyone not shown" would be
    // the 2 gemeente people, whose mean follows from the total: so zorg is withheld too.
    const act = profileOf(oneActSession(["a"], rolesPeople(2)));
    expect(act.byRole.map((r) => r.role)).toEqual(["inwoner"]);
    expect(act.measures.roleDifference).toBeNull();
    expect(act.signals).toEqual(["balanced-as-wished"]);
    const roles = (act.dots ?? []).map((d) => d.role);
    expect(roles.filter((r) => r === null)).toHaveLength(5);
    expect(roles.filter((r) => r === "inwoner")).toHaveLength(10);
  });

  it("signals come in a fixed order and attention adds up", () => {
    // now: 1, 1, 7, 7 (split), desired all 4. Gaps +1, +1, -1, -1: median gap 0, medians 0 -> 0.
    const act = profileOf(oneActSession(["a"], [1, 1, 7, 7].map((v) => single("r", v, 4))));
    expect(act.split).toEqual({ now: true, desired: false });
    expect(act.signals).toEqual(["talk-about-it"]);
    expect(act.attention).toBeCloseTo(2 / 0.6 + 0.5, 12);
    // split + change: now 1, 1, 7, 7 and desired all 7
    const both = profileOf(oneActSession(["a"], [1, 1, 7, 7].map((v) => single("r", v, 7))));
    expect(both.signals).toEqual(["change-wanted", "talk-about-it"]);
  });
});

describe("discussFirst", () => {
  it("orders acts with signals by attention, omits the rest, and is short", () => {
    const ids = ["a1", "a2", "a3", "a4", "a5", "a6"];
    const acts = ids.map((id) => makeAct(id, ["a"]));
    const plan: Record<string, [number[], number[]]> = {
      a1: [[4, 4, 4, 4], [7, 7, 7, 7]], // change-wanted, attention 2
      a2: [[4, 4, 5, 5], [4, 4, 5, 5]], // balanced-as-wished, 0
      a3: [[4, 4, 6, 7], [4, 4, 6, 7]], // talk, 1.25
      a4: [[1, 1, 7, 7], [4, 4, 4, 4]], // talk + split, 2/0.6 + 0.5 = 3.83
      a5: [[4, 4, 4, 4], [5, 5, 5, 5]], // nothing, 0
      a6: [[4, 4, 4, 4], [6, 6, 6, 6]], // change-wanted, (2/3)/0.5 = 1.33
    };
    const participants = [0, 1, 2, 3].map((i) => ({ id: `p${i}`, role: "r" }));
    const answers = acts.flatMap((act) => {
      const [now, desired] = plan[act.id] ?? [[], []];
      return participants.flatMap((p, i) => rowsFor(p.id, act, [now[i]], [desired[i]]));
    });
    const profile = computeSessionProfile({ acts, participants, answers });
    expect(profile.acts.map((a) => Number(a.attention.toFixed(2)))).toEqual([2, 0, 1.25, 3.83, 0, 1.33]);
    expect(DISCUSS_FIRST_LIMIT).toBe(3);
    expect(profile.discussFirst).toEqual(["a4", "a1", "a6"]);
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

  it("shows a role on dots and in byRole only for groups of at least the threshold", () => {
    // zorg 3, gemeente 2, inwoner 1: the 3 not shown are themselves a group of 3, fine.
    const act = profileOf(
      oneActSession(["a"], [
        single("zorg", 1, 1), single("zorg", 2, 2), single("zorg", 3, 3),
        single("gemeente", 5, 5), single("gemeente", 6, 6),
        single("inwoner", 7, 7),
      ]),
    );
    expect(act.byRole.map((r) => [r.role, r.n])).toEqual([["zorg", 3]]);
    expect((act.dots ?? []).map((d) => d.role)).toEqual(["zorg", "zorg", "zorg", null, null, null]);

    const atThreshold = profileOf(
      oneActSession(["a"], [
        single("zorg", 1, 1), single("zorg", 2, 2), single("zorg", 3, 3),
        single("gemeente", 5, 5), single("gemeente", 6, 6), single("gemeente", 7, 7),
      ]),
    );
    expect(atThreshold.byRole.map((r) => [r.role, r.n])).toEqual([["gemeente", 3], ["zorg", 3]]);
    expect((atThreshold.dots ?? []).every((d) => d.role !== null)).toBe(true);
  });

  it("withholds a group whose complement would be smaller than the threshold", () => {
    // zorg 3 + gemeente 2: showing zorg would reveal the 2 gemeente people via the total.
    const act = profileOf(
      oneActSession(["a"], [
        single("zorg", 1, 1), single("zorg", 2, 2), single("zorg", 3, 3),
        single("gemeente", 5, 5), single("gemeente", 6, 6),
      ]),
    );
    expect(act.hidden).toBe(false);
    expect(act.byRole).toEqual([]);
    expect((act.dots ?? []).every((d) => d.role === null)).toBe(true);
  });

  it("people without a role are never a group", () => {
    const act = profileOf(oneActSession(["a"], [single("", 1, 1), single("", 2, 2), single(" ", 3, 3)]));
    expect(act.byRole).toEqual([]);
    expect((act.dots ?? []).every((d) => d.role === null)).toBe(true);
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
