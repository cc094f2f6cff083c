/**
 * Answers without a position, per act: how many were "don't know" and how many "does
 * not apply to us". Both are missing in the positions (positions.ts); here they are only
 * counted, per answer. Like every tally, the counts are withheld when fewer participants
 * than the anonymity threshold answered the act at all.
 */
import { cellKind, type TAccumulated } from "./positions";
import type { TMissingTally } from "./types";

/** The tally of items [start, end) over P participants, or null below the threshold t. */
export function missingTally(acc: TAccumulated, G: number, P: number, start: number, end: number, t: number): TMissingTally | null {
  const tally: TMissingTally = { responders: 0, answers: 0, dontKnow: 0, notApplicable: 0 };
  for (let p = 0; p < P; p++) {
    let given = 0;
    for (let d = 0; d < 2; d++) {
      const base = (p * 2 + d) * G;
      for (let g = start; g < end; g++) {
        const kind = cellKind(acc, base + g);
        if (kind === null) continue;
        given++;
        if (kind !== "position") tally[kind]++;
      }
    }
    if (given > 0) tally.responders++;
    tally.answers += given;
  }
  return tally.responders >= t ? tally : null;
}
