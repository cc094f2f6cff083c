import "server-only";
import { z } from "zod";
import { getWorkbook } from "@/lib/data/content";
import { db } from "@/lib/platform/db";
import { hashToken } from "@/lib/platform/tokens";
import {
  isPolarityQuadrant,
  isPolarityStatus,
  MAX_WAITING_SUGGESTIONS_PER_ACT,
  movedOrder,
  POLARITY_QUADRANTS,
  ZPolarityQuadrant,
  ZPolarityText,
  type TPolarityQuadrant,
  type TPolarityStatus,
} from "@/lib/domain/polarity";

/**
 * The polarity maps of a session, one per balancing act (docs/decisions/019-polarity-maps-anonymous-suggestions.md).
 *
 * Access is part of every query: only the session's coordinators (who facilitate) add,
 * change, order, accept, merge or delete lines; a suggestion comes only from a browser with
 * a participant cookie of that very session, and is stored without anything that says
 * whose it is (no participant id, no name, no address), so it is anonymous by construction.
 */

const ZActId = z.string("invalidChoice").refine((id) => getWorkbook().acts.some((a) => a.id === id), "invalidChoice");

export const ZPolarityEntryInput = z.object({
  actId: ZActId,
  quadrant: ZPolarityQuadrant,
  text: ZPolarityText,
});
export type TPolarityEntryInput = z.output<typeof ZPolarityEntryInput>;

export interface TPolarityEntry {
  id: string;
  sessionId: string;
  actId: string;
  quadrant: TPolarityQuadrant;
  text: string;
  status: TPolarityStatus;
  position: number;
  createdAt: Date;
  updatedAt: Date;
}

const select = {
  id: true,
  sessionId: true,
  actId: true,
  quadrant: true,
  text: true,
  status: true,
  position: true,
  createdAt: true,
  updatedAt: true,
} as const;

type TRow = { [K in keyof typeof select]: K extends "quadrant" | "status" ? string : TPolarityEntry[K] };

/** A stored row as an entry; rows with an unknown field or status (none are written) are left out. */
function toEntries(rows: TRow[]): TPolarityEntry[] {
  const out: TPolarityEntry[] = [];
  for (const row of rows) {
    const { quadrant, status } = row;
    if (isPolarityQuadrant(quadrant) && isPolarityStatus(status)) out.push({ ...row, quadrant, status });
  }
  return out;
}

/** Sessions the user facilitates (coordinator of the session's partnership), as a query condition. */
function facilitatedBy(userId: string) {
  return { partnership: { memberships: { some: { userId, role: "coordinator" } } } };
}

/** Sessions the user may read (any member of the partnership). */
function readableBy(userId: string) {
  return { partnership: { memberships: { some: { userId } } } };
}

const ORDER = [{ position: "asc" as const }, { createdAt: "asc" as const }, { id: "asc" as const }];

/** Entries in the acts' order, then per field, lowest position first. */
function sortByAct(entries: TPolarityEntry[]): TPolarityEntry[] {
  const acts = new Map(getWorkbook().acts.map((a, i) => [a.id, i]));
  const fields = new Map(POLARITY_QUADRANTS.map((q, i) => [q, i]));
  const rank = (e: TPolarityEntry) => (acts.get(e.actId) ?? Number.MAX_SAFE_INTEGER) * 100 + fields.get(e.quadrant)!;
  return entries.map((e, i) => ({ e, i })).sort((x, y) => rank(x.e) - rank(y.e) || x.i - y.i).map((x) => x.e);
}

/**
 * The session's polarity maps for a member: the accepted lines for everyone in the
 * partnership, and the waiting suggestions too for its coordinators. Null when the user
 * may not read the session.
 */
export async function listPolarityMapForMember(
  userId: string,
  sessionId: string,
): Promise<{ accepted: TPolarityEntry[]; suggested: TPolarityEntry[] | null } | null> {
  const session = await db.session.findFirst({
    where: { id: sessionId, ...readableBy(userId) },
    select: {
      partnership: { select: { memberships: { where: { userId }, select: { role: true }, take: 1 } } },
      polarityEntries: { orderBy: ORDER, select },
    },
  });
  if (!session) return null;
  const facilitates = session.partnership.memberships[0]?.role === "coordinator";
  const entries = sortByAct(toEntries(session.polarityEntries));
  return {
    accepted: entries.filter((e) => e.status === "accepted"),
    suggested: facilitates ? entries.filter((e) => e.status === "suggested") : null,
  };
}

/** The accepted lines of a session (for pages whose guard already read the session). */
export async function listAcceptedPolarityEntries(sessionId: string): Promise<TPolarityEntry[]> {
  const rows = await db.polarityEntry.findMany({ where: { sessionId, status: "accepted" }, orderBy: ORDER, select });
  return sortByAct(toEntries(rows));
}

/** Next position at the end of one field of one act's map. */
async function endOfField(
  tx: Pick<typeof db, "polarityEntry">,
  sessionId: string,
  actId: string,
  quadrant: TPolarityQuadrant,
): Promise<number> {
  const last = await tx.polarityEntry.findFirst({
    where: { sessionId, actId, quadrant, status: "accepted" },
    orderBy: { position: "desc" },
    select: { position: true },
  });
  return (last?.position ?? -1) + 1;
}

/** Adds a line the room agreed on, at the end of its field; null when the user does not facilitate the session. */
export async function addPolarityEntry(userId: string, sessionId: string, input: TPolarityEntryInput): Promise<TPolarityEntry | null> {
  return db.$transaction(async (tx) => {
    const session = await tx.session.findFirst({ where: { id: sessionId, ...facilitatedBy(userId) }, select: { id: true } });
    if (!session) return null;
    const position = await endOfField(tx, sessionId, input.actId, input.quadrant);
    const row = await tx.polarityEntry.create({
      data: { sessionId, actId: input.actId, quadrant: input.quadrant, text: input.text, status: "accepted", position },
      select,
    });
    return toEntries([row])[0] ?? null;
  });
}

/** Changes a line's (or a suggestion's) text; false when there is no such entry the user facilitates. */
export async function updatePolarityEntryText(userId: string, sessionId: string, id: string, text: string): Promise<boolean> {
  const { count } = await db.polarityEntry.updateMany({
    where: { id, sessionId, session: facilitatedBy(userId) },
    data: { text },
  });
  return count === 1;
}

/** Deletes a line, or drops a suggestion; false when there is no such entry the user facilitates. */
export async function deletePolarityEntry(userId: string, sessionId: string, id: string): Promise<boolean> {
  const { count } = await db.polarityEntry.deleteMany({ where: { id, sessionId, session: facilitatedBy(userId) } });
  return count === 1;
}

/** Moves an accepted line one place up or down in its field (renumbering the field 0, 1, 2, …). */
export async function movePolarityEntry(userId: string, sessionId: string, id: string, direction: "up" | "down"): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const entry = await tx.polarityEntry.findFirst({
      where: { id, sessionId, status: "accepted", session: facilitatedBy(userId) },
      select: { actId: true, quadrant: true },
    });
    if (!entry) return false;
    const field = await tx.polarityEntry.findMany({
      where: { sessionId, actId: entry.actId, quadrant: entry.quadrant, status: "accepted" },
      orderBy: ORDER,
      select: { id: true, position: true },
    });
    const order = movedOrder(
      field.map((e) => e.id),
      id,
      direction,
    );
    for (const [position, entryId] of order.entries()) {
      if (field.find((e) => e.id === entryId)?.position !== position) {
        await tx.polarityEntry.update({ where: { id: entryId }, data: { position } });
      }
    }
    return true;
  });
}

/**
 * Puts a suggestion on the map, at the end of its field (or of `quadrant`, when the
 * facilitator moves it to another field), with `text` when the facilitator edited it.
 */
export async function acceptPolaritySuggestion(
  userId: string,
  sessionId: string,
  id: string,
  change: { text?: string; quadrant?: TPolarityQuadrant } = {},
): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const entry = await tx.polarityEntry.findFirst({
      where: { id, sessionId, status: "suggested", session: facilitatedBy(userId) },
      select: { actId: true, quadrant: true },
    });
    if (!entry || !isPolarityQuadrant(entry.quadrant)) return false;
    const quadrant = change.quadrant ?? entry.quadrant;
    const position = await endOfField(tx, sessionId, entry.actId, quadrant);
    await tx.polarityEntry.update({
      where: { id },
      data: { status: "accepted", quadrant, position, ...(change.text ? { text: change.text } : {}) },
    });
    return true;
  });
}

/**
 * Merges a suggestion into another entry of the same act (a line on the map or another
 * suggestion): that entry gets `text` (the two combined, as the facilitator worded it)
 * and is on the map; the suggestion is gone.
 */
export async function mergePolaritySuggestion(
  userId: string,
  sessionId: string,
  input: { id: string; intoId: string; text: string },
): Promise<boolean> {
  if (input.id === input.intoId) return false;
  return db.$transaction(async (tx) => {
    const where = { sessionId, session: facilitatedBy(userId) };
    const [source, target] = await Promise.all([
      tx.polarityEntry.findFirst({ where: { ...where, id: input.id, status: "suggested" }, select: { actId: true } }),
      tx.polarityEntry.findFirst({ where: { ...where, id: input.intoId }, select: { actId: true, quadrant: true, status: true } }),
    ]);
    if (!source || !target || source.actId !== target.actId || !isPolarityQuadrant(target.quadrant)) return false;
    const position =
      target.status === "accepted" ? undefined : await endOfField(tx, sessionId, target.actId, target.quadrant);
    await tx.polarityEntry.update({
      where: { id: input.intoId },
      data: { text: input.text, status: "accepted", ...(position === undefined ? {} : { position }) },
    });
    await tx.polarityEntry.delete({ where: { id: input.id } });
    return true;
  });
}

export type TSuggestResult = { ok: true } | { ok: false; reason: "notFound" | "closed" | "full" };

/**
 * A partner's suggestion from the workbook: only with the resume token of a participant
 * of this session (the browser's participant cookie), while the session is open. The
 * token finds the participant; what is stored names neither the participant nor the token.
 */
export async function suggestPolarityEntry(token: string, sessionId: string, input: TPolarityEntryInput): Promise<TSuggestResult> {
  if (token.length < 20 || token.length > 100) return { ok: false, reason: "notFound" };
  return db.$transaction(async (tx) => {
    const participant = await tx.participant.findFirst({
      where: { resumeTokenHash: hashToken(token), sessionId },
      select: { session: { select: { status: true } } },
    });
    if (!participant) return { ok: false, reason: "notFound" } as const;
    if (participant.session.status !== "open") return { ok: false, reason: "closed" } as const;
    const waiting = await tx.polarityEntry.count({ where: { sessionId, actId: input.actId, status: "suggested" } });
    if (waiting >= MAX_WAITING_SUGGESTIONS_PER_ACT) return { ok: false, reason: "full" } as const;
    await tx.polarityEntry.create({
      data: { sessionId, actId: input.actId, quadrant: input.quadrant, text: input.text, status: "suggested" },
      select: { id: true },
    });
    return { ok: true } as const;
  });
}
