import { describe, expect, it } from "vitest";
import { getWorkbook } from "@/lib/data/content";
import { estimateStepMinutes, estimateWorkbookMinutes } from "@/lib/domain/duration";
import { listSteps } from "@/lib/domain/workbook";

describe("time estimates from the content", () => {
  const workbook = getWorkbook();

  it("gives every step at least a minute, and the workbook the sum of its steps", () => {
    const steps = estimateStepMinutes(workbook);
    expect([...steps.keys()]).toEqual(listSteps(workbook).map((s) => s.id));
    for (const m of steps.values()) expect(m).toBeGreaterThanOrEqual(1);
    expect(estimateWorkbookMinutes(workbook)).toBe([...steps.values()].reduce((a, b) => a + b, 0));
  });

  it("makes the short workbook shorter than the full one, in each act", () => {
    const full = estimateStepMinutes(workbook, "full");
    const short = estimateStepMinutes(workbook, "short");
    expect(estimateWorkbookMinutes(workbook, "short")).toBeLessThan(estimateWorkbookMinutes(workbook, "full"));
    for (const act of workbook.acts) expect(short.get(act.id)!).toBeLessThanOrEqual(full.get(act.id)!);
    expect(short.get("profile")).toBe(full.get("profile"));
  });
});
