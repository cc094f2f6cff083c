import { z } from "zod";
import { AGREEMENT_STATUSES, type TAgreementStatus } from "@/lib/domain/agreement-review";
import { removeControlCharacters } from "@/lib/domain/text";

/**
 * The life of an agreement after the meeting: its status, a short note on how it went,
 * and whether its revisit date has passed. Pure rules; lib/data/agreements.ts stores them.
 */

// The statuses and the review of last time's agreements live in agreement-review.ts, without
// zod: the presentation deck draws the review in the browser, and a zod object schema made
// when its module loads probes for `new Function`, which the Content Security Policy reports.
export { AGREEMENT_STATUSES, describeMovement, reviewActs, watchedSides, type TAgreementStatus, type TReviewAct } from "@/lib/domain/agreement-review";

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

/** The filter of the partnership's agreement list, from the page's search params. */
export const ZAgreementFilter = z.object({
  act: z.preprocess((v) => (Array.isArray(v) ? v[0] : v), z.string().regex(/^[a-z0-9-]{1,60}$/).optional().catch(undefined)),
  status: z.preprocess(
    (v) => (Array.isArray(v) ? v[0] : v),
    z.union([ZAgreementStatus, z.literal("overdue")]).optional().catch(undefined),
  ),
});
export type TAgreementFilter = z.output<typeof ZAgreementFilter>;
