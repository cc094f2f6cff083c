import "server-only";
import { listSessionAnswers } from "./answers";
import { getWorkbook } from "./content/load";
import { listSessionParticipants } from "./participants";
import { listEarlierSessions } from "./sessions";
import { computeSessionProfile, type TAnswerRow, type TSessionProfile } from "./scoring";
import { toScoringActs } from "./workbook";

/** The balance profile of a session, from its stored answers. */
export async function getSessionProfile(
  sessionId: string,
  anonymityThreshold: number,
): Promise<TSessionProfile> {
  const [participants, answers] = await Promise.all([
    listSessionParticipants(sessionId),
    listSessionAnswers(sessionId),
  ]);
  const rows: TAnswerRow[] = [];
  for (const a of answers) {
    if (a.dimension === "now" || a.dimension === "desired") {
      rows.push({ participantId: a.participantId, itemId: a.itemId, dimension: a.dimension, value: a.value });
    }
  }
  return computeSessionProfile({
    acts: toScoringActs(getWorkbook()),
    participants: participants.map((p) => ({ id: p.id, role: p.role })),
    answers: rows,
    anonymityThreshold,
  });
}

/**
 * A session's balance profile, plus that of the partnership's previous session (the
 * most recent one before it), so the page can show how the balance moved.
 */
export async function getSessionResults(session: { id: string; anonymityThreshold: number }) {
  const [profile, earlier] = await Promise.all([
    getSessionProfile(session.id, session.anonymityThreshold),
    listEarlierSessions(session.id),
  ]);
  const previousSession = earlier[0];
  const previous = previousSession
    ? {
        session: previousSession,
        profile: await getSessionProfile(previousSession.id, previousSession.anonymityThreshold),
      }
    : null;
  return { profile, previous };
}
