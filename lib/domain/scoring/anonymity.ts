/**
 * The anonymity threshold t of a session: nothing is shown about fewer than t people
 * (docs/scoring.md, "Anonymity"). The rules themselves are applied where the groups
 * are formed: hidden acts and withheld series in profile.ts, role groups in
 * role-groups.ts.
 */

export const DEFAULT_ANONYMITY_THRESHOLD = 3;
/** The anonymity threshold can never be set lower than this: a "group" of one is a person. */
export const MIN_ANONYMITY_THRESHOLD = 2;
/** The highest threshold a coordinator can set for a session. */
export const MAX_ANONYMITY_THRESHOLD = 50;

/** The threshold to apply: a non-number is the default, decimals round down, never below the minimum. */
export function resolveAnonymityThreshold(t: unknown): number {
  if (typeof t !== "number" || !Number.isFinite(t)) return DEFAULT_ANONYMITY_THRESHOLD;
  return Math.max(MIN_ANONYMITY_THRESHOLD, Math.floor(t));
}
