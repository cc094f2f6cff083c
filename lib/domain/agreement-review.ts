import { describeGap, type TGapSize } from "@/lib/domain/describe-position";
import type { TPoleSide } from "@/lib/domain/scoring";

/**
 * Agreement statuses and the review of last time's agreements against where the
 * partnership stands now. Pure and free of zod, so that the presentation deck can draw the
 * review in the browser (see lib/domain/agreements.ts for the rest of the rules).
 */

/** In the order a partnership works through them. */
export const AGREEMENT_STATUSES = ["open", "in_progress", "done", "dropped"] as const;
export type TAgreementStatus = (typeof AGREEMENT_STATUSES)[number];
/**
 * How the balance moved between two sessions on one act (the median "now" of the later
 * minus the earlier one), in the words of a gap: a direction and a size, never better or
 * worse. `side` null: it hardly moved.
 */
export function describeMovement(from: number, to: number): { delta: number; side: TPoleSide | null; size: TGapSize } {
  const delta = to - from;
  const d = describeGap(delta);
  return { delta, side: d.side, size: d.size };
}

/**
 * Which way a partnership said it would watch, from last time's early-warning signals:
 * warnings of pole A's downside warn of a drift towards A, and the same for B.
 */
export function watchedSides(quadrants: readonly string[]): TPoleSide[] {
  const sides: TPoleSide[] = [];
  if (quadrants.includes("warningA")) sides.push("a");
  if (quadrants.includes("warningB")) sides.push("b");
  return sides;
}

/** The medians an act's review compares; null when hidden below the anonymity threshold. */
interface TActMedians {
  actId: string;
  hidden: boolean;
  now: { median: number } | null;
  desired: { median: number } | null;
}

export interface TReviewAct<A> {
  actId: string;
  /** Last session's agreements on this act. */
  agreements: A[];
  /** Last session's early-warning signals (polarity map), per pole. */
  warnings: { a: string[]; b: string[] };
  /** The drifts last session said it would watch for. */
  watched: TPoleSide[];
  /** Where the partnership stood now, last time and this time; null when not shown. */
  lastNow: number | null;
  thisNow: number | null;
  /** From last time's "now" to this time's; null when either is not shown. */
  movement: ReturnType<typeof describeMovement> | null;
}

function shownNow(profile: { acts: TActMedians[] } | null, actId: string): number | null {
  const act = profile?.acts.find((a) => a.actId === actId);
  return act && !act.hidden && act.now ? act.now.median : null;
}

/**
 * Last session's agreements and early warnings per act, next to how the balance moved
 * since then: only the acts that have something to review, in the order given.
 */
export function reviewActs<A extends { actId: string }>(input: {
  actIds: readonly string[];
  agreements: readonly A[];
  warnings: readonly { actId: string; quadrant: string; text: string }[];
  lastProfile: { acts: TActMedians[] } | null;
  thisProfile: { acts: TActMedians[] } | null;
}): TReviewAct<A>[] {
  return input.actIds.flatMap((actId) => {
    const agreements = input.agreements.filter((a) => a.actId === actId);
    const own = input.warnings.filter((w) => w.actId === actId);
    const warnings = {
      a: own.filter((w) => w.quadrant === "warningA").map((w) => w.text),
      b: own.filter((w) => w.quadrant === "warningB").map((w) => w.text),
    };
    if (agreements.length === 0 && warnings.a.length === 0 && warnings.b.length === 0) return [];
    const lastNow = shownNow(input.lastProfile, actId);
    const thisNow = shownNow(input.thisProfile, actId);
    return [
      {
        actId,
        agreements,
        warnings,
        watched: watchedSides(own.map((w) => w.quadrant)),
        lastNow,
        thisNow,
        movement: lastNow !== null && thisNow !== null ? describeMovement(lastNow, thisNow) : null,
      },
    ];
  });
}
