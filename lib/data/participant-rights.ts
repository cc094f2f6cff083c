import "server-only";
import { db } from "@/lib/platform/db";
import { hashToken } from "@/lib/platform/tokens";
import { isAnswerDimension } from "@/lib/domain/answer";
import type { TStoredAnswer } from "@/lib/domain/workbook";

/**
 * A participant's rights without an account (issue 14), by the token of their resume
 * link: see every answer, take them along, and withdraw. The token is the only key; a
 * token of the wrong shape finds nothing, like an unknown one.
 */

function tokenHashOf(token: string): string | null {
  return token.length < 20 || token.length > 100 ? null : hashToken(token);
}

/** The participant of a resume link with their session and every stored answer, or null. */
export async function findOwnAnswers(token: string) {
  const resumeTokenHash = tokenHashOf(token);
  if (!resumeTokenHash) return null;
  const row = await db.participant.findUnique({
    where: { resumeTokenHash },
    select: {
      id: true,
      sessionId: true,
      role: true,
      organisation: true,
      displayName: true,
      createdAt: true,
      session: {
        select: { title: true, date: true, status: true, purgedAt: true, partnership: { select: { name: true } } },
      },
      answers: {
        select: { itemId: true, dimension: true, value: true, text: true, notApplicable: true, updatedAt: true },
      },
    },
  });
  if (!row) return null;
  const answers = row.answers.filter((a): a is typeof a & { dimension: TStoredAnswer["dimension"] } => isAnswerDimension(a.dimension));
  return { ...row, answers };
}

/** When the participant of this resume link withdrew, or null when nobody withdrew with it. */
export async function findWithdrawal(token: string): Promise<Date | null> {
  const tokenHash = tokenHashOf(token);
  if (!tokenHash) return null;
  const row = await db.withdrawnToken.findUnique({ where: { tokenHash }, select: { withdrawnAt: true } });
  return row?.withdrawnAt ?? null;
}

/**
 * Withdraws the participant of a resume link: deletes the participant and (by the
 * schema's cascade) every answer, and keeps only the token's hash and the date, so the
 * link can say that the answers are gone. One transaction; a second call finds nothing.
 * Returns the session (to recompute and tell the live view) and how many answers went.
 */
export async function withdrawParticipant(token: string): Promise<{ sessionId: string; answers: number } | null> {
  const resumeTokenHash = tokenHashOf(token);
  if (!resumeTokenHash) return null;
  return db.$transaction(async (tx) => {
    const participant = await tx.participant.findUnique({
      where: { resumeTokenHash },
      select: { id: true, sessionId: true, _count: { select: { answers: true } } },
    });
    if (!participant) return null;
    await tx.participant.delete({ where: { id: participant.id } });
    await tx.withdrawnToken.upsert({
      where: { tokenHash: resumeTokenHash },
      create: { tokenHash: resumeTokenHash },
      update: {},
    });
    return { sessionId: participant.sessionId, answers: participant._count.answers };
  });
}
