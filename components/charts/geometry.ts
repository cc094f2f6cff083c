/**
 * Geometry for the balance charts. Pure, deterministic, no React.
 *
 * The charts are fluid: horizontal positions are percentages of the plot width
 * (SVG accepts "37.5%" for x, cx, x1, ...), so the same markup works at any width,
 * on the server and in print, without measuring the DOM. Vertical positions are px.
 */

/** Clamps a position to the axis [-1, 1]; non-finite values are null. */
export function clampPosition(x: number | null | undefined): number | null {
  if (x === null || x === undefined || !Number.isFinite(x)) return null;
  return Math.max(-1, Math.min(1, x));
}

/** Position on the axis (-1..1) as a percentage of the plot width (0..100). */
export function toPercent(x: number): number {
  const c = Math.max(-1, Math.min(1, x));
  return Math.round(((c + 1) / 2) * 100000) / 1000;
}

export function pct(x: number): string {
  return `${toPercent(x)}%`;
}

/**
 * Default collision distance on the axis: two dots closer than this (in axis units)
 * are stacked. 0.045 is ~14 px on a 620 px wide plot, a bit more than one dot.
 */
export const STACK_COLLIDE = 0.045;

export interface TStacked<T> {
  item: T;
  value: number;
  /** 0 on the lane's centre line, then +1, -1, +2, -2, ... (one dot step each). */
  level: number;
}

/**
 * Beeswarm-like stacking: dots keep their exact horizontal position; a dot that
 * would overlap an earlier one gets the nearest free level around the lane's centre
 * (0, +1, -1, +2, ...). Items are sorted by value first (ties by `tieKey`), so the
 * result does not depend on input order.
 */
export function stackValues<T>(
  items: readonly T[],
  valueOf: (item: T) => number | null,
  tieKey: (item: T) => string = () => "",
  collide: number = STACK_COLLIDE,
): TStacked<T>[] {
  const list: { item: T; value: number; key: string }[] = [];
  for (const item of items) {
    const v = clampPosition(valueOf(item));
    if (v !== null) list.push({ item, value: v, key: tieKey(item) });
  }
  list.sort((p, q) => p.value - q.value || (p.key < q.key ? -1 : p.key > q.key ? 1 : 0));
  const placed: TStacked<T>[] = [];
  let windowStart = 0;
  for (const entry of list) {
    while (windowStart < placed.length && entry.value - (placed[windowStart] as TStacked<T>).value >= collide) windowStart++;
    const taken = new Set<number>();
    for (let i = windowStart; i < placed.length; i++) taken.add((placed[i] as TStacked<T>).level);
    let level = 0;
    for (let k = 1; taken.has(level); k++) level = k % 2 === 1 ? (k + 1) / 2 : -k / 2;
    placed.push({ item: entry.item, value: entry.value, level });
  }
  return placed;
}

/** Largest |level| in a stacking (0 when empty). */
export function maxLevel(stacked: readonly { level: number }[]): number {
  let m = 0;
  for (const s of stacked) m = Math.max(m, Math.abs(s.level));
  return m;
}
