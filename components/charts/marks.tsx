/**
 * SVG marks shared by the balance charts, all static: the charts that use them render
 * as Server Components (results, report) and in the presentation deck's browser code.
 * recharts' Symbols is a plain <path>; Next.js rewrites the import from "recharts" to
 * the Symbols module itself (recharts is in its default optimizePackageImports), so
 * neither the server nor the deck's bundle loads recharts' chart contexts, which a
 * Server Component could not run.
 *
 * Horizontal positions are percentages (see geometry.ts): a mark is drawn around
 * (0, 0) inside a nested <svg x="p%" y="…" overflow="visible">, so it keeps its
 * size in px at every chart width.
 */
import type { ReactNode } from "react";
import { Symbols } from "recharts";
import { INK, roleStyle, SIZES, type TChartSize } from "./chart-style";
import { pct } from "./geometry";

type TSize = (typeof SIZES)[TChartSize];

/** Places children centred on (position on the axis, y in px). */
export function At({ x, y, children, ...data }: { x: number; y: number; children: ReactNode } & Record<`data-${string}`, string>) {
  return (
    <svg x={pct(x)} y={y} overflow="visible" {...data}>
      {children}
    </svg>
  );
}

/** A sanitized id for use in url(#…) references. */
export function svgId(reactId: string, suffix: string): string {
  return `bc-${reactId.replace(/[^a-zA-Z0-9_-]/g, "")}-${suffix}`;
}

/** Arrowhead whose tip stops `gap` px before the end point of the line (outside the target marker). */
export function ArrowDefs({ id, s, gap }: { id: string; s: TSize; gap: number }) {
  const h = s.arrowHead;
  return (
    <marker
      id={id}
      viewBox={`0 0 ${h} ${h}`}
      markerWidth={h}
      markerHeight={h}
      markerUnits="userSpaceOnUse"
      refX={h + gap}
      refY={h / 2}
      orient="auto"
    >
      <path d={`M0,0 L${h},${h / 2} L0,${h} Z`} fill={INK.ink} />
    </marker>
  );
}

/** Diagonal hatching: the "desired" spread band (tells it apart from "now" in black and white). */
export function HatchDefs({ id }: { id: string }) {
  return (
    <pattern id={id} patternUnits="userSpaceOnUse" width={6} height={6} patternTransform="rotate(45)">
      <rect width={6} height={6} fill={INK.paper} />
      <line x1={0} y1={0} x2={0} y2={6} stroke={INK.line} strokeWidth={2} />
    </pattern>
  );
}

/** One participant (anonymous): shape and colour by role, always with a dark outline. */
export function DotShape({ role, s, scale = 1 }: { role: string | null; s: TSize; scale?: number }) {
  const style = roleStyle(role);
  const down = style.shape === "triangle-down";
  const symbol = (
    <Symbols
      cx={0}
      cy={0}
      type={style.shape === "triangle-down" ? "triangle" : style.shape}
      size={s.dotArea * scale}
      fill={style.fill}
      stroke={INK.ink}
      strokeWidth={s.dotStroke}
    />
  );
  // The triangle is drawn around its centre, so half a turn keeps the dot where it was.
  return down ? <g transform="rotate(180)">{symbol}</g> : symbol;
}

/** Horizontal gap between the two halves of a split ("broken") median marker. */
function splitGap(r: number): number {
  return Math.max(2.5, r * 0.3);
}

function halfDisc(r: number, side: "left" | "right"): string {
  return `M0,${-r} A${r},${r} 0 0 ${side === "left" ? 0 : 1} 0,${r} Z`;
}

function halfArc(r: number, side: "left" | "right"): string {
  return `M0,${-r} A${r},${r} 0 0 ${side === "left" ? 0 : 1} 0,${r}`;
}

/**
 * The group's median now: a solid ink disc with a white ring so it stands out above
 * dots. When the series is split into two groups the disc is drawn broken in two
 * halves: this middle value hides two groups.
 */
export function MedianNowShape({ r, s, split = false }: { r: number; s: TSize; split?: boolean }) {
  const halo = s.medianStroke * 0.75;
  if (!split) return <circle r={r} fill={INK.ink} stroke={INK.paper} strokeWidth={halo} />;
  const g = splitGap(r);
  return (
    <g data-split-mark="">
      {(["left", "right"] as const).map((side) => (
        <path
          key={side}
          d={halfDisc(r, side)}
          transform={`translate(${side === "left" ? -g : g},0)`}
          fill={INK.ink}
          stroke={INK.paper}
          strokeWidth={halo}
          strokeLinejoin="round"
        />
      ))}
    </g>
  );
}

/** The group's median desired: a ring with a centre dot (a target), white inside; broken in two when split. */
export function MedianDesiredShape({ r, s, split = false }: { r: number; s: TSize; split?: boolean }) {
  const ringR = r - s.medianStroke / 2;
  const dotR = Math.max(2, r * 0.3);
  const halo = s.medianStroke * 0.75;
  if (!split) {
    return (
      <g>
        <circle r={r + halo} fill={INK.paper} />
        <circle r={ringR} fill={INK.paper} stroke={INK.ink} strokeWidth={s.medianStroke} />
        <circle r={dotR} fill={INK.ink} />
      </g>
    );
  }
  const g = splitGap(r);
  return (
    <g data-split-mark="">
      {(["left", "right"] as const).map((side) => (
        <g key={side} transform={`translate(${side === "left" ? -g : g},0)`}>
          <path d={halfDisc(r + halo, side)} fill={INK.paper} />
          <path d={halfArc(ringR, side)} fill={INK.paper} stroke={INK.ink} strokeWidth={s.medianStroke} />
          <path d={halfDisc(dotR, side)} fill={INK.ink} />
        </g>
      ))}
    </g>
  );
}

/** A previous session's position: dashed hollow ring. */
export function GhostShape({ r, s }: { r: number; s: TSize }) {
  return (
    <circle
      r={r}
      fill="none"
      stroke={INK.muted}
      strokeWidth={Math.max(1.5, s.medianStroke * 0.6)}
      strokeDasharray={`${Math.round(r * 0.45)} ${Math.round(r * 0.3)}`}
    />
  );
}

/** A small standalone SVG for the legends (decorative: the legend text carries the meaning). */
export function LegendIcon({ children, width = 24, height = 24 }: { children: ReactNode; width?: number; height?: number }) {
  return (
    <svg width={width} height={height} viewBox={`${-width / 2} ${-height / 2} ${width} ${height}`} aria-hidden="true" focusable="false" className="shrink-0 overflow-visible">
      {children}
    </svg>
  );
}

/** Legend swatch for a spread band: solid for now, hatched for desired. */
export function BandSwatch({ hatchId, hatched, width = 24, height = 12 }: { hatchId?: string; hatched: boolean; width?: number; height?: number }) {
  return (
    <svg width={width} height={height} aria-hidden="true" focusable="false" className="shrink-0">
      {hatched && hatchId ? (
        <defs>
          <HatchDefs id={hatchId} />
        </defs>
      ) : null}
      <rect
        x={0.5}
        y={0.5}
        width={width - 1}
        height={height - 1}
        fill={hatched && hatchId ? `url(#${hatchId})` : INK.band}
        stroke={INK.line}
      />
    </svg>
  );
}

/** Legend swatch for the arrow from now to desired. */
export function ArrowSwatch({ s, width = 32 }: { s: TSize; width?: number }) {
  const h = s.arrowHead;
  return (
    <svg width={width} height={h} aria-hidden="true" focusable="false" className="shrink-0">
      <line x1={0} y1={h / 2} x2={width - h} y2={h / 2} stroke={INK.ink} strokeWidth={s.arrowWidth} />
      <path d={`M${width - h},0 L${width},${h / 2} L${width - h},${h} Z`} fill={INK.ink} />
    </svg>
  );
}
