import "server-only";
import { notFound } from "next/navigation";
import { getLocale } from "next-intl/server";
import { redirect } from "@/i18n/navigation";
import { listParticipantAnswers } from "@/lib/data/answers";
import { getCurrentParticipant } from "@/lib/server/participant-cookie";
import { getSession } from "@/lib/data/sessions";
import { toWorkbookLength, type TStoredAnswer } from "@/lib/domain/workbook";

/**
 * The session and participant behind a workbook page, and the session's workbook length
 * (which statements it asks). Without a participant cookie for this session, the
 * visitor is sent to the join page without a code, whether or not the session exists:
 * a session id never reveals its join code (issue 13).
 */
export async function requireWorkbookParticipant(sessionId: string) {
  const participant = await getCurrentParticipant(sessionId);
  if (!participant) {
    redirect({ href: "/join", locale: await getLocale() });
    throw new Error("unreachable");
  }
  const session = await getSession(participant.sessionId);
  if (!session) notFound();
  const answers = await listParticipantAnswers(participant.id);
  return { session, participant, answers, length: toWorkbookLength(session.workbookLength) };
}

/** Stored answers in the shape the autosave client starts from (TAnswerValue in components/workbook). */
export function toInitialValues(answers: TStoredAnswer[]) {
  const out: Record<string, { value: number | null; notApplicable?: true } | { text: string }> = {};
  for (const a of answers) {
    out[`${a.itemId}:${a.dimension}`] =
      a.dimension === "text" ? { text: a.text ?? "" } : a.notApplicable ? { value: null, notApplicable: true } : { value: a.value };
  }
  return out;
}
