/**
 * The balance board: all five balancing acts in one figure, one row per act.
 * Pole A label left, pole B label right, and between them a track with:
 *   - the group's median now (solid disc, upper lane) and desired (ring, lower lane)
 *     with an arrow between them (a vertical arrow means: no shift),
 *   - the middle half of the partners as a band (solid: now, hatched: desired),
 *   - a zigzag "split" marker where a series is split into two groups,
 *   - optionally a previous session as dashed rings (ghost).
 * Nothing on it is a score: no numbers on the axis, no colour that means good or bad.
 * Everything is ink, shape and line style, so it prints in black and white.
 *
 * `size="projector"` uses large type, thick lines and tall rows for a beamer.
 *
 * Static SVG and text with no interactivity: a Server Component on the results page and
 * the report (none of its code reaches the browser there), drawn in the browser by the
 * presentation deck from the live result. Each row is drawn by BoardRow.tsx.
 */
import { useId } from "react";
import type { TActProfile } from "@/lib/domain/scoring";
import { BoardRow } from "./BoardRow";
import { SIZES, type TChartSize } from "./chart-style";
import { clampPosition } from "./geometry";
import { ChartLegend } from "./ChartLegend";
import { ArrowDefs, HatchDefs, svgId } from "./marks";

export interface TBalanceBoardRow {
  actId: string;
  /** Act title (already translated). */
  title: string;
  poleA: string;
  poleB: string;
  profile: Pick<TActProfile, "hidden" | "now" | "desired" | "split">;
  /** A previous session's medians for this act. */
  ghost?: { now: number | null; desired: number | null } | null;
  /** Shown instead of the track when the act is hidden (already translated). */
  hiddenText?: string;
}

export interface TBalanceBoardLabels {
  medianNow: string;
  medianDesired: string;
  arrow: string;
  spreadNow: string;
  spreadDesired: string;
  split: string;
  /** Badge next to a title when a series is split. */
  splitNow: string;
  splitDesired: string;
  splitBoth: string;
  /** Legend label of the ghost rings, e.g. "Vorige sessie". Needed when any row has a ghost. */
  ghost?: string;
}

export interface BalanceBoardProps {
  rows: readonly TBalanceBoardRow[];
  labels: TBalanceBoardLabels;
  /** Accessible name of the board (role="img"): a short text summary. */
  ariaLabel: string;
  size?: TChartSize;
  legend?: boolean;
  className?: string;
}

export function BalanceBoard({ rows, labels, ariaLabel, size = "screen", legend = true, className }: BalanceBoardProps) {
  const reactId = useId();
  const s = SIZES[size];
  const projector = size === "projector";
  const arrowId = svgId(reactId, "arrow");
  const hatchId = svgId(reactId, "hatch");
  const legendHatchId = svgId(reactId, "legend-hatch");
  const pad = Math.ceil(Math.max(s.ghostR, s.medianR + s.medianStroke) + 4);

  const visible = rows.filter((r) => !r.profile.hidden);
  const hasGhost = visible.some((r) => clampPosition(r.ghost?.now) !== null || clampPosition(r.ghost?.desired) !== null);
  const hasSplit = visible.some((r) => (r.profile.split.now && r.profile.now) || (r.profile.split.desired && r.profile.desired));
  const hasBand = visible.some((r) => r.profile.now || r.profile.desired);
  const hasArrow = visible.some((r) => r.profile.now && r.profile.desired);

  return (
    <div className={className} data-chart="balance-board" data-size={size}>
      {/* One shared set of SVG definitions (arrowhead, hatching) for all rows. */}
      <svg width={0} height={0} aria-hidden="true" focusable="false" className="absolute">
        <defs>
          <ArrowDefs id={arrowId} s={s} gap={s.medianR + 2} />
          <HatchDefs id={hatchId} />
        </defs>
      </svg>
      <div role="img" aria-label={ariaLabel}>
        <ol className="m-0 list-none p-0">
          {rows.map((row) => (
            <BoardRow key={row.actId} row={row} labels={labels} size={size} pad={pad} arrowId={arrowId} hatchId={hatchId} />
          ))}
        </ol>
      </div>

      {legend ? (
        <ChartLegend
          s={s}
          className={`flex list-none flex-wrap border-t border-[var(--chart-faint,#c9d0d8)] p-0 text-[var(--chart-ink,#1b1f24)] ${projector ? "mt-2 gap-x-5 gap-y-1 pt-2 text-xl [&_svg]:max-h-8 [&_svg]:w-auto" : "mt-4 gap-x-6 gap-y-2 pt-3 text-sm"}`}
          hatchId={legendHatchId}
          bandHeight={s.boardBand}
          items={{
            medianNow: labels.medianNow,
            medianDesired: labels.medianDesired,
            arrow: hasArrow ? labels.arrow : undefined,
            spread: hasBand ? { now: labels.spreadNow, desired: labels.spreadDesired } : undefined,
            split: hasSplit ? labels.split : undefined,
            ghost: hasGhost && labels.ghost ? labels.ghost : undefined,
          }}
        />
      ) : null}
    </div>
  );
}

export default BalanceBoard;
