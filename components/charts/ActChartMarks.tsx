/**
 * The parts inside ActBalanceChart's <svg>: the axis, a lane with its spread band and
 * dots, the arrow and medians, and the ghost of a previous session. Placed by
 * act-chart-layout.ts. Static SVG: rendered on the server.
 */
import { INK, type SIZES, type TChartSize } from "./chart-style";
import { clampPosition, pct } from "./geometry";
import type { TActChartLayout, TLane } from "./act-chart-layout";
import { At, DotShape, GhostShape, MedianDesiredShape, MedianNowShape } from "./marks";

type TSize = (typeof SIZES)[TChartSize];

/** A double-headed line between the poles, and a faint unlabelled middle. */
export function ActAxis({ layout }: { layout: TActChartLayout }) {
  const { axisY, axisHead, svgHeight } = layout;
  return (
    <>
      <line x1="0%" x2="100%" y1={axisY} y2={axisY} stroke={INK.ink} strokeWidth={1.5} data-axis="" />
      <At x={-1} y={axisY}>
        <path d={`M-2,0 L${axisHead},-${axisHead / 2} L${axisHead},${axisHead / 2} Z`} fill={INK.ink} />
      </At>
      <At x={1} y={axisY}>
        <path d={`M2,0 L-${axisHead},-${axisHead / 2} L-${axisHead},${axisHead / 2} Z`} fill={INK.ink} />
      </At>
      <line x1="50%" x2="50%" y1={axisY + 3} y2={svgHeight - 4} stroke={INK.faint} strokeWidth={1} strokeDasharray="2 4" data-middle-tick="" />
    </>
  );
}

/** One lane: its background, the middle half of the partners as a band (hatched for desired), its label and the dots. */
export function ActLane({ lane, s, hatchId }: { lane: TLane; s: TSize; hatchId: string }) {
  return (
    <g data-lane={lane.key}>
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
      <text x={0} y={lane.top - 7} fontSize={s.laneLabel} fontWeight={700} fill={INK.ink} stroke={INK.paper} strokeWidth={4} paintOrder="stroke">
        {lane.label}
      </text>
      {lane.dots.map((d, i) => (
        <At key={i} x={d.value} y={lane.centre + d.level * lane.step} data-dot={lane.key} data-role={d.role ?? ""}>
          <DotShape role={d.role} s={s} />
        </At>
      ))}
    </g>
  );
}

/** The arrow from the median now to the median desired, and the two medians (broken in two when split). */
export function ActMedians({ layout, s, arrowId }: { layout: TActChartLayout; s: TSize; arrowId: string }) {
  const { now: medNow, desired: medDesired } = layout.medians;
  const [laneNow, laneDesired] = layout.lanes;
  return (
    <>
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
    </>
  );
}

/** A previous session's medians as dashed rings, with its label in a row of its own above the lanes. */
export function ActGhost({ layout, label, s }: { layout: TActChartLayout; label: string | undefined; s: TSize }) {
  if (!layout.ghost) return null;
  const { now: ghostNow, desired: ghostDesired } = layout.ghost;
  const [laneNow, laneDesired] = layout.lanes;
  const { ghostLabelY } = layout;
  const gx = ghostNow ?? (ghostDesired as number);
  const anchor = gx < -0.5 ? "start" : gx > 0.5 ? "end" : "middle";
  const dx = anchor === "start" ? -s.ghostR : anchor === "end" ? s.ghostR : 0;
  return (
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
      <At x={gx} y={ghostLabelY}>
        <text x={dx} y={0} textAnchor={anchor} fontSize={s.label} fontStyle="italic" fill={INK.muted} data-ghost-label="">
          {label}
        </text>
        {ghostNow !== null ? (
          <line x1={0} x2={0} y1={4} y2={laneNow.centre - s.ghostR - ghostLabelY} stroke={INK.muted} strokeWidth={1} strokeDasharray="2 2" />
        ) : null}
      </At>
    </g>
  );
}
