/**
 * The text rules of a polarity-map line that the projector's editor needs in the browser
 * too (kept apart from lib/domain/polarity.ts, so the browser gets no zod).
 */

/** One line on the map: a short phrase, as the room says it. */
export const MAX_POLARITY_TEXT_LENGTH = 300;

/** The text two entries become when they are merged: both, in order, as one line the facilitator can edit. */
export function mergedText(first: string, second: string): string {
  const a = first.trim().replace(/[.;,\s]+$/u, "");
  const b = second.trim();
  if (!a) return b;
  if (!b) return first.trim();
  return `${a}; ${b}`;
}
