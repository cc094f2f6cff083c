import { z } from "zod";

/**
 * Retention of raw answers (issue 14). A partnership keeps the raw answers, open texts and
 * participants' names of a session for `retentionMonths` after the session's date; after
 * that `npm run data:purge` removes them and keeps the session's anonymised results (the
 * stored profile) and its agreements. Pure: dates in, dates out.
 */

export const DEFAULT_RETENTION_MONTHS = 24;
export const MIN_RETENTION_MONTHS = 1;
/** Ten years: longer than any reason to keep raw answers of a reflection session. */
export const MAX_RETENTION_MONTHS = 120;

/** How long the tombstone of a withdrawn resume link is kept, so the link can say the answers are gone. */
export const WITHDRAWN_TOKEN_MONTHS = 12;

/** The retention setting as the partnership page's form sends it. */
export const ZRetentionMonths = z.coerce
  .number("invalidRetention")
  .int("invalidRetention")
  .min(MIN_RETENTION_MONTHS, "invalidRetention")
  .max(MAX_RETENTION_MONTHS, "invalidRetention");

/**
 * `date` plus `months` calendar months, in UTC. A day that does not exist in the target
 * month becomes that month's last day (31 March + 1 month = 30 April).
 */
export function addMonths(date: Date, months: number): Date {
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const out = new Date(date.getTime());
  out.setUTCFullYear(y, m, Math.min(date.getUTCDate(), lastDay));
  return out;
}

/** From when the raw answers of a session held on `sessionDate` may be removed. */
export function rawDataRemovedAfter(sessionDate: Date, retentionMonths: number): Date {
  return addMonths(sessionDate, retentionMonths);
}

/** Whether a session's raw answers are past their retention at `now`. */
export function isPastRetention(sessionDate: Date, retentionMonths: number, now: Date): boolean {
  return now.getTime() >= rawDataRemovedAfter(sessionDate, retentionMonths).getTime();
}

/** The newest session date whose raw answers are past a retention of `months` at `now` (for a query). */
export function retentionCutoff(now: Date, months: number): Date {
  return addMonths(now, -months);
}
