/** Step 6: measures and signals (lib/domain/scoring/signals.ts). */
import { describe, expect, it } from "vitest";
import { oneActSession, profileOf, single, type TCell } from "./scoring.fixtures";

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
