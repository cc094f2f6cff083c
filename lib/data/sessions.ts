import "server-only";
import { z } from "zod";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/platform/db";
import { DEFAULT_ANONYMITY_THRESHOLD, MAX_ANONYMITY_THRESHOLD, MIN_ANONYMITY_THRESHOLD } from "@/lib/domain/scoring";
import { createJoinCode, normalizeJoinCode, JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from "@/lib/platform/tokens";
import { ZDateInput, requiredText } from "@/lib/domain/validation";
import { DEFAULT_WORKBOOK_LENGTH, WORKBOOK_LENGTHS, type TWorkbookLength } from "@/lib/domain/workbook";

/** Individual positions and role breakdowns are shown only for groups at least this large. */
export const ZAnonymityThreshold = z.coerce
  .number("invalidThreshold")
  .int("invalidThreshold")
  .min(MIN_ANONYMITY_THRESHOLD, "invalidThreshold")
  .max(MAX_ANONYMITY_THRESHOLD, "invalidThreshold");

/** The full workbook or the short one (the core statements); see isAsked in lib/domain/workbook.ts. */
export const ZWorkbookLength = z.enum(WORKBOOK_LENGTHS, "invalidChoice");

export const ZSessionInput = z.object({
  title: requiredText(120),
  date: ZDateInput,
  anonymityThreshold: ZAnonymityThreshold.default(DEFAULT_ANONYMITY_THRESHOLD),
  workbookLength: ZWorkbookLength.default(DEFAULT_WORKBOOK_LENGTH),
});
export type TSessionInput = z.infer<typeof ZSessionInput>;

export const ZSessionStatus = z.enum(["open", "closed"]);
export type TSessionStatus = z.infer<typeof ZSessionStatus>;

/** A join code as typed by a person; normalised before it is checked. */
export const ZJoinCode = z
  .string("invalidCode")
  .max(40, "invalidCode")
  .transform(normalizeJoinCode)
  .refine(
    (c) => c.length === JOIN_CODE_LENGTH && [...c].every((ch) => JOIN_CODE_ALPHABET.includes(ch)),
    "invalidCode",
  );

export async function createSession(
  partnershipId: string,
  input: { title: string; date: Date; anonymityThreshold?: number; workbookLength?: TWorkbookLength },
) {
  // A join code collision is rare (25^6 codes); try a few times.
  for (let attempt = 0; ; attempt++) {
    try {
      return await db.session.create({
        data: {
          partnershipId,
          title: input.title,
          date: input.date,
          joinCode: createJoinCode(),
          anonymityThreshold: input.anonymityThreshold ?? DEFAULT_ANONYMITY_THRESHOLD,
          workbookLength: input.workbookLength ?? DEFAULT_WORKBOOK_LENGTH,
        },
        select: { id: true },
      });
    } catch (e) {
      const collision = e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002";
      if (!collision || attempt >= 5) throw e;
    }
  }
}

/** What a page or action reads of a session (also through lib/data/memberships.ts). */
export const SESSION_SELECT = {
  id: true,
  title: true,
  date: true,
  status: true,
  joinCode: true,
  anonymityThreshold: true,
  workbookLength: true,
  /** Set once `npm run data:purge` removed the raw answers (lib/data/retention.ts). */
  purgedAt: true,
  partnership: { select: { id: true, name: true, region: true } },
} satisfies Prisma.SessionSelect;

export async function getSession(id: string) {
  return db.session.findUnique({ where: { id }, select: SESSION_SELECT });
}


export async function findSessionByJoinCode(code: string) {
  return db.session.findUnique({
    where: { joinCode: code },
    select: { id: true, title: true, status: true, partnership: { select: { name: true } } },
  });
}

/**
 * Sets the anonymity threshold; `false` for a purged session, whose stored results belong to
 * the threshold it had (a higher one could not hide more of them).
 */
export async function setAnonymityThreshold(id: string, anonymityThreshold: number): Promise<boolean> {
  const { count } = await db.session.updateMany({ where: { id, purgedAt: null }, data: { anonymityThreshold } });
  return count > 0;
}

/** No participant of the session has stored an answer yet: the condition for changing its workbook length. */
const NO_ANSWERS = { participants: { none: { answers: { some: {} } } } } satisfies Prisma.SessionWhereInput;

/** Whether the session's workbook length can still change (nobody has answered yet). */
export async function canChangeWorkbookLength(id: string): Promise<boolean> {
  return (await db.session.count({ where: { id, ...NO_ANSWERS } })) > 0;
}

/**
 * Sets the workbook length while nobody has answered: check and change in one statement,
 * so an answer that arrives meanwhile wins and the length stays. `false` when answers exist.
 */
export async function setWorkbookLength(id: string, workbookLength: TWorkbookLength): Promise<boolean> {
  const { count } = await db.session.updateMany({ where: { id, ...NO_ANSWERS }, data: { workbookLength } });
  return count > 0;
}

export async function setSessionStatus(id: string, status: TSessionStatus) {
  await db.session.update({ where: { id }, data: { status } });
}

/** Sessions of the same partnership held before this one, newest first. */
export async function listEarlierSessions(sessionId: string) {
  const session = await db.session.findUnique({
    where: { id: sessionId },
    select: { partnershipId: true, date: true, createdAt: true },
  });
  if (!session) return [];
  return db.session.findMany({
    where: {
      partnershipId: session.partnershipId,
      id: { not: sessionId },
      OR: [{ date: { lt: session.date } }, { date: session.date, createdAt: { lt: session.createdAt } }],
    },
    orderBy: [{ date: "desc" }, { createdAt: "desc" }],
    select: { id: true, title: true, date: true, anonymityThreshold: true, workbookLength: true },
  });
}
