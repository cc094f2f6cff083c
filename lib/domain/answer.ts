/**
 * What one stored answer is made of, written once: its dimension and, for the 7-point
 * scale, its value range. The database stores the dimension as a string (SQLite has no
 * enums); lib/data/answers.ts narrows it with isAnswerDimension on the way out, the
 * answers route validates it with ANSWER_DIMENSIONS on the way in, and the workbook's
 * client components are typed with TAnswerDimension. Pure, dependency-free.
 */

/** The dimensions of an answer: a position now or desired, a ticked option, an open text. */
export const ANSWER_DIMENSIONS = ["now", "desired", "choice", "text"] as const;
export type TAnswerDimension = (typeof ANSWER_DIMENSIONS)[number];

/** The dimensions of a position on the 7-point scale (the scoring model reads these). */
export const SCALE_DIMENSIONS = ["now", "desired"] as const satisfies readonly TAnswerDimension[];
export type TScaleDimension = (typeof SCALE_DIMENSIONS)[number];

export function isAnswerDimension(value: unknown): value is TAnswerDimension {
  return (ANSWER_DIMENSIONS as readonly unknown[]).includes(value);
}

export function isScaleDimension(value: unknown): value is TScaleDimension {
  return value === "now" || value === "desired";
}

/** The 7-point scale: 1 = fully the left text, 4 = the middle, 7 = fully the right text. */
export const SCALE_MIN = 1;
export const SCALE_MAX = 7;
/** The points of the scale, left to right. */
export const SCALE_POINTS = [1, 2, 3, 4, 5, 6, 7] as const;
export type TScalePoint = (typeof SCALE_POINTS)[number];

/**
 * A scale answer without a position is one of two kinds, kept apart: "don't know", and
 * "does not apply to us" (the statement does not fit this partnership, for example
 * because it has no elected council). Both are stored with value null; "does not apply"
 * also with notApplicable set (TStoredAnswer in lib/domain/workbook.ts), so it can never
 * be read as a position. The scoring counts both as missing, never as the middle, and
 * tallies them apart. Only a statement of an act offers "does not apply".
 */
export type TNoPosition = "dontKnow" | "notApplicable";

/** True for an integer 1..7. Everything else (null, 0, 8, 3.5, NaN, "4") is not an answer on the scale. */
export function isScaleValue(value: unknown): value is TScalePoint {
  return typeof value === "number" && Number.isInteger(value) && value >= SCALE_MIN && value <= SCALE_MAX;
}
