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
 * Static SVG (plus recharts' Symbols, a plain path) with no interactivity: on the
 * results page and the report it is a Server Component, whose code never reaches the
 * browser; the presentation deck draws it in the browser from the live result. It looks
 * the same on the server, in print and without JavaScript, has no animation, and is fluid
 * (horizontal positions are percentages). The layout is computed in
 * act-chart-layout.ts, the parts are drawn by ActChartMarks.tsx; the text alternative
 * and the data table live in ActBalanceFigure.
 */
import { useId } from "react";
import { actChartLayout, actLegendItems, type TActChartProfile } from "./act-chart-layout";
import { ActAxis, ActGhost, ActLane, ActMedians } from "./ActChartMarks";
import { SIZES, type TChartSize } from "./chart-style";
import { ChartLegend } from "./ChartLegend";
import { ArrowDefs, HatchDefs, svgId } from "./marks";

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
  /** The label on the chart when it points at the ring in the "now" lane, e.g. "Vorige sessie: nu" (default: label). */
  markNow?: string;
  /** The label on the chart when only the "desired" ring is drawn, e.g. "Vorige sessie: gewenst" (default: label). */
  markDesired?: string;
  /** The legend item: says that a ring marks the group now and desired (default: label). */
  legend?: string;
}

export interface ActBalanceChartProps {
  /** The act's profile from lib/scoring (only these fields are used). */
  profile: TActChartProfile;
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
  /** The legend beside the chart, one item a line (a projector slide; its labels are short). */
  compactLegend?: boolean;
  className?: string;
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
  compactLegend = false,
  className,
}: ActBalanceChartProps) {
  const reactId = useId();
  if (profile.hidden) return null;

  const s = SIZES[size];
  const layout = actChartLayout(profile, labels, ghost, s);
  const { pad } = layout;
  const arrowId = svgId(reactId, "arrow");
  const hatchId = svgId(reactId, "hatch");

  return (
    <div
      className={`${className ?? ""} ${compactLegend ? "grid grid-cols-[minmax(0,1fr)_26rem] items-start gap-x-6" : ""}`}
      data-chart="act-balance"
      data-size={size}
    >
      <div>
        {/* Pole labels at both ends of the axis (text, not numbers). */}
        <div className="flex items-end justify-between gap-4 font-semibold leading-tight text-[var(--chart-ink,#1b1f24)]" style={{ paddingInline: pad, fontSize: s.poleLabel }}>
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
            height={layout.svgHeight}
            overflow="visible"
            className="block overflow-visible"
            style={{ fontFamily: "inherit" }}
          >
            <defs>
              <ArrowDefs id={arrowId} s={s} gap={s.medianR + 2} />
              <HatchDefs id={hatchId} />
            </defs>
            <ActAxis layout={layout} />
            {layout.lanes.map((lane) => (
              <ActLane key={lane.key} lane={lane} s={s} hatchId={hatchId} />
            ))}
            <ActMedians layout={layout} s={s} arrowId={arrowId} />
            <ActGhost layout={layout} label={ghost ? (layout.ghost?.now != null ? ghost.markNow : ghost.markDesired) ?? ghost.label : undefined} s={s} />
          </svg>
        </div>
      </div>

      {legend ? (
        <ChartLegend
          s={s}
          className={`flex text-[var(--chart-ink,#1b1f24)] ${compactLegend ? "flex-col gap-y-1 leading-tight [&_svg]:max-h-8 [&_svg]:w-auto" : "mt-3 flex-wrap gap-x-5 gap-y-2"}`}
          style={{ paddingInline: compactLegend ? 0 : pad, fontSize: s.label }}
          hatchId={svgId(reactId, "legend-hatch")}
          items={actLegendItems(profile, layout, labels, roleLabels, ghost ? (ghost.legend ?? ghost.label) : undefined)}
        />
      ) : null}
    </div>
  );
}

export default ActBalanceChart;
