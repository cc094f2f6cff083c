/**
 * Where everything goes in ActBalanceChart: the axis, the two lanes (now above,
 * desired below) with their stacked dots, the medians, the ghost of a previous session,
 * and which legend items apply. Pure, deterministic, no React: vertical positions in px,
 * horizontal positions on the axis (-1..1; the marks turn them into percentages).
 */
import type { TActProfile, TDot, TStats } from "@/lib/domain/scoring";
import { roleComparator } from "@/lib/domain/roles";
import type { SIZES, TChartSize } from "./chart-style";
import type { TActBalanceChartLabels } from "./ActBalanceChart";
import type { TChartLegendItems } from "./ChartLegend";
import { clampPosition, maxLevel, stackValues } from "./geometry";

type TSize = (typeof SIZES)[TChartSize];

export type TActChartProfile = Pick<TActProfile, "hidden" | "now" | "desired" | "dots"> & Partial<Pick<TActProfile, "split" | "byRole">>;

export interface TLane {
  key: "now" | "desired";
  label: string;
  stats: TStats | null;
  split: boolean;
  dots: { value: number; level: number; role: string | null }[];
  /** Top of the band, its height, its centre (px). */
  top: number;
  height: number;
  centre: number;
  step: number;
}

export interface TActChartLayout {
  /** Room at both ends for the markers that stick out of the axis (px). */
  pad: number;
  axisY: number;
  axisHead: number;
  /** The row of the ghost's label (above the lanes). */
  ghostLabelY: number;
  svgHeight: number;
  lanes: readonly [TLane, TLane];
  /** The group's medians on the axis; null: no median to show. */
  medians: { now: number | null; desired: number | null };
  /** A previous session's medians; null when there is none to draw. */
  ghost: { now: number | null; desired: number | null } | null;
}


function laneDots(dots: readonly TDot[] | null, key: "now" | "desired") {
  if (!dots) return [];
  return stackValues(dots, (d) => d[key], (d) => d.role ?? "~").map((s) => ({
    value: s.value,
    level: s.level,
    role: s.item.role,
  }));
}

export function actChartLayout(
  profile: TActChartProfile,
  laneLabels: { now: string; desired: string },
  ghost: { now: number | null; desired: number | null } | null | undefined,
  s: TSize,
): TActChartLayout {
  const dotDiameter = 2 * Math.sqrt(s.dotArea / Math.PI);
  const idealStep = dotDiameter + 2;
  const pad = Math.ceil(Math.max(s.ghostR, s.medianR + s.medianStroke) + 4);
  const axisHead = s.arrowHead;
  const axisY = Math.ceil(axisHead / 2) + 2;
  const labelGap = s.laneLabel + 10;
  const minBand = 2 * (Math.max(s.medianR, s.ghostR) + 6);

  const ghostNow = clampPosition(ghost?.now);
  const ghostDesired = clampPosition(ghost?.desired);
  const hasGhost = !!ghost && (ghostNow !== null || ghostDesired !== null);
  // A row of its own for the ghost's label, so it never covers dots or lane labels.
  const ghostLabelY = axisY + 6 + s.label;

  const split = profile.split ?? { now: false, desired: false };
  const lanes: TLane[] = [];
  let y = hasGhost ? ghostLabelY + 4 : axisY + 8;
  for (const key of ["now", "desired"] as const) {
    const dots = laneDots(profile.dots, key);
    const levels = maxLevel(dots);
    const maxLevels = s.maxStackLevels;
    const rows = 2 * Math.min(levels, maxLevels) + 1;
    // More levels than fit: squeeze them (dots overlap partly but all stay visible).
    const step = levels > maxLevels ? (idealStep * (2 * maxLevels + 1)) / (2 * levels + 1) : idealStep;
    const height = Math.max(minBand, rows * idealStep + 8);
    const top = y + labelGap;
    lanes.push({ key, label: laneLabels[key], stats: profile[key], split: split[key], dots, top, height, centre: top + height / 2, step });
    y = top + height + 6;
  }

  return {
    pad,
    axisY,
    axisHead,
    ghostLabelY,
    svgHeight: Math.ceil(y + 2),
    lanes: lanes as [TLane, TLane],
    medians: { now: clampPosition(profile.now?.median), desired: clampPosition(profile.desired?.median) },
    ghost: hasGhost ? { now: ghostNow, desired: ghostDesired } : null,
  };
}

/** The legend items that apply to this chart (labels already translated). */
export function actLegendItems(
  profile: TActChartProfile,
  layout: TActChartLayout,
  labels: Omit<TActBalanceChartLabels, "now" | "desired">,
  roleLabels: Readonly<Record<string, string>>,
  ghostLabel: string | undefined,
): TChartLegendItems {
  const rolesShown = new Set<string>();
  let hasNoRoleDot = false;
  for (const d of profile.dots ?? []) {
    if (d.role === null) hasNoRoleDot = true;
    else rolesShown.add(d.role);
  }
  // In the order of byRole (the content's role order); any other role after, by name.
  const roleList = [...rolesShown].sort(roleComparator((profile.byRole ?? []).map((r) => r.role)));
  const { now: medNow, desired: medDesired } = layout.medians;
  const [laneNow, laneDesired] = layout.lanes;
  const hasSplit = (laneNow.split && medNow !== null) || (laneDesired.split && medDesired !== null);
  const hasBand = layout.lanes.some((l) => l.stats);
  return {
    dots: [
      ...roleList.map((role) => ({ role, label: roleLabels[role] ?? role })),
      ...(hasNoRoleDot ? [{ role: null, label: roleList.length > 0 ? labels.partnerNoRole : labels.partner }] : []),
    ],
    medianNow: medNow !== null ? labels.medianNow : undefined,
    medianDesired: medDesired !== null ? labels.medianDesired : undefined,
    arrow: medNow !== null && medDesired !== null ? labels.arrow : undefined,
    spread: hasBand ? { now: labels.spreadNow, desired: labels.spreadDesired } : undefined,
    split: hasSplit ? labels.split : undefined,
    ghost: layout.ghost ? ghostLabel : undefined,
  };
}
