/**
 * Scoring model for the five balancing acts (balanceeracts): the one entry point.
 * Import from "@/lib/domain/scoring", never from the files behind it.
 *
 * Every act is a dilemma between two legitimate poles, A and B. Nothing here is a
 * score in the "higher is better" sense: the model only describes WHERE a group
 * sits on the axis from pole A (-1) to pole B (+1), how far "now" is from
 * "desired", and how much the partners disagree. See docs/scoring.md.
 *
 * Pure and dependency-free on purpose: no database, no Next.js, no zod. The caller
 * validates at its boundary; this module stays total and never throws on odd data
 * (unknown items, unknown participants, values outside 1..7 are ignored).
 *
 * The steps, one file each:
 *   positions.ts    answers -> each participant's position now, desired and gap per act
 *   statistics.ts   median, quartiles, mean, sd of a series (type 7, population sd)
 *   split.ts        is a series split into two camps?
 *   anonymity.ts    the anonymity threshold
 *   role-groups.ts  the breakdown by role, within the anonymity rules; which roles differ most
 *   signals.ts      measures (a series' shift and spread) and signals
 *   attention.ts    attention score and "discuss first"
 *   missing.ts      per act, how many answers were "don't know" and "does not apply to us"
 *   profile.ts      runs the steps for a whole session
 *   types.ts        the public types
 */
export type * from "./types";
export {
  DEFAULT_ANONYMITY_THRESHOLD,
  MAX_ANONYMITY_THRESHOLD,
  MIN_ANONYMITY_THRESHOLD,
  resolveAnonymityThreshold,
} from "./anonymity";
export { DISCUSS_FIRST_LIMIT, SPLIT_ATTENTION_BONUS } from "./attention";
export { computeParticipantPositions, mapAnswerToAxis } from "./positions";
export { computeSessionProfile } from "./profile";
export { mostDifferentRoles, roleTally, visibleRoles, type TRoleContrast, type TRoleTally } from "./role-groups";
export { seriesShift, seriesSpread } from "./signals";
export { isSplit } from "./split";
export { computeStats } from "./statistics";
export { SIGNAL_THRESHOLDS, THRESHOLD_EPSILON } from "@/lib/domain/thresholds";
