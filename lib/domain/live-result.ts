import { z } from "zod";
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

const ZStatsOrNull = z.object({ n: z.number(), median: z.number() }).passthrough().nullable();

const ZActProfile = z
  .object({
    actId: z.string(),
    respondents: z.number().int().nonnegative(),
    hidden: z.boolean(),
    now: ZStatsOrNull,
    desired: ZStatsOrNull,
    gap: ZStatsOrNull,
    split: z.object({ now: z.boolean(), desired: z.boolean() }),
    dots: z.array(z.object({ now: z.number().nullable(), desired: z.number().nullable(), role: z.string().nullable() })).nullable(),
    byRole: z.array(z.object({ role: z.string(), n: z.number() }).passthrough()),
    signals: z.array(z.string()),
    attention: z.number(),
    measures: z.object({}).passthrough(),
  })
  .passthrough();

const ZProfile = z
  .object({
    acts: z.array(ZActProfile),
    discussFirst: z.array(z.string()),
    participants: z.number().int().nonnegative(),
    anonymityThreshold: z.number().int().positive(),
    respondents: z.number().int().nonnegative(),
  })
  .passthrough();

/** The shape checked where a result enters the browser (the fields the deck reads). */
export const ZLiveResult = z.object({
  sessionId: z.string().min(1),
  readAt: z.number(),
  participants: z.number().int().nonnegative(),
  roleCounts: z.record(z.string(), z.number().int().nonnegative()),
  otherRoles: z.number().int().nonnegative(),
  profile: ZProfile,
  previous: z.object({ sessionId: z.string(), title: z.string(), profile: ZProfile }).nullable(),
  texts: z.record(z.string(), z.array(z.string())),
});

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
  const parsed = ZLiveResult.safeParse(value);
  // The schema checks what the deck reads; the profile's other fields pass through as sent.
  return parsed.success ? (parsed.data as unknown as TLiveResult) : null;
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
