import "server-only";
import { listSessionAnswers } from "@/lib/data/answers";
import { getWorkbook } from "@/lib/data/content";
import { listSessionParticipants } from "@/lib/data/participants";
import { findStoredOutcome } from "@/lib/data/retention";
import { computeSessionProfile, type TAnswerRow, type TSessionProfile } from "@/lib/domain/scoring";
import { listEarlierSessions } from "@/lib/data/sessions";
import { computeSessionSummaries, type TSessionSummaries } from "@/lib/domain/summaries";
import { toScoringActs, toWorkbookLength, type TWorkbookLength } from "@/lib/domain/workbook";

/** The balance profile of a session and the summaries of its other answers, from one read. */
export async function getSessionOutcome(
  sessionId: string,
  anonymityThreshold: number,
): Promise<{
  profile: TSessionProfile;
  summaries: TSessionSummaries;
  participants: Awaited<ReturnType<typeof listSessionParticipants>>;
}> {
  const [participants, answers, stored] = await Promise.all([
    listSessionParticipants(sessionId),
    listSessionAnswers(sessionId),
    findStoredOutcome(sessionId),
  ]);
  // Past its retention the raw answers are gone: the results stored at purge time stand in
  // for them (lib/data/retention.ts), already within the anonymity threshold.
  if (stored) return { profile: stored.profile, summaries: stored.summaries, participants };
  const workbook = getWorkbook();
  const rows: TAnswerRow[] = [];
  for (const a of answers) {
    if (a.dimension === "now" || a.dimension === "desired") {
      rows.push({ participantId: a.participantId, itemId: a.itemId, dimension: a.dimension, value: a.value, notApplicable: a.notApplicable });
    }
  }
  const profile = computeSessionProfile({
    acts: toScoringActs(workbook),
    participants: participants.map((p) => ({ id: p.id, role: p.role })),
    answers: rows,
    anonymityThreshold,
    roleOrder: workbook.roles.map((r) => r.id),
  });
  return { profile, summaries: computeSessionSummaries(workbook, answers, anonymityThreshold), participants };
}

/** The balance profile of a session, from its stored answers. */
export async function getSessionProfile(sessionId: string, anonymityThreshold: number): Promise<TSessionProfile> {
  return (await getSessionOutcome(sessionId, anonymityThreshold)).profile;
}

/** How many sessions the history on the results page goes back, this one included. */
export const HISTORY_LENGTH = 4;

/** A session as the history shows it: with the workbook length it used. */
export interface THistorySession {
  id: string;
  title: string;
  date: Date;
  anonymityThreshold: number;
  workbookLength: TWorkbookLength;
}

/**
 * A session's balance profile and summaries, plus the balance profiles of the
 * partnership's sessions before it, so the page can show how the balance moved:
 * `previous` is the most recent one before it (for ghost markers), `history` this
 * session and up to `historyLength - 1` before it, oldest first. Sessions of either
 * workbook length are on the same axes, so a short one sits in the history like a full one.
 */
export async function getSessionResults(
  current: { id: string; title: string; date: Date; anonymityThreshold: number; workbookLength: string },
  {
    historyLength = 2,
    outcome = getSessionOutcome,
  }: {
    historyLength?: number;
    /** How a session's outcome is read: straight from the database, or through the live cache (lib/data/live-results.ts). */
    outcome?: typeof getSessionOutcome;
  } = {},
) {
  const session: THistorySession = { ...current, workbookLength: toWorkbookLength(current.workbookLength) };
  const [{ profile, summaries, participants }, earlier] = await Promise.all([
    outcome(session.id, session.anonymityThreshold),
    listEarlierSessions(session.id),
  ]);
  const before = await Promise.all(
    earlier.slice(0, Math.max(1, historyLength - 1)).map(async (s) => ({
      session: { ...s, workbookLength: toWorkbookLength(s.workbookLength) } satisfies THistorySession,
      profile: (await outcome(s.id, s.anonymityThreshold)).profile,
    })),
  );
  const history = [...before].reverse().concat({ session, profile });
  return { profile, summaries, participants, previous: before[0] ?? null, history, workbookLength: session.workbookLength };
}
