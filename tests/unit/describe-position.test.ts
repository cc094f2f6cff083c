import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  describeGap,
  describePosition,
  describeSpread,
  formatPosition,
  GAP_THRESHOLDS,
  POSITION_THRESHOLDS,
  SPREAD_THRESHOLDS,
} from "@/lib/domain/describe-position";
import { SIGNAL_THRESHOLDS, type TPoleSide } from "@/lib/domain/scoring";
import { SCALE_STEP } from "@/lib/domain/thresholds";

const flip = (side: TPoleSide | null): TPoleSide | null => (side === "a" ? "b" : side === "b" ? "a" : null);
const axis = fc.double({ min: -1, max: 1, noNaN: true });
const gapRange = fc.double({ min: -2, max: 2, noNaN: true });

describe("describePosition", () => {
  it("is symmetric: mirroring a position mirrors the word", () => {
    fc.assert(
      fc.property(axis, (x) => {
        const d = describePosition(x);
        const m = describePosition(-x);
        expect(m.strength).toBe(d.strength);
        expect(m.side).toBe(flip(d.side));
      }),
      { numRuns: 2000 },
    );
  });

  it("is monotone in |x|: further from the middle never gives a weaker word", () => {
    const rank = { middle: 0, slightly: 1, clearly: 2, strongly: 3 } as const;
    fc.assert(
      fc.property(axis, axis, (x, y) => {
        const [lo, hi] = Math.abs(x) <= Math.abs(y) ? [x, y] : [y, x];
        expect(rank[describePosition(lo).strength]).toBeLessThanOrEqual(rank[describePosition(hi).strength]);
      }),
    );
  });

  it("gives each whole scale step its own word (uniform answers 1..7)", () => {
    const words = [-3, -2, -1, 0, 1, 2, 3].map((k) => describePosition(k * SCALE_STEP));
    expect(words).toEqual([
      { strength: "strongly", side: "a" },
      { strength: "clearly", side: "a" },
      { strength: "slightly", side: "a" },
      { strength: "middle", side: null },
      { strength: "slightly", side: "b" },
      { strength: "clearly", side: "b" },
      { strength: "strongly", side: "b" },
    ]);
  });

  it("puts the thresholds halfway between scale steps, inclusive", () => {
    expect(POSITION_THRESHOLDS.middle).toBeCloseTo(1 / 6, 12);
    expect(POSITION_THRESHOLDS.slight).toBeCloseTo(0.5, 12);
    expect(POSITION_THRESHOLDS.clear).toBeCloseTo(5 / 6, 12);
    expect(describePosition(1 / 6 - 1e-6).strength).toBe("middle");
    expect(describePosition(1 / 6).strength).toBe("slightly");
    expect(describePosition(0.5 - 1e-6).strength).toBe("slightly");
    expect(describePosition(0.5).strength).toBe("clearly");
    expect(describePosition(-0.5)).toEqual({ strength: "clearly", side: "a" });
    expect(describePosition(5 / 6 - 1e-6).strength).toBe("clearly");
    expect(describePosition(5 / 6).strength).toBe("strongly");
    expect(describePosition(-1)).toEqual({ strength: "strongly", side: "a" });
  });

  it("treats rounding noise at a threshold as reaching it", () => {
    expect(describePosition(0.49999999999).strength).toBe("clearly");
    expect(describePosition(-0.49999999999).strength).toBe("clearly");
  });

  it("never gives a side in the middle, and handles -0 and non-finite input", () => {
    expect(describePosition(0)).toEqual({ strength: "middle", side: null });
    expect(describePosition(-0)).toEqual({ strength: "middle", side: null });
    expect(describePosition(Number.NaN)).toEqual({ strength: "middle", side: null });
  });
});

describe("describeGap", () => {
  it("is symmetric", () => {
    fc.assert(
      fc.property(gapRange, (g) => {
        const d = describeGap(g);
        const m = describeGap(-g);
        expect(m.size).toBe(d.size);
        expect(m.side).toBe(flip(d.side));
      }),
      { numRuns: 2000 },
    );
  });

  it("words the size and direction of the wanted change", () => {
    expect(describeGap(0)).toEqual({ size: "none", side: null });
    expect(describeGap(0.1)).toEqual({ size: "none", side: null });
    expect(describeGap(SCALE_STEP)).toEqual({ size: "small", side: "b" });
    expect(describeGap(-0.3)).toEqual({ size: "small", side: "a" });
    expect(describeGap(0.5)).toEqual({ size: "clear", side: "b" });
    expect(describeGap(-0.8)).toEqual({ size: "clear", side: "a" });
    expect(describeGap(1)).toEqual({ size: "large", side: "b" });
    expect(describeGap(-1.7)).toEqual({ size: "large", side: "a" });
  });

  it("has ordered, exported thresholds", () => {
    expect(GAP_THRESHOLDS.none).toBeLessThan(GAP_THRESHOLDS.small);
    expect(GAP_THRESHOLDS.small).toBeLessThan(GAP_THRESHOLDS.large);
    expect(describeGap(GAP_THRESHOLDS.none - 1e-6).size).toBe("none");
    expect(describeGap(GAP_THRESHOLDS.none).size).toBe("small");
    expect(describeGap(-GAP_THRESHOLDS.large).size).toBe("large");
    expect(describeGap(Number.POSITIVE_INFINITY)).toEqual({ size: "none", side: null });
  });
});

describe("describeSpread", () => {
  it("says split whenever a series is split", () => {
    expect(describeSpread({ iqr: 0, split: true })).toBe("split");
    expect(describeSpread({ iqr: 1.5, split: true })).toBe("split");
  });

  it("uses the exported thresholds on the interquartile range", () => {
    expect(describeSpread({ iqr: 0, split: false })).toBe("agree");
    expect(describeSpread({ iqr: SPREAD_THRESHOLDS.agree - 1e-6, split: false })).toBe("agree");
    expect(describeSpread({ iqr: SPREAD_THRESHOLDS.agree, split: false })).toBe("somewhat");
    expect(describeSpread({ iqr: SPREAD_THRESHOLDS.differ - 1e-6, split: false })).toBe("somewhat");
    expect(describeSpread({ iqr: SPREAD_THRESHOLDS.differ, split: false })).toBe("differ");
    expect(describeSpread({ iqr: null, split: false })).toBe("agree");
  });
});

describe("words and signals", () => {
  it("read the same thresholds, so a word never contradicts a signal", () => {
    expect(GAP_THRESHOLDS.none).toBe(SIGNAL_THRESHOLDS.balancedMaxShift);
    expect(GAP_THRESHOLDS.small).toBe(SIGNAL_THRESHOLDS.changeWanted);
    expect(SPREAD_THRESHOLDS.agree).toBe(SIGNAL_THRESHOLDS.balancedMaxIqr);
    expect(SPREAD_THRESHOLDS.differ).toBe(SIGNAL_THRESHOLDS.talkSpreadIqr);
    // Where change-wanted fires, the words say at least a clear change; where
    // balanced-as-wished may hold, they say no change.
    expect(describeGap(SIGNAL_THRESHOLDS.changeWanted).size).toBe("clear");
    expect(describeGap(SIGNAL_THRESHOLDS.balancedMaxShift - 1e-6).size).toBe("none");
    expect(describeSpread({ iqr: SIGNAL_THRESHOLDS.talkSpreadIqr, split: false })).toBe("differ");
    expect(describeSpread({ iqr: SIGNAL_THRESHOLDS.balancedMaxIqr - 1e-6, split: false })).toBe("agree");
  });
});

describe("formatPosition", () => {
  it("uses the locale's decimal sign, a true minus and an explicit plus", () => {
    expect(formatPosition(-0.6, "nl")).toBe("\u22120,6");
    expect(formatPosition(0.6, "nl")).toBe("+0,6");
    expect(formatPosition(-0.6, "en")).toBe("\u22120.6");
    expect(formatPosition(1, "en")).toBe("+1.0");
  });

  it("never prints a signed zero", () => {
    expect(formatPosition(0, "nl")).toBe("0,0");
    expect(formatPosition(-0.04, "nl")).toBe("0,0");
    expect(formatPosition(0.04, "en")).toBe("0.0");
  });

  it("is symmetric, also when rounding halves", () => {
    fc.assert(
      fc.property(gapRange, (x) => {
        const a = formatPosition(x, "en");
        const b = formatPosition(-x, "en");
        expect(a.replace(/^[+\u2212]/, "")).toBe(b.replace(/^[+\u2212]/, ""));
      }),
    );
    expect(formatPosition(0.25, "en")).toBe("+0.3");
    expect(formatPosition(-0.25, "en")).toBe("\u22120.3");
  });
});
