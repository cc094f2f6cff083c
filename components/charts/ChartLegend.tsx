/**
 * The legend under the balance charts (ActBalanceChart, BalanceBoard): one <li> per
 * kind of mark, always in the same order (role dots, median now, median desired,
 * arrow, spread bands, split marker, ghost). An item is shown only when its label is
 * given, so each chart decides which items apply. Static: rendered on the server with
 * the charts.
 */
import type { CSSProperties } from "react";
import type { SIZES, TChartSize } from "./chart-style";
import {
  ArrowSwatch,
  BandSwatch,
  DotShape,
  GhostShape,
  LegendIcon,
  MedianDesiredShape,
  MedianNowShape,
} from "./marks";

type TSize = (typeof SIZES)[TChartSize];

/** Legend items (already translated). A missing label leaves the item out. */
export interface TChartLegendItems {
  /** One item per dot kind, in this order; `role: null` is a dot whose role is not shown. */
  dots?: readonly { role: string | null; label: string }[];
  medianNow?: string;
  medianDesired?: string;
  /** The arrow from now to desired. */
  arrow?: string;
  /** The spread bands: solid for now, hatched for desired. */
  spread?: { now: string; desired: string };
  split?: string;
  /** The ghost rings (a previous session). */
  ghost?: string;
}

export interface ChartLegendProps {
  s: TSize;
  items: TChartLegendItems;
  /** Id of the hatch pattern inside the "desired" band swatch (unique per chart). */
  hatchId: string;
  /** Height of the band swatches in px (default: BandSwatch's own). */
  bandHeight?: number;
  className: string;
  style?: CSSProperties;
}

export function ChartLegend({ s, items, hatchId, bandHeight, className, style }: ChartLegendProps) {
  const { dots = [], medianNow, medianDesired, arrow, spread, split, ghost } = items;
  return (
    <ul className={className} style={style} data-legend="">
      {dots.map((d) => (
        <li key={d.role ?? "\u0000no-role"} className="flex items-center gap-2">
          <LegendIcon width={s.label + 6} height={s.label + 6}>
            <DotShape role={d.role} s={s} />
          </LegendIcon>
          <span>{d.label}</span>
        </li>
      ))}
      {medianNow !== undefined ? (
        <li className="flex items-center gap-2">
          <LegendIcon width={2 * s.medianR + 8} height={2 * s.medianR + 8}>
            <MedianNowShape r={s.medianR} s={s} />
          </LegendIcon>
          <span>{medianNow}</span>
        </li>
      ) : null}
      {medianDesired !== undefined ? (
        <li className="flex items-center gap-2">
          <LegendIcon width={2 * s.medianR + 8} height={2 * s.medianR + 8}>
            <MedianDesiredShape r={s.medianR} s={s} />
          </LegendIcon>
          <span>{medianDesired}</span>
        </li>
      ) : null}
      {arrow !== undefined ? (
        <li className="flex items-center gap-2">
          <ArrowSwatch s={s} />
          <span>{arrow}</span>
        </li>
      ) : null}
      {spread ? (
        <>
          <li className="flex items-center gap-2">
            <BandSwatch hatched={false} height={bandHeight} />
            <span>{spread.now}</span>
          </li>
          <li className="flex items-center gap-2">
            <BandSwatch hatched hatchId={hatchId} height={bandHeight} />
            <span>{spread.desired}</span>
          </li>
        </>
      ) : null}
      {split !== undefined ? (
        <li className="flex items-center gap-2">
          <LegendIcon width={2 * s.medianR + 14} height={2 * s.medianR + 8}>
            <MedianNowShape r={s.medianR} s={s} split />
          </LegendIcon>
          <span>{split}</span>
        </li>
      ) : null}
      {ghost !== undefined ? (
        <li className="flex items-center gap-2">
          <LegendIcon width={2 * s.ghostR + 6} height={2 * s.ghostR + 6}>
            <GhostShape r={s.ghostR} s={s} />
          </LegendIcon>
          <span>{ghost}</span>
        </li>
      ) : null}
    </ul>
  );
}
