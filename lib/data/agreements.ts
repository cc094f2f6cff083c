import "server-only";
import { z } from "zod";
import { getWorkbook } from "@/lib/data/content";
import { db } from "@/lib/platform/db";
import { ZDateInput, optionalText } from "@/lib/domain/validation";
import { removeControlCharacters } from "@/lib/domain/text";
import { toAgreementStatus, ZAgreementNote, ZAgreementStatus, type TAgreementStatus } from "@/lib/domain/agreements";

/**
 * What a partnership decided about one balancing act in a session: the balance it
 * chooses (optional; a place on the act's axis, -1 = pole A, +1 = pole B, never a
 * score), what it will do (required), who takes it up and when it looks again.
 */

export const MAX_ACTION_LENGTH = 1000;
export const MAX_OWNER_LENGTH = 120;

function emptyToUndefined(v: unknown): unknown {
  if (v === null || v === undefined) return undefined;
  if (typeof v === "string" && v.trim() === "") return undefined;
  return v;
}

/** A place on the axis: a number in -1..1, also as a string from a form; empty = no choice. */
export const ZAgreementPosition = z.preprocess(
  (v) => {
    const e = emptyToUndefined(v);
    return typeof e === "string" ? Number(e.trim()) : e;
  },
  z
    .number("invalidChoice")
    .min(-1, "invalidChoice")
    .max(1, "invalidChoice")
    .optional()
    .transform((v) => (v === undefined ? null : v + 0)),
);

/** What the partnership will do: several lines allowed, as the room reads them (control characters removed). */
const ZActionText = z.string("required").overwrite(removeControlCharacters).trim().min(1, "required").max(MAX_ACTION_LENGTH, "tooLong");

export const ZAgreementInput = z.object({
  actId: z.string("invalidChoice").refine((id) => getWorkbook().acts.some((a) => a.id === id), "invalidChoice"),
  position: ZAgreementPosition,
  action: ZActionText,
  owner: z.preprocess(emptyToUndefined, optionalText(MAX_OWNER_LENGTH)),
  revisitOn: z.preprocess(emptyToUndefined, ZDateInput.optional()).transform((d) => d ?? null),
});

/** How it went: the status and a short note (coordinators change these after the meeting too). */
export const ZAgreementFollowUp = z.object({
  status: ZAgreementStatus,
  note: z.preprocess(emptyToUndefined, ZAgreementNote),
});
export type TAgreementFollowUp = z.output<typeof ZAgreementFollowUp>;

/** As a form or a caller sends it. */
export type TAgreementInputRaw = z.input<typeof ZAgreementInput>;
/** Validated. */
export type TAgreementInput = z.output<typeof ZAgreementInput>;

/** The fields of an agreement that every list of agreements reads (also lib/data/follow-through.ts). */
export const AGREEMENT_FIELDS = {
  id: true,
  actId: true,
  position: true,
  action: true,
  owner: true,
  revisitOn: true,
  status: true,
  note: true,
  statusChangedAt: true,
  createdAt: true,
} as const;

const select = { ...AGREEMENT_FIELDS, sessionId: true, updatedAt: true } as const;

export type TAgreement = {
  id: string;
  sessionId: string;
  actId: string;
  position: number | null;
  action: string;
  owner: string | null;
  revisitOn: Date | null;
  status: TAgreementStatus;
  note: string | null;
  statusChangedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
};

function toAgreement<T extends { status: string }>(row: T): Omit<T, "status"> & { status: TAgreementStatus } {
  return { ...row, status: toAgreementStatus(row.status) };
}

function toData(input: TAgreementInput) {
  return {
    actId: input.actId,
    position: input.position,
    action: input.action,
    owner: input.owner ?? null,
    revisitOn: input.revisitOn,
  };
}

export async function createAgreement(sessionId: string, input: TAgreementInput): Promise<TAgreement> {
  return toAgreement(await db.agreement.create({ data: { sessionId, ...toData(input) }, select }));
}

/**
 * Changes an agreement of this session, and with `followUp` its status and note (the
 * time of that change is kept when either differs); false when there is no such
 * agreement in it.
 */
export async function updateAgreement(
  sessionId: string,
  id: string,
  input: TAgreementInput,
  followUp?: TAgreementFollowUp,
): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const current = await tx.agreement.findFirst({ where: { id, sessionId }, select: { status: true, note: true } });
    if (!current) return false;
    const changed = followUp && (followUp.status !== current.status || followUp.note !== current.note);
    await tx.agreement.update({
      where: { id },
      data: {
        ...toData(input),
        ...(followUp ? { status: followUp.status, note: followUp.note } : {}),
        ...(changed ? { statusChangedAt: new Date() } : {}),
      },
    });
    return true;
  });
}

/** Sets the status of an agreement of this session (the one-click review); false when there is none. */
export async function setAgreementStatus(sessionId: string, id: string, status: TAgreementStatus): Promise<boolean> {
  const { count } = await db.agreement.updateMany({
    where: { id, sessionId, status: { not: status } },
    data: { status, statusChangedAt: new Date() },
  });
  if (count === 1) return true;
  return (await db.agreement.count({ where: { id, sessionId } })) === 1;
}

/** Deletes an agreement of this session; false when there is no such agreement in it. */
export async function deleteAgreement(sessionId: string, id: string): Promise<boolean> {
  const { count } = await db.agreement.deleteMany({ where: { id, sessionId } });
  return count === 1;
}

/** The agreements of a session, in the order of the acts, oldest first within an act. */
export async function listAgreements(sessionId: string): Promise<TAgreement[]> {
  const rows = await db.agreement.findMany({
    where: { sessionId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select,
  });
  const order = new Map(getWorkbook().acts.map((a, i) => [a.id, i]));
  const rank = (actId: string) => order.get(actId) ?? Number.MAX_SAFE_INTEGER;
  return rows
    .map((row, i) => ({ row, i }))
    .sort((x, y) => rank(x.row.actId) - rank(y.row.actId) || x.i - y.i)
    .map((x) => toAgreement(x.row));
}
