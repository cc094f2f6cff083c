import "server-only";
import { randomBytes } from "node:crypto";
import { listSessionAnswers } from "@/lib/data/answers";
import { getWorkbook } from "@/lib/data/content";
import { findSessionForMember } from "@/lib/data/memberships";
import { getSessionOutcome } from "@/lib/data/results";
import { buildAnswersTable, buildProfileTable, type TExportWords } from "@/lib/domain/session-export";

/** Letters and digits that are easy to read back (no 0/O, 1/I/L). */
const LABEL_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

/** A random participant label, new in every export (8 characters: 31^8 ≈ 8.5e11). */
export function newParticipantLabel(): string {
  const bytes = randomBytes(8);
  let label = "P-";
  // 256 is not a multiple of 31: reject the top bytes so each character is equally likely.
  for (let i = 0; label.length < 10; i++) {
    const b = i < bytes.length ? bytes[i]! : randomBytes(1)[0]!;
    if (b < 248) label += LABEL_ALPHABET[b % 31];
  }
  return label;
}

/**
 * The two tables of a session export (aggregate profile, anonymised answers), for the
 * partnership's coordinator only; null for anyone else (a session that does not exist
 * gives the same answer). The access rule is part of the query (findSessionForMember).
 * Figures and every anonymity rule come from the scoring model through getSessionOutcome,
 * which reads the session without its test participants.
 */
export async function getSessionExportForCoordinator(userId: string, sessionId: string, locale: string, words: TExportWords) {
  const found = await findSessionForMember(userId, sessionId, "coordinator");
  if (!found) return null;
  const { session } = found;
  const [{ profile, summaries, participants }, answers] = await Promise.all([
    getSessionOutcome(session.id, session.anonymityThreshold),
    listSessionAnswers(session.id),
  ]);
  const workbook = getWorkbook();
  return {
    session,
    profile: buildProfileTable(profile, workbook, locale, words),
    answers: buildAnswersTable({ workbook, locale, profile, summaries, participants, answers, words, newLabel: newParticipantLabel }),
  };
}
