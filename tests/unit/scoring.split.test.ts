/** Step 3: is a series split into two camps? (lib/domain/scoring/split.ts) */
import { describe, expect, it } from "vitest";
import { SIGNAL_THRESHOLDS, isSplit } from "@/lib/domain/scoring";

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
