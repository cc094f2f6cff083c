/** Step 2: statistics of a series (lib/domain/scoring/statistics.ts). */
import { describe, expect, it } from "vitest";
import { computeStats } from "@/lib/domain/scoring";
import { expectStats } from "./scoring.fixtures";

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
