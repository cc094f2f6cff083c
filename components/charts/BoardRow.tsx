/**
 * One row of the balance board: the act's title (with a badge when a series is split),
 * its two poles, and between them the track, or a message when the act is hidden
 * (too few respondents). Static SVG and text: rendered on the server.
 */
import type { TBalanceBoardLabels, TBalanceBoardRow } from "./BalanceBoard";
import { INK, SIZES, type TChartSize } from "./chart-style";
import { clampPosition, pct } from "./geometry";
import { At, GhostShape, LegendIcon, MedianDesiredShape, MedianNowShape } from "./marks";

type TSize = (typeof SIZES)[TChartSize];

export function BoardRow({
  row,
  labels,
  size,
  pad,
  arrowId,
  hatchId,
}: {
  row: TBalanceBoardRow;
  labels: Pick<TBalanceBoardLabels, "splitNow" | "splitDesired" | "splitBoth">;
  size: TChartSize;
  /** Room at both ends of the track for the markers (px). */
  pad: number;
  /** Ids of the board's shared arrowhead and hatching. */
  arrowId: string;
  hatchId: string;
}) {
  const s = SIZES[size];
  const projector = size === "projector";
  const titleClass = projector ? "text-2xl font-bold" : "text-base font-semibold";
  const poleClass = projector ? "text-[1.75rem] font-semibold leading-tight" : "text-[0.95rem] font-medium leading-snug";
  const sp = row.profile.split;
  // Which series is split (two groups hide behind the middle value).
  const splitBadge = row.profile.hidden
    ? null
    : sp.now && sp.desired
      ? labels.splitBoth
      : sp.now
        ? labels.splitNow
        : sp.desired
          ? labels.splitDesired
          : null;
  return (
    <li
      data-act={row.actId}
      className={`break-inside-avoid border-b border-[var(--chart-faint,#c9d0d8)] last:border-b-0 ${
        // On a projector the title sits beside the track (one line per act: all five fit a slide).
        projector ? "grid grid-cols-[24rem_minmax(0,1fr)] items-center gap-x-6 py-1" : "py-3"
      }`}
    >
      <div className={`flex flex-wrap items-center gap-x-3 gap-y-1 text-[var(--chart-ink,#1b1f24)] ${projector ? "" : "mb-1"}`}>
        <span className={titleClass}>{row.title}</span>
        {splitBadge ? (
          <span
            className={`inline-flex items-center gap-1 rounded border border-[var(--chart-ink,#1b1f24)] px-2 ${projector ? "text-xl" : "text-sm"}`}
            data-split-badge=""
          >
            <LegendIcon width={projector ? 24 : 18} height={projector ? 20 : 14}>
              <MedianNowShape r={projector ? 8 : 6} s={SIZES.screen} split />
            </LegendIcon>
            {splitBadge}
          </span>
        ) : null}
      </div>
      <div
        className={`grid grid-cols-2 items-center gap-x-4 gap-y-1 ${
          projector
            ? "md:grid-cols-[minmax(9rem,1fr)_minmax(0,2.6fr)_minmax(9rem,1fr)]"
            : "sm:grid-cols-[minmax(7rem,1fr)_minmax(0,2.6fr)_minmax(7rem,1fr)]"
        }`}
      >
        <span data-pole="a" className={`col-start-1 row-start-1 text-left text-[var(--chart-ink,#1b1f24)] ${projector ? "md:text-right" : "sm:text-right"} ${poleClass}`}>
          {row.poleA}
        </span>
        <span
          data-pole="b"
          className={`col-start-2 row-start-1 text-right text-[var(--chart-ink,#1b1f24)] ${projector ? "md:col-start-3 md:text-left" : "sm:col-start-3 sm:text-left"} ${poleClass}`}
        >
          {row.poleB}
        </span>
        <div
          className={`col-span-2 row-start-2 ${projector ? "md:col-span-1 md:col-start-2 md:row-start-1" : "sm:col-span-1 sm:col-start-2 sm:row-start-1"}`}
          style={{ paddingInline: pad }}
        >
          {row.profile.hidden ? (
            <p
              className={`m-0 flex items-center justify-center rounded border border-dashed border-[var(--chart-line,#6b7580)] px-3 text-center italic text-[var(--chart-muted,#4a5360)] ${projector ? "text-xl" : "text-sm"}`}
              style={{ minHeight: s.boardTrack }}
              data-hidden-row=""
            >
              {row.hiddenText}
            </p>
          ) : (
            <BoardTrack row={row} s={s} arrowId={arrowId} hatchId={hatchId} />
          )}
        </div>
      </div>
    </li>
  );
}

/** The track between the poles: axis, spread bands, arrow, medians and ghost rings (decorative: the board's name and table carry the meaning). */
export function BoardTrack({ row, s, arrowId, hatchId }: { row: TBalanceBoardRow; s: TSize; arrowId: string; hatchId: string }) {
  const h = s.boardTrack;
  const yNow = Math.round(h * 0.3);
  const yDesired = Math.round(h * 0.7);
  const band = s.boardBand;
  const { now, desired, split } = row.profile;
  const medNow = clampPosition(now?.median);
  const medDesired = clampPosition(desired?.median);
  const gNow = clampPosition(row.ghost?.now);
  const gDesired = clampPosition(row.ghost?.desired);
  const series = [
    { key: "now" as const, y: yNow, stats: now, split: split.now },
    { key: "desired" as const, y: yDesired, stats: desired, split: split.desired },
  ];
  return (
    <svg width="100%" height={h} overflow="visible" className="block overflow-visible" aria-hidden="true" focusable="false" data-track={row.actId}>
      {/* Axis: thin line with end caps; faint unlabelled middle. */}
      <line x1="0%" x2="100%" y1={h / 2} y2={h / 2} stroke={INK.line} strokeWidth={1} />
      <line x1="0%" x2="0%" y1={h / 2 - 6} y2={h / 2 + 6} stroke={INK.line} strokeWidth={1.5} />
      <line x1="100%" x2="100%" y1={h / 2 - 6} y2={h / 2 + 6} stroke={INK.line} strokeWidth={1.5} />
      <line x1="50%" x2="50%" y1={2} y2={h - 2} stroke={INK.faint} strokeWidth={1} strokeDasharray="2 4" />

      {series.map((se) => {
        if (!se.stats) return null;
        const q1 = clampPosition(se.stats.q1) ?? 0;
        const q3 = clampPosition(se.stats.q3) ?? 0;
        return (
          <rect
            key={se.key}
            x={pct(q1)}
            width={`${Math.max(0.4, ((q3 - q1) / 2) * 100)}%`}
            y={se.y - band / 2}
            height={band}
            fill={se.key === "desired" ? `url(#${hatchId})` : INK.band}
            stroke={INK.line}
            strokeWidth={1}
            data-band={se.key}
          />
        );
      })}

      {medNow !== null && medDesired !== null ? (
        <g data-arrow="">
          <line x1={pct(medNow)} y1={yNow} x2={pct(medDesired)} y2={yDesired} stroke={INK.paper} strokeWidth={s.arrowWidth + 4} />
          <line x1={pct(medNow)} y1={yNow} x2={pct(medDesired)} y2={yDesired} stroke={INK.ink} strokeWidth={s.arrowWidth} markerEnd={`url(#${arrowId})`} />
        </g>
      ) : null}

      {medNow !== null ? (
        <At x={medNow} y={yNow} data-median="now" {...(split.now ? { "data-split": "now" } : {})}>
          <MedianNowShape r={s.medianR} s={s} split={split.now} />
        </At>
      ) : null}
      {medDesired !== null ? (
        <At x={medDesired} y={yDesired} data-median="desired" {...(split.desired ? { "data-split": "desired" } : {})}>
          <MedianDesiredShape r={s.medianR} s={s} split={split.desired} />
        </At>
      ) : null}

      {gNow !== null ? (
        <At x={gNow} y={yNow} data-ghost-mark="now">
          <GhostShape r={s.ghostR} s={s} />
        </At>
      ) : null}
      {gDesired !== null ? (
        <At x={gDesired} y={yDesired} data-ghost-mark="desired">
          <GhostShape r={s.ghostR} s={s} />
        </At>
      ) : null}
    </svg>
  );
}
