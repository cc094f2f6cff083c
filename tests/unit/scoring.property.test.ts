import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  computeParticipantPositions,
  computeSessionProfile,
  type TActProfile,
  type TAnswerRow,
  type TPoleSide,
  type TScoringAct,
  type TScoringParticipant,
  type TSessionProfile,
  type TSignal,
  type TStats,
} from "@/lib/domain/scoring";

// ---------------------------------------------------------------------------
// Generators: small sessions (1..3 acts of 1..4 items, 0..14 participants in up to
// three roles or none) where each (participant, item, dimension) has no row, a
// "don't know" (null) or a value 1..7. Small sizes make splits, hidden acts and
// role groups around the threshold common.
// ---------------------------------------------------------------------------

interface TSession {
  acts: TScoringAct[];
  participants: TScoringParticipant[];
  answers: TAnswerRow[];
  anonymityThreshold: number;
}

const cellArb = fc.oneof(
  { arbitrary: fc.constant(undefined), weight: 1 },
  { arbitrary: fc.constant(null), weight: 1 },
  { arbitrary: fc.integer({ min: 1, max: 7 }), weight: 6 },
);

const sessionArb: fc.Arbitrary<TSession> = fc
  .record({
    lefts: fc.array(fc.array(fc.constantFrom<TPoleSide>("a", "b"), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 3 }),
    roles: fc.array(fc.constantFrom("gemeente", "zorg", "inwoner", ""), { maxLength: 14 }),
    anonymityThreshold: fc.integer({ min: 2, max: 4 }),
  })
  .chain(({ lefts, roles, anonymityThreshold }) => {
    const acts: TScoringAct[] = lefts.map((ls, a) => ({ id: `act${a}`, items: ls.map((left, i) => ({ id: `act${a}-i${i}`, left })) }));
    const items = acts.flatMap((act) => act.items);
    const cells = roles.length * items.length * 2;
    return fc.array(cellArb, { minLength: cells, maxLength: cells }).map((values) => {
      const participants = roles.map((role, p) => ({ id: `p${p}`, role }));
      const answers: TAnswerRow[] = [];
      let k = 0;
      for (const participant of participants) {
        for (const item of items) {
          for (const dimension of ["now", "desired"] as const) {
            const value = values[k++];
            if (value !== undefined) answers.push({ participantId: participant.id, itemId: item.id, dimension, value });
          }
        }
      }
      return { acts, participants, answers, anonymityThreshold };
    });
  });

const mirrorValue = (v: number | null) => (v === null ? null : 8 - v);

function mirrorStats(s: TStats | null): TStats | null {
  if (!s) return null;
  return {
    n: s.n,
    median: -s.median + 0,
    mean: -s.mean + 0,
    q1: -s.q3 + 0,
    q3: -s.q1 + 0,
    iqr: s.iqr,
    sd: s.sd,
    min: -s.max + 0,
    max: -s.min + 0,
  };
}

function sortDots(act: TActProfile) {
  return [...(act.dots ?? [])].sort(
    (x, y) => (x.now ?? 9) - (y.now ?? 9) || (x.desired ?? 9) - (y.desired ?? 9) || String(x.role).localeCompare(String(y.role)),
  );
}

const ALL_SIGNALS: TSignal[] = ["change-wanted", "talk-about-it", "roles-differ", "balanced-as-wished"];

function forEachStats(profile: TSessionProfile, fn: (s: TStats, label: string) => void) {
  for (const act of profile.acts) {
    for (const key of ["now", "desired", "gap"] as const) {
      const s = act[key];
      if (s) fn(s, `${act.actId}.${key}`);
    }
    for (const r of act.byRole) {
      for (const key of ["now", "desired", "gap"] as const) {
        const s = r[key];
        if (s) fn(s, `${act.actId}.${r.role}.${key}`);
      }
    }
  }
}

// ---------------------------------------------------------------------------

describe("scoring properties", () => {
  it("mirroring every answer (v -> 8 - v) negates positions, medians and means and keeps spread, split and signals", () => {
    fc.assert(
      fc.property(sessionArb, (session) => {
        const mirrored = { ...session, answers: session.answers.map((a) => ({ ...a, value: mirrorValue(a.value) })) };
        const p = computeSessionProfile(session);
        const m = computeSessionProfile(mirrored);
        expect(m.discussFirst).toEqual(p.discussFirst);
        p.acts.forEach((act, i) => {
          const mact = m.acts[i] as TActProfile;
          expect(mact.hidden).toBe(act.hidden);
          expect(mact.respondents).toBe(act.respondents);
          // Exact, not approximate: the model is built to be exactly symmetric.
          expect(mact.now).toEqual(mirrorStats(act.now));
          expect(mact.desired).toEqual(mirrorStats(act.desired));
          expect(mact.gap).toEqual(mirrorStats(act.gap));
          expect(mact.split).toEqual(act.split);
          expect(mact.signals).toEqual(act.signals);
          expect(mact.attention).toBe(act.attention);
          expect(mact.measures).toEqual(act.measures);
          expect(mact.byRole).toEqual(
            act.byRole.map((r) => ({ ...r, now: mirrorStats(r.now), desired: mirrorStats(r.desired), gap: mirrorStats(r.gap) })),
          );
          const negated = { ...act, dots: act.dots?.map((d) => ({ ...d, now: d.now === null ? null : -d.now + 0, desired: d.desired === null ? null : -d.desired + 0 })) ?? null };
          expect(sortDots(mact)).toEqual(sortDots(negated));
        });
        // A participant's own view mirrors too.
        for (const participant of session.participants) {
          const own = computeParticipantPositions(session.acts, session.answers, participant.id);
          const ownM = computeParticipantPositions(mirrored.acts, mirrored.answers, participant.id);
          expect(ownM).toEqual(
            own.map((o) => ({
              ...o,
              now: o.now === null ? null : -o.now + 0,
              desired: o.desired === null ? null : -o.desired + 0,
              gap: o.gap === null ? null : -o.gap + 0,
            })),
          );
        }
      }),
      { numRuns: 300 },
    );
  });

  it("flipping an item's `left` together with mirroring its answers changes nothing", () => {
    fc.assert(
      fc.property(sessionArb, fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }), (session, flips) => {
        const flipped = new Set<string>();
        let k = 0;
        const acts = session.acts.map((act) => ({
          ...act,
          items: act.items.map((item) => {
            if (!flips[k++ % flips.length]) return item;
            flipped.add(item.id);
            return { ...item, left: item.left === "a" ? ("b" as const) : ("a" as const) };
          }),
        }));
        const answers = session.answers.map((a) => (flipped.has(a.itemId) ? { ...a, value: mirrorValue(a.value) } : a));
        expect(computeSessionProfile({ ...session, acts, answers })).toEqual(computeSessionProfile(session));
        for (const participant of session.participants) {
          expect(computeParticipantPositions(acts, answers, participant.id)).toEqual(
            computeParticipantPositions(session.acts, session.answers, participant.id),
          );
        }
      }),
      { numRuns: 300 },
    );
  });

  it("the order of participants and of answer rows does not matter (also with duplicate rows)", () => {
    // Some sessions get duplicate rows with other values; duplicates are averaged per item.
    const withDuplicates = fc
      .tuple(sessionArb, fc.boolean(), fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 8, maxLength: 8 }))
      .chain(([session, dup, values]) =>
        fc.subarray(dup ? session.answers : []).map((rows) => ({
          ...session,
          answers: [...session.answers, ...rows.map((r, i) => ({ ...r, value: r.value === null ? null : (values[i % 8] as number) }))],
        })),
      );
    const arb = withDuplicates.chain((session) =>
      fc.tuple(
        fc.constant(session),
        fc.shuffledSubarray(session.participants, { minLength: session.participants.length, maxLength: session.participants.length }),
        fc.shuffledSubarray(session.answers, { minLength: session.answers.length, maxLength: session.answers.length }),
      ),
    );
    fc.assert(
      fc.property(arb, ([session, participants, answers]) => {
        expect(computeSessionProfile({ ...session, participants, answers })).toEqual(computeSessionProfile(session));
      }),
      { numRuns: 300 },
    );
  });

  it("positions stay within [-1, 1], gaps within [-2, 2], spreads are non-negative and quantiles ordered", () => {
    fc.assert(
      fc.property(sessionArb, (session) => {
        const profile = computeSessionProfile(session);
        forEachStats(profile, (s, label) => {
          const bound = label.endsWith("gap") ? 2 : 1;
          for (const v of [s.min, s.q1, s.median, s.q3, s.max, s.mean]) {
            expect(v).toBeGreaterThanOrEqual(-bound);
            expect(v).toBeLessThanOrEqual(bound);
          }
          expect(s.iqr).toBeGreaterThanOrEqual(0);
          expect(s.sd).toBeGreaterThanOrEqual(0);
          expect(s.min).toBeLessThanOrEqual(s.q1);
          expect(s.q1).toBeLessThanOrEqual(s.median);
          expect(s.median).toBeLessThanOrEqual(s.q3);
          expect(s.q3).toBeLessThanOrEqual(s.max);
          expect(s.mean).toBeGreaterThanOrEqual(s.min - 1e-12);
          expect(s.mean).toBeLessThanOrEqual(s.max + 1e-12);
        });
        for (const act of profile.acts) {
          for (const d of act.dots ?? []) {
            for (const v of [d.now, d.desired]) if (v !== null) expect(Math.abs(v)).toBeLessThanOrEqual(1);
          }
          expect(act.attention).toBeGreaterThanOrEqual(0);
        }
        for (const participant of session.participants) {
          for (const pos of computeParticipantPositions(session.acts, session.answers, participant.id)) {
            if (pos.now !== null) expect(Math.abs(pos.now)).toBeLessThanOrEqual(1);
            if (pos.desired !== null) expect(Math.abs(pos.desired)).toBeLessThanOrEqual(1);
            if (pos.gap !== null) expect(Math.abs(pos.gap)).toBeLessThanOrEqual(2);
            expect(pos.answered + pos.unknown + pos.notApplicable).toBeLessThanOrEqual(pos.total);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("missing answers never count as the middle: adding 'don't know' or 'does not apply' rows changes no position", () => {
    const arb = sessionArb.chain((session) => {
      const items = session.acts.flatMap((a) => a.items.map((i) => i.id));
      const ids = session.participants.map((p) => p.id);
      if (ids.length === 0) return fc.tuple(fc.constant(session), fc.constant([] as TAnswerRow[]));
      const row = fc.record({
        participantId: fc.constantFrom(...ids),
        itemId: fc.constantFrom(...items),
        dimension: fc.constantFrom("now" as const, "desired" as const),
        value: fc.constant(null),
        notApplicable: fc.boolean(),
      });
      return fc.tuple(fc.constant(session), fc.array(row, { maxLength: 20 }));
    });
    fc.assert(
      fc.property(arb, ([session, nulls]) => {
        const withNulls = { ...session, answers: [...session.answers, ...nulls] };
        // Everything but the tally of missing answers, which counts them.
        const withoutTally = (p: TSessionProfile) => ({ ...p, acts: p.acts.map((act) => ({ ...act, missing: undefined })) });
        expect(withoutTally(computeSessionProfile(withNulls))).toEqual(withoutTally(computeSessionProfile(session)));
        for (const participant of session.participants) {
          const before = computeParticipantPositions(session.acts, session.answers, participant.id);
          const after = computeParticipantPositions(withNulls.acts, withNulls.answers, participant.id);
          expect(after.map(({ now, desired, gap, answered }) => ({ now, desired, gap, answered }))).toEqual(
            before.map(({ now, desired, gap, answered }) => ({ now, desired, gap, answered })),
          );
        }
      }),
      { numRuns: 300 },
    );
  });

  it("handles single participants: nothing is shown, their own view equals their answers", () => {
    const arb = sessionArb.filter((s) => s.participants.length >= 1).map((s) => ({
      ...s,
      participants: s.participants.slice(0, 1),
    }));
    fc.assert(
      fc.property(arb, (session) => {
        const profile = computeSessionProfile(session);
        expect(profile.participants).toBe(1);
        expect(profile.discussFirst).toEqual([]);
        for (const act of profile.acts) {
          expect(act.hidden).toBe(true);
          expect(act.respondents).toBeLessThanOrEqual(1);
          expect(act.dots).toBeNull();
          expect(act.now).toBeNull();
          expect(act.signals).toEqual([]);
          expect(act.missing).toBeNull();
        }
        const own = computeParticipantPositions(session.acts, session.answers, "p0");
        expect(own).toHaveLength(session.acts.length);
        own.forEach((pos, i) => {
          const act = session.acts[i] as TScoringAct;
          expect(pos.actId).toBe(act.id);
          expect(pos.total).toBe(act.items.length * 2);
          expect(profile.acts[i]?.respondents).toBe(pos.now !== null || pos.desired !== null ? 1 : 0);
        });
      }),
      { numRuns: 200 },
    );
  });

  it("the tally of missing answers adds up with each participant's own counts, and is shown only from the threshold on", () => {
    // Sessions where some null rows are "does not apply to us".
    const arb = sessionArb.chain((session) =>
      fc.array(fc.boolean(), { minLength: session.answers.length, maxLength: session.answers.length }).map((flags) => ({
        ...session,
        answers: session.answers.map((row, i) => (row.value === null && flags[i] ? { ...row, notApplicable: true } : row)),
      })),
    );
    fc.assert(
      fc.property(arb, (session) => {
        const profile = computeSessionProfile(session);
        session.acts.forEach((act, i) => {
          const own = session.participants.map((p) => computeParticipantPositions([act], session.answers, p.id)[0]!);
          const given = own.map((o) => o.answered + o.unknown + o.notApplicable);
          const expected = {
            responders: given.filter((n) => n > 0).length,
            answers: given.reduce((a, b) => a + b, 0),
            dontKnow: own.reduce((a, o) => a + o.unknown, 0),
            notApplicable: own.reduce((a, o) => a + o.notApplicable, 0),
          };
          const tally = profile.acts[i]!.missing;
          expect(tally).toEqual(expected.responders >= profile.anonymityThreshold ? expected : null);
        });
      }),
      { numRuns: 200 },
    );
  });

  it("respects the anonymity rules", () => {
    fc.assert(
      fc.property(sessionArb, (session) => {
        const profile = computeSessionProfile(session);
        const t = profile.anonymityThreshold;
        expect(t).toBe(session.anonymityThreshold);
        for (const act of profile.acts) {
          expect(act.hidden).toBe(act.respondents < t);
          if (act.hidden) {
            expect(act.dots).toBeNull();
            expect(act.byRole).toEqual([]);
            expect([act.now, act.desired, act.gap]).toEqual([null, null, null]);
            continue;
          }
          expect(act.dots).toHaveLength(act.respondents);
          const shownRoles = new Set(act.byRole.map((r) => r.role));
          for (const d of act.dots ?? []) if (d.role !== null) expect(shownRoles.has(d.role)).toBe(true);
          let shownMembers = 0;
          for (const r of act.byRole) {
            expect(r.n).toBeGreaterThanOrEqual(t);
            expect((act.dots ?? []).filter((d) => d.role === r.role)).toHaveLength(r.n);
            shownMembers += r.n;
          }
          // complementary disclosure: everyone not in a shown group is 0 or at least t people
          const rest = act.respondents - shownMembers;
          expect(rest === 0 || rest >= t).toBe(true);
        }
        forEachStats(profile, (s) => expect(s.n).toBeGreaterThanOrEqual(t));
        // dots come sorted by now, then desired (missing last)
        for (const act of profile.acts) {
          const key = (d: { now: number | null; desired: number | null }) => [d.now ?? 9, d.desired ?? 9] as const;
          const dots = act.dots ?? [];
          for (let i = 1; i < dots.length; i++) {
            const [n0, d0] = key(dots[i - 1] as (typeof dots)[number]);
            const [n1, d1] = key(dots[i] as (typeof dots)[number]);
            expect(n0 < n1 || (n0 === n1 && d0 <= d1)).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("signal lists are deterministic and consistent with attention and discussFirst", () => {
    fc.assert(
      fc.property(sessionArb, (session) => {
        const a = computeSessionProfile(session);
        const b = computeSessionProfile(structuredClone(session));
        expect(b).toEqual(a);
        for (const act of a.acts) {
          expect(new Set(act.signals).size).toBe(act.signals.length);
          // fixed order
          expect(act.signals).toEqual(ALL_SIGNALS.filter((s) => act.signals.includes(s)));
          if (act.signals.includes("balanced-as-wished")) expect(act.signals).toEqual(["balanced-as-wished"]);
          const discuss = act.signals.some((s) => s !== "balanced-as-wished");
          expect(act.attention > 0).toBe(discuss);
          if (discuss) expect(act.attention).toBeGreaterThanOrEqual(1 - 1e-9);
          if (act.split.now || act.split.desired) expect(act.signals).toContain("talk-about-it");
        }
        const withAttention = a.acts.filter((x) => x.attention > 0);
        expect(a.discussFirst.length).toBe(Math.min(3, withAttention.length));
        const attentionOf = new Map(a.acts.map((x) => [x.actId, x.attention]));
        for (let i = 1; i < a.discussFirst.length; i++) {
          expect(attentionOf.get(a.discussFirst[i - 1] as string)).toBeGreaterThanOrEqual(attentionOf.get(a.discussFirst[i] as string) as number);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("agrees with a naive reference implementation of positions, medians and means", () => {
    fc.assert(
      fc.property(sessionArb, (session) => {
        const profile = computeSessionProfile(session);
        session.acts.forEach((act, ai) => {
          const profileAct = profile.acts[ai] as TActProfile;
          for (const dim of ["now", "desired"] as const) {
            const positions: number[] = [];
            for (const participant of session.participants) {
              const mapped = act.items.flatMap((item) => {
                const row = session.answers.find((r) => r.participantId === participant.id && r.itemId === item.id && r.dimension === dim);
                if (!row || row.value === null) return [];
                return [item.left === "a" ? (row.value - 4) / 3 : (4 - row.value) / 3];
              });
              if (mapped.length) positions.push(mapped.reduce((x, y) => x + y, 0) / mapped.length);
            }
            const stats = profileAct[dim];
            if (!stats) continue;
            positions.sort((x, y) => x - y);
            const mid = (positions.length - 1) / 2;
            const median = ((positions[Math.floor(mid)] as number) + (positions[Math.ceil(mid)] as number)) / 2;
            const mean = positions.reduce((x, y) => x + y, 0) / positions.length;
            expect(stats.n).toBe(positions.length);
            expect(stats.median).toBeCloseTo(median, 10);
            expect(stats.mean).toBeCloseTo(mean, 10);
          }
        });
      }),
      { numRuns: 200 },
    );
  });
});
