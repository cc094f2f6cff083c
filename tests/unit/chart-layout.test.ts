import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { actChartLayout, actLegendItems, type TActChartProfile } from "@/components/charts/act-chart-layout";
import { SIZES } from "@/components/charts/chart-style";
import type { TStats } from "@/lib/domain/scoring";

const stats = (median: number, q1 = median, q3 = median): TStats => ({ n: 3, median, mean: median, q1, q3, iqr: q3 - q1, sd: 0, min: q1, max: q3 });

const profile: TActChartProfile = {
  hidden: false,
  now: stats(-0.5, -0.6, -0.2),
  desired: stats(0.4, 0.2, 0.6),
  dots: [
    { now: -0.6, desired: 0.2, role: "manager" },
    { now: -0.6, desired: 0.2, role: "administrator" },
    { now: -0.2, desired: 0.6, role: null },
  ],
  split: { now: false, desired: true },
  byRole: [
    { role: "administrator", n: 1, now: null, desired: null, gap: null },
    { role: "manager", n: 1, now: null, desired: null, gap: null },
  ],
};
const lanes = { now: "Nu", desired: "Gewenst" };
const labels = {
  medianNow: "mn",
  medianDesired: "md",
  arrow: "ar",
  spreadNow: "sn",
  spreadDesired: "sd",
  split: "sp",
  partner: "p",
  partnerNoRole: "pn",
};

describe("act chart layout", () => {
  it("puts now above desired, stacks equal positions, and makes room for a ghost's label", () => {
    const plain = actChartLayout(profile, lanes, null, SIZES.screen);
    const [now, desired] = plain.lanes;
    expect(now.key).toBe("now");
    expect(now.label).toBe("Nu");
    expect(desired.top).toBeGreaterThan(now.top + now.height);
    expect(plain.svgHeight).toBeGreaterThanOrEqual(desired.top + desired.height);
    // Two partners at -0.6 now: one on the centre line, one a level away.
    expect(now.dots.filter((d) => d.value === -0.6).map((d) => Math.abs(d.level)).sort()).toEqual([0, 1]);
    expect(plain.medians).toEqual({ now: -0.5, desired: 0.4 });
    expect(plain.ghost).toBeNull();

    const withGhost = actChartLayout(profile, lanes, { now: 3, desired: null }, SIZES.screen);
    expect(withGhost.ghost).toEqual({ now: 1, desired: null });
    expect(withGhost.lanes[0].top).toBeGreaterThan(plain.lanes[0].top);
    // A ghost without positions is not drawn.
    expect(actChartLayout(profile, lanes, { now: null, desired: null }, SIZES.screen).ghost).toBeNull();
  });

  it("lists the legend items that apply, roles in the content's order", () => {
    const layout = actChartLayout(profile, lanes, null, SIZES.projector);
    const items = actLegendItems(profile, layout, labels, { administrator: "Bestuurder", manager: "Manager" }, "Vorige sessie");
    expect(items.dots).toEqual([
      { role: "administrator", label: "Bestuurder" },
      { role: "manager", label: "Manager" },
      { role: null, label: "pn" },
    ]);
    expect(items).toMatchObject({ medianNow: "mn", medianDesired: "md", arrow: "ar", split: "sp", ghost: undefined });
    const noDesired = { ...profile, desired: null, split: { now: false, desired: false } };
    const sparse = actLegendItems(noDesired, actChartLayout(noDesired, lanes, { now: 0, desired: null }, SIZES.screen), labels, {}, "Vorige sessie");
    expect(sparse).toMatchObject({ medianDesired: undefined, arrow: undefined, split: undefined, ghost: "Vorige sessie" });
  });
});

describe("charts", () => {
  it("are Server Components: static SVG, no client code", () => {
    const dir = path.resolve(__dirname, "../../components/charts");
    const clients = fs.readdirSync(dir).filter((f) => /^\s*["']use client["']/.test(fs.readFileSync(path.join(dir, f), "utf8")));
    expect(clients).toEqual([]);
  });
});
