import { z } from "zod";
import { describeGap, type TGapSize } from "@/lib/domain/describe-position";
import type { TPoleSide } from "@/lib/domain/scoring";
import { removeControlCharacters } from "@/lib/domain/text";

/**
 * The life of an agreement after the meeting: its status, a short note on how it went,
 * and whether its revisit date has passed. Pure rules; lib/data/agreements.ts stores them.
 */

/** In the order a partnership works through them. */
export const AGREEMENT_STATUSES = ["open", "in_progress", "done", "dropped"] as const;
export type TAgreementStatus = (typeof AGREEMENT_STATUSES)[number];
export const ZAgreementStatus = z.enum(AGREEMENT_STATUSES, "invalidChoice");

export function isAgreementStatus(value: unknown): value is TAgreementStatus {
  return typeof value === "string" && (AGREEMENT_STATUSES as readonly string[]).includes(value);
}

/** A stored status as one of the four (an unknown value reads as "open"). */
export function toAgreementStatus(value: unknown): TAgreementStatus {
  return isAgreementStatus(value) ? value : "open";
}

/** Done and dropped agreements are finished: they are never overdue. */
export function isFinished(status: TAgreementStatus): boolean {
  return status === "done" || status === "dropped";
}

/** The start of `now`'s day in UTC: revisit dates are calendar days, stored as UTC midnight. */
export function startOfUtcDay(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

/**
 * Overdue: the revisit date lies before today and the agreement is not finished. On the
 * revisit day itself it is due, not yet overdue.
 */
export function isOverdue(agreement: { status: TAgreementStatus; revisitOn: Date | null }, now: Date): boolean {
  if (!agreement.revisitOn || isFinished(agreement.status)) return false;
  return agreement.revisitOn.getTime() < startOfUtcDay(now).getTime();
}

/** A short note on how it went: several lines allowed (control characters removed). */
export const MAX_NOTE_LENGTH = 1000;
export const ZAgreementNote = z
  .string()
  .overwrite(removeControlCharacters)
  .trim()
  .max(MAX_NOTE_LENGTH, "tooLong")
  .optional()
  .transform((v) => (v ? v : null));

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

/** The filter of the partnership's agreement list, from the page's search params. */
export const ZAgreementFilter = z.object({
  act: z.preprocess((v) => (Array.isArray(v) ? v[0] : v), z.string().regex(/^[a-z0-9-]{1,60}$/).optional().catch(undefined)),
  status: z.preprocess(
    (v) => (Array.isArray(v) ? v[0] : v),
    z.union([ZAgreementStatus, z.literal("overdue")]).optional().catch(undefined),
  ),
});
export type TAgreementFilter = z.output<typeof ZAgreementFilter>;

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
