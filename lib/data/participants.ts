import "server-only";
import { z } from "zod";
import { listSessionAnswers } from "@/lib/data/answers";
import { getWorkbook } from "@/lib/data/content";
import { db } from "@/lib/platform/db";
import { createToken, hashToken } from "@/lib/platform/tokens";
import { computeOverallProgress, type TWorkbookLength } from "@/lib/domain/workbook";
import { optionalText } from "@/lib/domain/validation";

export const ZJoinInput = z.object({
  role: z
    .string("invalidChoice")
    .refine((r) => getWorkbook().roles.some((role) => role.id === r), "invalidChoice"),
  organisation: optionalText(120),
  displayName: optionalText(80),
});

/** Creates a participant and returns the personal resume token (shown once, stored as a hash). */
export async function createParticipant(
  sessionId: string,
  input: { role: string; organisation?: string; displayName?: string },
  { isTest = false }: { isTest?: boolean } = {},
) {
  const token = createToken();
  const participant = await db.participant.create({
    data: {
      sessionId,
      role: input.role,
      organisation: input.organisation ?? null,
      displayName: input.displayName ?? null,
      resumeTokenHash: hashToken(token),
      isTest,
    },
    select: { id: true, sessionId: true },
  });
  return { participant, token };
}

/** The lookup of a participant by the token of their resume link, or null for a token of the wrong shape. */
function byResumeToken(token: string) {
  return token.length < 20 || token.length > 100 ? null : { resumeTokenHash: hashToken(token) };
}

/**
 * The participant of a resume token, with what saving an answer needs of their session.
 * Every saved answer asks this (POST /api/answers), so it is one plain query, the same SQL
 * on SQLite and PostgreSQL, instead of a relation query Prisma compiles each time (a
 * quarter of the save path's cost; docs/decisions/028).
 */
export async function findParticipantByToken(token: string) {
  const where = byResumeToken(token);
  if (!where) return null;
  const rows = await db.$queryRaw<
    { id: string; sessionId: string; role: string; displayName: string | null; status: string; workbookLength: string }[]
  >`SELECT p."id", p."sessionId", p."role", p."displayName", s."status", s."workbookLength"
    FROM "Participant" p JOIN "Session" s ON s."id" = p."sessionId"
    WHERE p."resumeTokenHash" = ${where.resumeTokenHash}`;
  const row = rows[0];
  if (!row) return null;
  const { status, workbookLength, ...participant } = row;
  return { ...participant, session: { status, workbookLength } };
}

/** What a resume link's confirmation names: the session and partnership of the token's participant. */
export async function findResumeTarget(token: string) {
  const where = byResumeToken(token);
  if (!where) return null;
  return db.participant.findUnique({
    where,
    select: {
      id: true,
      sessionId: true,
      session: { select: { title: true, partnership: { select: { name: true } } } },
    },
  });
}

/**
 * The participants of a session. Test participants (created by a signed-in member of the
 * partnership) are left out unless `includeTest`: they never count in results or toward the
 * anonymity threshold.
 */
export async function listSessionParticipants(sessionId: string, { includeTest = false }: { includeTest?: boolean } = {}) {
  return db.participant.findMany({
    where: includeTest ? { sessionId } : { sessionId, isTest: false },
    orderBy: { createdAt: "asc" },
    select: { id: true, role: true, organisation: true, displayName: true, isTest: true, createdAt: true },
  });
}

/** Participants of a session, test participants included, with their overall progress on what the session asks. */
export async function listParticipantsWithProgress(sessionId: string, workbookLength: TWorkbookLength) {
  const [participants, answers] = await Promise.all([
    listSessionParticipants(sessionId, { includeTest: true }),
    listSessionAnswers(sessionId, { includeTest: true }),
  ]);
  const workbook = getWorkbook();
  const byParticipant = new Map<string, typeof answers>();
  for (const a of answers) {
    const list = byParticipant.get(a.participantId) ?? [];
    list.push(a);
    byParticipant.set(a.participantId, list);
  }
  return participants.map((p) => ({
    ...p,
    progress: computeOverallProgress(workbook, byParticipant.get(p.id) ?? [], workbookLength).overall,
  }));
}
