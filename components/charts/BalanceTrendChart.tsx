/**
 * The balance of one act over time: one row per session (oldest at the top), on the same
 * axis between the act's two poles as the other charts (no numbers, a faint tick at the
 * middle: no pole is better and the middle is not the goal). In each row the group's
 * median now (filled circle), desired (open diamond) with an arrow from now to desired,
 * and the balance chosen in that session's agreements (a square outline). A session
 * below its anonymity threshold has no marks, only the words "too few answers".
 *
 * A Server Component: static SVG with recharts' Symbols (plain paths), ink only, so it
 * prints in black and white; the table alternative is in BalanceTrendFigure.
 */
import { useId } from "react";
import { Symbols } from "recharts";

export interface TTrendRow {
  id: string;
  /** E.g. "Sessie 2 · 12 maart 2027". */
  label: string;
  now: number | null;
  desired: number | null;
  /** The balances chosen in this session's agreements on this act. */
  chosen: number[];
  /** Shown when now and desired are both missing (hidden below the threshold, or no answers). */
  emptyLabel: string;
}

const ROW = 56;
const LEFT = 34; // percent of the width for the row labels
const PAD = 3; // percent at both ends of the axis

/** x on the axis (-1..1) as a percentage of the chart's width. */
function px(x: number): number {
  const clamped = Math.max(-1, Math.min(1, x));
  return LEFT + PAD + ((clamped + 1) / 2) * (100 - LEFT - 2 * PAD);
}

export function BalanceTrendChart({
  rows,
  poleA,
  poleB,
  ariaLabel,
}: {
  rows: TTrendRow[];
  poleA: string;
  poleB: string;
  ariaLabel: string;
}) {
  const height = 40 + rows.length * ROW;
  const arrowId = `trend-arrow-${useId().replace(/[^a-zA-Z0-9_-]/g, "")}`;
  return (
    <svg role="img" aria-label={ariaLabel} width="100%" height={height} className="block overflow-visible text-[var(--chart-ink,#1b1f24)]" data-trend-chart="">
      <text x={`${px(-1)}%`} y={18} fontSize={15} fontWeight={600} fill="currentColor">
        ◀ {poleA}
      </text>
      <text x={`${px(1)}%`} y={18} fontSize={15} fontWeight={600} textAnchor="end" fill="currentColor">
        {poleB} ▶
      </text>
      <line x1={`${px(0)}%`} x2={`${px(0)}%`} y1={28} y2={height - 4} stroke="#8a939e" strokeDasharray="2 4" />
      {rows.map((row, i) => {
        const y = 40 + i * ROW + ROW / 2;
        const shown = row.now !== null || row.desired !== null;
        return (
          <g key={row.id} data-trend-row={row.id}>
            <text x="0" y={y + 5} fontSize={15} fill="currentColor">
              {row.label}
            </text>
            <line x1={`${px(-1)}%`} x2={`${px(1)}%`} y1={y} y2={y} stroke="#c9d0d8" strokeWidth={2} />
            {!shown ? (
              <text x={`${px(0)}%`} y={y - 10} fontSize={14} textAnchor="middle" fill="#4a5360">
                {row.emptyLabel}
              </text>
            ) : null}
            {row.now !== null && row.desired !== null && Math.abs(row.desired - row.now) > 0.02 ? (
              <line
                x1={`${px(row.now)}%`}
                x2={`${px(row.desired)}%`}
                y1={y}
                y2={y}
                stroke="currentColor"
                strokeWidth={3}
                markerEnd={`url(#${arrowId})`}
              />
            ) : null}
            {row.chosen.map((c, j) => (
              <svg key={j} x={`${px(c)}%`} y={y} overflow="visible">
                <Symbols cx={0} cy={0} type="square" size={420} fill="none" stroke="currentColor" strokeWidth={2.5} />
              </svg>
            ))}
            {row.now !== null ? (
              <svg x={`${px(row.now)}%`} y={y} overflow="visible">
                <Symbols cx={0} cy={0} type="circle" size={260} fill="currentColor" stroke="#ffffff" strokeWidth={1.5} />
              </svg>
            ) : null}
            {row.desired !== null ? (
              <svg x={`${px(row.desired)}%`} y={y} overflow="visible">
                <Symbols cx={0} cy={0} type="diamond" size={300} fill="#ffffff" stroke="currentColor" strokeWidth={2.5} />
              </svg>
            ) : null}
          </g>
        );
      })}
      <defs>
        <marker id={arrowId} viewBox="0 0 10 10" refX="16" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse">
          <path d="M0,0 L10,5 L0,10 z" fill="currentColor" />
        </marker>
      </defs>
    </svg>
  );
}
