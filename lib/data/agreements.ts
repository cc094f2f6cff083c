import "server-only";
import { z } from "zod";
import { getWorkbook } from "@/lib/data/content";
import { db } from "@/lib/platform/db";
import { ZDateInput, optionalText, requiredText } from "@/lib/domain/validation";

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

export const ZAgreementInput = z.object({
  actId: z.string("invalidChoice").refine((id) => getWorkbook().acts.some((a) => a.id === id), "invalidChoice"),
  position: ZAgreementPosition,
  action: requiredText(MAX_ACTION_LENGTH),
  owner: z.preprocess(emptyToUndefined, optionalText(MAX_OWNER_LENGTH)),
  revisitOn: z.preprocess(emptyToUndefined, ZDateInput.optional()).transform((d) => d ?? null),
});

/** As a form or a caller sends it. */
export type TAgreementInputRaw = z.input<typeof ZAgreementInput>;
/** Validated. */
export type TAgreementInput = z.output<typeof ZAgreementInput>;

const select = {
  id: true,
  sessionId: true,
  actId: true,
  position: true,
  action: true,
  owner: true,
  revisitOn: true,
  createdAt: true,
  updatedAt: true,
} as const;

export type TAgreement = {
  id: string;
  sessionId: string;
  actId: string;
  position: number | null;
  action: string;
  owner: string | null;
  revisitOn: Date | null;
  createdAt: Date;
  updatedAt: Date;
};

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
  return db.agreement.create({ data: { sessionId, ...toData(input) }, select });
}

/** Changes an agreement of this session; false when there is no such agreement in it. */
export async function updateAgreement(sessionId: string, id: string, input: TAgreementInput): Promise<boolean> {
  const { count } = await db.agreement.updateMany({ where: { id, sessionId }, data: toData(input) });
  return count === 1;
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
    .map((x) => x.row);
}
