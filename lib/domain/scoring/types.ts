/**
 * Public types of the scoring model (stable: the charts code imports these; add, never
 * rename). Import them through "@/lib/domain/scoring".
 */
import type { TScaleDimension } from "@/lib/domain/answer";

/** The dimensions the scoring model reads: a position now and a position desired. */
export type TDimension = TScaleDimension;
export type TPoleSide = "a" | "b";
export interface TScoringItem { id: string; left: TPoleSide }
export interface TScoringAct { id: string; items: TScoringItem[] }
/**
 * One answer. `value` null is "don't know"; `notApplicable` (added field) is "does not
 * apply to us", never a position whatever `value` says. Both are missing, never the middle.
 */
export interface TAnswerRow { participantId: string; itemId: string; dimension: TDimension; value: number | null; notApplicable?: boolean }
export interface TScoringParticipant { id: string; role: string }
export interface TStats { n: number; median: number; mean: number; q1: number; q3: number; iqr: number; sd: number; min: number; max: number }
export type TSignal = "change-wanted" | "talk-about-it" | "roles-differ" | "balanced-as-wished";
export interface TDot { now: number | null; desired: number | null; role: string | null }
export interface TRoleProfile {
  role: string;
  /** Respondents of this role in this act (a position now and/or desired). */
  n: number;
  now: TStats | null;
  desired: TStats | null;
  /** Per-participant gap (desired - now) within this role. Added field. */
  gap: TStats | null;
}
/** The raw evidence behind the signals, so a UI can explain them. Added type. */
export interface TActMeasures {
  /** max(|median gap|, |median desired - median now|); null when not available. */
  shift: number | null;
  /** max(IQR now, IQR desired) over the series that are shown; null when none. */
  spread: number | null;
  /** Largest difference between the medians of two shown role groups, now or desired; null when fewer than two groups. */
  roleDifference: number | null;
}
/**
 * The answers on an act that have no position, by kind. Added type. Counted per answer
 * (one statement's now or desired); null when fewer participants than the anonymity
 * threshold answered the act in any way.
 */
export interface TMissingTally {
  /** Participants with any answer on the act: a position, "don't know" or "does not apply". */
  responders: number;
  /** Answers on the act's statements (now and desired), of every kind. */
  answers: number;
  dontKnow: number;
  notApplicable: number;
}
export interface TActProfile {
  actId: string;
  respondents: number;
  hidden: boolean;               // true when respondents < anonymityThreshold
  now: TStats | null;
  desired: TStats | null;
  gap: TStats | null;            // per-participant gap desired - now
  split: { now: boolean; desired: boolean };
  dots: TDot[] | null;
  /** Shown role groups, in the input's roleOrder (the content's order); other roles after, by name. */
  byRole: TRoleProfile[];
  signals: TSignal[];
  attention: number;             // higher = discuss earlier; 0 when nothing to discuss
  /** Added field: the numbers the signals were derived from. All null when hidden. */
  measures: TActMeasures;
  /**
   * Added field: how many answers were "don't know" and "does not apply to us". Its own
   * threshold: it can be shown for a hidden act whose participants mostly had no position.
   * Always set by computeSessionProfile; optional so that profiles made by hand still fit.
   */
  missing?: TMissingTally | null;
}
export interface TSessionProfile {
  acts: TActProfile[];
  discussFirst: string[];
  /** Distinct participants passed in. */
  participants: number;
  anonymityThreshold: number;
  /** Added field: distinct participants with at least one valid answer on any act item. */
  respondents: number;
}
export interface TParticipantPosition {
  actId: string;
  now: number | null;
  desired: number | null;
  gap: number | null;
  /** (item, dimension) pairs with a valid 1..7 answer. */
  answered: number;
  /** Number of (item, dimension) pairs in the act: items.length * 2. */
  total: number;
  /** Added field: pairs answered only with "don't know" (null). answered + unknown + notApplicable = pairs responded to. */
  unknown: number;
  /** Added field: pairs answered "does not apply to us". */
  notApplicable: number;
}
