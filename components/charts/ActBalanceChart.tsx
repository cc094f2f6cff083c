"use client";

/**
 * One balancing act: where every partner stands now and where they would like to
 * be, on an axis between two legitimate poles. No pole is better and the middle is
 * not the goal, so the axis has no numbers: only the pole labels at its ends and a
 * faint, unlabelled tick at the middle.
 *
 * Two lanes ("now" above, "desired" below). Each participant is an anonymous dot in
 * each lane, shape + colour by role (Okabe–Ito); equal positions are stacked so
 * every dot stays visible. The group's medians are large ink markers with an arrow
 * from now to desired (a vertical arrow means: no shift). The middle half of the
 * partners is a band behind the dots (solid for now, hatched for desired). An
 * optional ghost (dashed ring) shows a previous session.
 *
 * Rendered with plain SVG plus recharts' Symbols: it renders on the server (SSR,
 * print, no JavaScript) exactly as in the browser, has no animation, and is fluid
 * (horizontal positions are percentages). The text alternative and the data table
 * live in ActBalanceFigure.
 */
import { useId } from "react";
import type { TActProfile, TDot, TStats } from "@/lib/domain/scoring";
import { roleComparator } from "@/lib/domain/roles";
import { INK, SIZES, type TChartSize } from "./chart-style";
import { clampPosition, maxLevel, pct, stackValues } from "./geometry";
import { ChartLegend } from "./ChartLegend";
import { ArrowDefs, At, DotShape, GhostShape, HatchDefs, MedianDesiredShape, MedianNowShape, svgId } from "./marks";

export interface TActBalanceChartLabels {
  /** Lane label, e.g. "Nu". */
  now: string;
  /** Lane label, e.g. "Gewenst". */
  desired: string;
  /** Legend: the group's median now. */
  medianNow: string;
  /** Legend: the group's median desired. */
  medianDesired: string;
  /** Legend: the arrow from now to desired. */
  arrow: string;
  /** Legend: spread band now (middle half of the partners). */
  spreadNow: string;
  /** Legend: spread band desired. */
  spreadDesired: string;
  /** Legend: the split marker. */
  split: string;
  /** Legend: a dot whose role is not shown, when no role is shown at all. */
  partner: string;
  /** Legend: a dot whose role is not shown, next to dots with a role. */
  partnerNoRole: string;
}

export interface TChartGhost {
  now: number | null;
  desired: number | null;
  /** Already translated, e.g. "Vorige sessie (maart)". */
  label: string;
}

export interface ActBalanceChartProps {
  /** The act's profile from lib/scoring (only these fields are used). */
  profile: Pick<TActProfile, "hidden" | "now" | "desired" | "dots"> & Partial<Pick<TActProfile, "split" | "byRole">>;
  /** Pole labels (already translated): A at the left end, B at the right end. */
  poleA: string;
  poleB: string;
  labels: TActBalanceChartLabels;
  /** Role id -> translated label (for the legend). */
  roleLabels: Readonly<Record<string, string>>;
  /** Accessible name of the chart (role="img"): a short text summary. */
  ariaLabel: string;
  /** A previous session's medians, drawn as dashed rings. */
  ghost?: TChartGhost | null;
  size?: TChartSize;
  /** Show the legend under the chart (default true). */
  legend?: boolean;
  className?: string;
}

interface TLane {
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

const MAX_STACK_LEVELS = 6;

function laneDots(dots: readonly TDot[] | null, key: "now" | "desired") {
  if (!dots) return [];
  return stackValues(dots, (d) => d[key], (d) => d.role ?? "~").map((s) => ({
    value: s.value,
    level: s.level,
    role: s.item.role,
  }));
}

export function ActBalanceChart({
  profile,
  poleA,
  poleB,
  labels,
  roleLabels,
  ariaLabel,
  ghost,
  size = "screen",
  legend = true,
  className,
}: ActBalanceChartProps) {
  const reactId = useId();
  if (profile.hidden) return null;

  const s = SIZES[size];
  const dotDiameter = 2 * Math.sqrt(s.dotArea / Math.PI);
  const idealStep = dotDiameter + 2;
  const pad = Math.ceil(Math.max(s.ghostR, s.medianR + s.medianStroke) + 4);
  const axisHead = s.arrowHead;
  const axisY = Math.ceil(axisHead / 2) + 2;
  const labelGap = s.laneLabel + 10;
  const minBand = 2 * (Math.max(s.medianR, s.ghostR) + 6);

  const medNow = clampPosition(profile.now?.median);
  const medDesired = clampPosition(profile.desired?.median);
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
    const rows = 2 * Math.min(levels, MAX_STACK_LEVELS) + 1;
    // More levels than fit: squeeze them (dots overlap partly but all stay visible).
    const step = levels > MAX_STACK_LEVELS ? (idealStep * (2 * MAX_STACK_LEVELS + 1)) / (2 * levels + 1) : idealStep;
    const height = Math.max(minBand, rows * idealStep + 8);
    const top = y + labelGap;
    lanes.push({
      key,
      label: key === "now" ? labels.now : labels.desired,
      stats: profile[key],
      split: split[key],
      dots,
      top,
      height,
      centre: top + height / 2,
      step,
    });
    y = top + height + 6;
  }
  const svgHeight = Math.ceil(y + 2);
  const [laneNow, laneDesired] = lanes as [TLane, TLane];

  const arrowId = svgId(reactId, "arrow");
  const hatchId = svgId(reactId, "hatch");
  const legendHatchId = svgId(reactId, "legend-hatch");

  const rolesShown = new Set<string>();
  let hasNoRoleDot = false;
  for (const d of profile.dots ?? []) {
    if (d.role === null) hasNoRoleDot = true;
    else rolesShown.add(d.role);
  }
  // In the order of byRole (the content's role order); any other role after, by name.
  const roleList = [...rolesShown].sort(roleComparator((profile.byRole ?? []).map((r) => r.role)));
  const hasSplit = (laneNow.split && medNow !== null) || (laneDesired.split && medDesired !== null);
  const hasBand = lanes.some((l) => l.stats);

  return (
    <div className={className} data-chart="act-balance" data-size={size}>
      {/* Pole labels at both ends of the axis (text, not numbers). */}
      <div className="flex items-end justify-between gap-4 font-semibold leading-tight text-[#1b1f24]" style={{ paddingInline: pad, fontSize: s.label + 1 }}>
        <span data-pole="a" className="max-w-[45%] text-left">
          <span aria-hidden="true">←{"\u00a0"}</span>
          {poleA}
        </span>
        <span data-pole="b" className="max-w-[45%] text-right">
          {poleB}
          <span aria-hidden="true">{"\u00a0"}→</span>
        </span>
      </div>

      <div style={{ paddingInline: pad }}>
        <svg
          role="img"
          aria-label={ariaLabel}
          focusable="false"
          width="100%"
          height={svgHeight}
          overflow="visible"
          className="block overflow-visible"
          style={{ fontFamily: "inherit" }}
        >
          <defs>
            <ArrowDefs id={arrowId} s={s} gap={s.medianR + 2} />
            <HatchDefs id={hatchId} />
          </defs>

          {/* The axis: a double-headed line between the poles, and a faint unlabelled middle. */}
          <line x1="0%" x2="100%" y1={axisY} y2={axisY} stroke={INK.ink} strokeWidth={1.5} data-axis="" />
          <At x={-1} y={axisY}>
            <path d={`M-2,0 L${axisHead},-${axisHead / 2} L${axisHead},${axisHead / 2} Z`} fill={INK.ink} />
          </At>
          <At x={1} y={axisY}>
            <path d={`M2,0 L-${axisHead},-${axisHead / 2} L-${axisHead},${axisHead / 2} Z`} fill={INK.ink} />
          </At>
          <line x1="50%" x2="50%" y1={axisY + 3} y2={svgHeight - 4} stroke={INK.faint} strokeWidth={1} strokeDasharray="2 4" data-middle-tick="" />

          {lanes.map((lane) => (
            <g key={lane.key} data-lane={lane.key}>
              <rect x="0%" width="100%" y={lane.top} height={lane.height} fill={INK.wash} />
              {lane.stats ? (
                <rect
                  x={pct(lane.stats.q1)}
                  width={`${Math.max(0.4, (((clampPosition(lane.stats.q3) ?? 0) - (clampPosition(lane.stats.q1) ?? 0)) / 2) * 100)}%`}
                  y={lane.top + 3}
                  height={lane.height - 6}
                  fill={lane.key === "desired" ? `url(#${hatchId})` : INK.band}
                  stroke={INK.line}
                  strokeWidth={1}
                  data-band={lane.key}
                />
              ) : null}
              <text
                x={0}
                y={lane.top - 7}
                fontSize={s.laneLabel}
                fontWeight={700}
                fill={INK.ink}
                stroke={INK.paper}
                strokeWidth={4}
                paintOrder="stroke"
              >
                {lane.label}
              </text>
              {lane.dots.map((d, i) => (
                <At key={i} x={d.value} y={lane.centre + d.level * lane.step} data-dot={lane.key} data-role={d.role ?? ""}>
                  <DotShape role={d.role} s={s} />
                </At>
              ))}
            </g>
          ))}

          {/* Arrow from the median now to the median desired. */}
          {medNow !== null && medDesired !== null ? (
            <g data-arrow="">
              <line x1={pct(medNow)} y1={laneNow.centre} x2={pct(medDesired)} y2={laneDesired.centre} stroke={INK.paper} strokeWidth={s.arrowWidth + 4} />
              <line
                x1={pct(medNow)}
                y1={laneNow.centre}
                x2={pct(medDesired)}
                y2={laneDesired.centre}
                stroke={INK.ink}
                strokeWidth={s.arrowWidth}
                markerEnd={`url(#${arrowId})`}
              />
            </g>
          ) : null}

          {medNow !== null ? (
            <At x={medNow} y={laneNow.centre} data-median="now" {...(laneNow.split ? { "data-split": "now" } : {})}>
              <MedianNowShape r={s.medianR} s={s} split={laneNow.split} />
            </At>
          ) : null}
          {medDesired !== null ? (
            <At x={medDesired} y={laneDesired.centre} data-median="desired" {...(laneDesired.split ? { "data-split": "desired" } : {})}>
              <MedianDesiredShape r={s.medianR} s={s} split={laneDesired.split} />
            </At>
          ) : null}

          {hasGhost ? (
            <g data-ghost="">
              {ghostNow !== null ? (
                <At x={ghostNow} y={laneNow.centre} data-ghost-mark="now">
                  <GhostShape r={s.ghostR} s={s} />
                </At>
              ) : null}
              {ghostDesired !== null ? (
                <At x={ghostDesired} y={laneDesired.centre} data-ghost-mark="desired">
                  <GhostShape r={s.ghostR} s={s} />
                </At>
              ) : null}
              {(() => {
                const gx = ghostNow ?? (ghostDesired as number);
                const anchor = gx < -0.5 ? "start" : gx > 0.5 ? "end" : "middle";
                const dx = anchor === "start" ? -s.ghostR : anchor === "end" ? s.ghostR : 0;
                return (
                  <At x={gx} y={ghostLabelY}>
                    <text
                      x={dx}
                      y={0}
                      textAnchor={anchor}
                      fontSize={s.label - 1}
                      fontStyle="italic"
                      fill={INK.muted}
                      data-ghost-label=""
                    >
                      {ghost?.label}
                    </text>
                    {ghostNow !== null ? (
                      <line
                        x1={0}
                        x2={0}
                        y1={4}
                        y2={laneNow.centre - s.ghostR - ghostLabelY}
                        stroke={INK.muted}
                        strokeWidth={1}
                        strokeDasharray="2 2"
                      />
                    ) : null}
                  </At>
                );
              })()}
            </g>
          ) : null}
        </svg>
      </div>

      {legend ? (
        <ChartLegend
          s={s}
          className="mt-3 flex flex-wrap gap-x-5 gap-y-2 text-[#1b1f24]"
          style={{ paddingInline: pad, fontSize: s.label }}
          hatchId={legendHatchId}
          items={{
            dots: [
              ...roleList.map((role) => ({ role, label: roleLabels[role] ?? role })),
              ...(hasNoRoleDot ? [{ role: null, label: roleList.length > 0 ? labels.partnerNoRole : labels.partner }] : []),
            ],
            medianNow: medNow !== null ? labels.medianNow : undefined,
            medianDesired: medDesired !== null ? labels.medianDesired : undefined,
            arrow: medNow !== null && medDesired !== null ? labels.arrow : undefined,
            spread: hasBand ? { now: labels.spreadNow, desired: labels.spreadDesired } : undefined,
            split: hasSplit ? labels.split : undefined,
            ghost: hasGhost ? ghost?.label : undefined,
          }}
        />
      ) : null}
    </div>
  );
}

export default ActBalanceChart;
