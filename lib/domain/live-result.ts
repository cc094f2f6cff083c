import type { TWorkbook } from "@/lib/domain/content/schema";
import type { TSessionProfile } from "@/lib/domain/scoring";

/**
 * The live result of a session: what a projector draws that depends on the answers, as
 * the events stream sends it (`event: result`) and as the presentation page hands it to
 * the deck for its first paint. Computed once per tick per session on the server
 * (lib/data/live-results.ts), where the anonymity threshold is applied; this module only
 * describes it and checks it where it enters the browser. Pure.
 */
export interface TLiveResult {
  sessionId: string;
  /** Every answer stored before this moment (ms since the epoch) is in it. */
  readAt: number;
  participants: number;
  /** Participants per role, only for roles that reach the anonymity threshold (roleTally). */
  roleCounts: Record<string, number>;
  /** Everyone not in a named role: 0 or at least the threshold. */
  otherRoles: number;
  /** computeSessionProfile's output with the session's threshold (hidden acts carry no positions). */
  profile: TSessionProfile;
  /** The previous session's profile (ghost markers, the review slide). */
  previous: { sessionId: string; title: string; profile: TSessionProfile } | null;
  /**
   * The open answers the projector shows (DECK_TEXT_QUESTIONS), per question id, as
   * computeSessionSummaries lists them: only questions that reach the anonymity threshold,
   * ordered so that the order reveals nobody; no names, roles or organisations.
   */
  texts: Record<string, string[]>;
}

/** The interests put side by side on the projector (ids from content/interests.yaml; ids never change). */
export const INTERESTS_ON_TABLE = ["interest-own", "interest-shared"] as const;

/** The open questions whose answers the projector shows: every act's reflection questions and the interests on the table. */
export function deckTextQuestionIds(workbook: Pick<TWorkbook, "acts">): string[] {
  return [...workbook.acts.flatMap((act) => act.reflection.map((r) => r.id)), ...INTERESTS_ON_TABLE];
}

// A narrow type guard rather than a zod schema: zod's object parser probes for `new
// Function` (its fast path), which the Content Security Policy reports as a violation.
type TRecord = Record<string, unknown>;
const isRecord = (v: unknown): v is TRecord => typeof v === "object" && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v) && v >= 0;
const isStatsOrNull = (v: unknown) => v === null || (isRecord(v) && typeof v.n === "number" && typeof v.median === "number");
const isPositionOrNull = (v: unknown) => v === null || typeof v === "number";

function isActProfile(v: unknown): boolean {
  if (!isRecord(v)) return false;
  return (
    typeof v.actId === "string" &&
    isCount(v.respondents) &&
    typeof v.hidden === "boolean" &&
    isStatsOrNull(v.now) &&
    isStatsOrNull(v.desired) &&
    isStatsOrNull(v.gap) &&
    isRecord(v.split) &&
    typeof v.split.now === "boolean" &&
    typeof v.split.desired === "boolean" &&
    (v.dots === null ||
      (Array.isArray(v.dots) &&
        v.dots.every((d) => isRecord(d) && isPositionOrNull(d.now) && isPositionOrNull(d.desired) && (d.role === null || typeof d.role === "string")))) &&
    Array.isArray(v.byRole) &&
    v.byRole.every((r) => isRecord(r) && typeof r.role === "string" && isCount(r.n)) &&
    Array.isArray(v.signals) &&
    v.signals.every((x) => typeof x === "string") &&
    typeof v.attention === "number" &&
    isRecord(v.measures)
  );
}

function isProfile(v: unknown): boolean {
  if (!isRecord(v)) return false;
  return (
    Array.isArray(v.acts) &&
    v.acts.every(isActProfile) &&
    Array.isArray(v.discussFirst) &&
    v.discussFirst.every((x) => typeof x === "string") &&
    isCount(v.participants) &&
    isCount(v.anonymityThreshold) &&
    v.anonymityThreshold > 0 &&
    isCount(v.respondents)
  );
}

/** Whether a value has the shape of a live result (the fields the deck reads; the profile's other fields pass as sent). */
export function isLiveResult(v: unknown): v is TLiveResult {
  if (!isRecord(v)) return false;
  return (
    typeof v.sessionId === "string" &&
    v.sessionId !== "" &&
    typeof v.readAt === "number" &&
    Number.isFinite(v.readAt) &&
    isCount(v.participants) &&
    isRecord(v.roleCounts) &&
    Object.values(v.roleCounts).every(isCount) &&
    isCount(v.otherRoles) &&
    isProfile(v.profile) &&
    (v.previous === null || (isRecord(v.previous) && typeof v.previous.sessionId === "string" && typeof v.previous.title === "string" && isProfile(v.previous.profile))) &&
    isRecord(v.texts) &&
    Object.values(v.texts).every((t) => Array.isArray(t) && t.every((x) => typeof x === "string"))
  );
}

/** A `result` event's data as a live result, or null when it is not JSON or not of that shape. */
export function parseLiveResult(data: unknown): TLiveResult | null {
  let value: unknown = data;
  if (typeof data === "string") {
    try {
      value = JSON.parse(data);
    } catch {
      return null;
    }
  }
  return isLiveResult(value) ? value : null;
}

/**
 * Whether the deck should draw `next` instead of `current`: a result of the same session
 * that is not older (results can arrive out of order: one from the stream, one from a
 * page refresh that was read earlier).
 */
export function isNewerLiveResult(current: Pick<TLiveResult, "sessionId" | "readAt">, next: Pick<TLiveResult, "sessionId" | "readAt">): boolean {
  return next.sessionId === current.sessionId && next.readAt >= current.readAt;
}

/** The kinds of change whose effect on the projector the following `result` event carries in full. */
const RESULT_KINDS: ReadonlySet<string> = new Set(["answer", "participant"]);

/**
 * Whether a `change` event needs the page to be rendered again on the server: not when
 * it only says that answers or participants changed (the `result` event that follows
 * carries everything those change); yes for anything else (agreements, polarity maps,
 * `resync`, kinds this client does not know) and when the kinds are missing.
 */
export function changeNeedsRefresh(data: unknown): boolean {
  let value: unknown = data;
  if (typeof data === "string") {
    try {
      value = JSON.parse(data);
    } catch {
      return true;
    }
  }
  const kinds = typeof value === "object" && value !== null ? (value as { kinds?: unknown }).kinds : undefined;
  if (!Array.isArray(kinds) || kinds.length === 0) return true;
  return kinds.some((k) => typeof k !== "string" || !RESULT_KINDS.has(k));
}
