import "server-only";
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { ANSWER_DIMENSIONS, isAnswerDimension, isScaleValue, SCALE_MAX } from "@/lib/domain/answer";
import { ZId, type TWorkbook } from "@/lib/domain/content/schema";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/platform/db";
import { removeControlCharacters } from "@/lib/domain/text";
import {
  DEFAULT_WORKBOOK_LENGTH,
  MAX_TEXT_LENGTH,
  getItemIndex,
  takesDimension,
  type TStoredAnswer,
  type TWorkbookLength,
} from "@/lib/domain/workbook";

/**
 * One answer as a client sends it. `itemId` has the shape of a content id. `value` is 1..7 for scale and position items,
 * `null` for "don't know"; 0 or 1 for a checklist option; `text` for open questions.
 * `notApplicable: true` with `value: null` is "does not apply to us", for a statement only.
 * The shape is checked here, the meaning (does the item exist, does the dimension
 * fit it) by parseAnswerInput.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const ZAnswerInput = z
  .object({
    itemId: ZId.max(80),
    dimension: z.enum(ANSWER_DIMENSIONS),
    value: z.number().int().min(0).max(SCALE_MAX).nullable().optional(),
    // A lone surrogate cannot be stored as UTF-8: refused as invalid (a 400), never a 500.
    // Control and bidi characters are removed (line breaks stay).
    text: z
      .string()
      .max(MAX_TEXT_LENGTH, "tooLong")
      .refine((t) => !LONE_SURROGATE.test(t), "invalid")
      .overwrite(removeControlCharacters)
      .optional(),
    notApplicable: z.literal(true).optional(),
  })
  .strict();
export type TAnswerInput = z.infer<typeof ZAnswerInput>;

/**
 * Why an answer is refused. `notAsked`: the item exists but this session does not ask it
 * (a short session asks only the core statements). `notApplicableNotAllowed`: only a
 * statement of an act offers "does not apply", and only without a value.
 */
export type TAnswerError =
  | "unknownItem"
  | "notAsked"
  | "wrongDimension"
  | "outOfRange"
  | "missingValue"
  | "notApplicableNotAllowed"
  | "invalid";

export type TParsedAnswer = { ok: true; answer: TStoredAnswer } | { ok: false; error: TAnswerError };

/**
 * Checks an answer against the workbook as a session of this length asks it: the item
 * is asked and the value fits its kind.
 */
export function parseAnswerInput(
  workbook: TWorkbook,
  input: unknown,
  length: TWorkbookLength = DEFAULT_WORKBOOK_LENGTH,
): TParsedAnswer {
  const shape = ZAnswerInput.safeParse(input);
  if (!shape.success) {
    const tooLong = shape.error.issues.some((i) => i.message === "tooLong");
    const range = shape.error.issues.some((i) => i.path[0] === "value");
    return { ok: false, error: tooLong || range ? "outOfRange" : "invalid" };
  }
  const { itemId, dimension, value, text, notApplicable = false } = shape.data;
  const item = getItemIndex(workbook, length).get(itemId);
  if (!item) {
    const known = length !== DEFAULT_WORKBOOK_LENGTH && getItemIndex(workbook).has(itemId);
    return { ok: false, error: known ? "notAsked" : "unknownItem" };
  }
  if (!takesDimension(item, dimension)) return { ok: false, error: "wrongDimension" };
  if (notApplicable && item.kind !== "scale") return { ok: false, error: "notApplicableNotAllowed" };
  switch (item.kind) {
    case "scale":
    case "position":
      if (value === undefined || text !== undefined) return { ok: false, error: "missingValue" };
      if (value !== null && !isScaleValue(value)) return { ok: false, error: "outOfRange" };
      if (notApplicable && value !== null) return { ok: false, error: "notApplicableNotAllowed" };
      return { ok: true, answer: { itemId, dimension, value, text: null, notApplicable } };
    case "choice":
      if (value !== 0 && value !== 1) return { ok: false, error: "outOfRange" };
      return { ok: true, answer: { itemId, dimension, value, text: null } };
    case "text":
      if (text === undefined || value !== undefined) return { ok: false, error: "missingValue" };
      return { ok: true, answer: { itemId, dimension, value: null, text: text.trim() } };
  }
}

/**
 * Rows as the database returns them, with the dimension typed: the column is a plain
 * string (SQLite), so a row with a dimension we do not know (none is ever written) is
 * left out rather than passed on untyped.
 */
function withDimension<T extends { dimension: string }>(rows: T[]): (Omit<T, "dimension"> & { dimension: TStoredAnswer["dimension"] })[] {
  return rows.filter((r): r is T & { dimension: TStoredAnswer["dimension"] } => isAnswerDimension(r.dimension));
}

function upsertAnswer(participantId: string, answer: TStoredAnswer) {
  return db.answer.upsert({
    where: {
      participantId_itemId_dimension: {
        participantId,
        itemId: answer.itemId,
        dimension: answer.dimension,
      },
    },
    create: { participantId, ...answer },
    // A new answer replaces the old one entirely: a position after "does not apply" clears it.
    update: { value: answer.value, text: answer.text, notApplicable: answer.notApplicable ?? false },
    select: { updatedAt: true },
  });
}

/**
 * Many answers in one statement: `INSERT … ON CONFLICT … DO UPDATE`, the same SQL on SQLite
 * and PostgreSQL (quoted identifiers, placeholders by Prisma). It does what upsertAnswer
 * does for each answer, but Prisma compiles and runs one query for the whole group instead
 * of one per answer (most of the save path's cost; docs/decisions/028). A statement is atomic:
 * all answers of the group are stored or none. Within a group only the last answer per
 * participant, item and dimension is written (a row cannot be changed twice by one statement):
 * it is also the one that would have won had they been written one by one.
 */
async function upsertAnswers(group: { participantId: string; answer: TStoredAnswer }[]): Promise<{ updatedAt: Date }> {
  const updatedAt = new Date();
  const last = new Map<string, { participantId: string; answer: TStoredAnswer }>();
  for (const g of group) last.set(`${g.participantId}\u0000${g.answer.itemId}\u0000${g.answer.dimension}`, g);
  const rows = [...last.values()].map(
    ({ participantId, answer }) =>
      Prisma.sql`(${newAnswerId()}, ${participantId}, ${answer.itemId}, ${answer.dimension}, ${answer.value ?? null}, ${answer.text ?? null}, ${answer.notApplicable ?? false}, ${updatedAt})`,
  );
  await db.$executeRaw`
    INSERT INTO "Answer" ("id", "participantId", "itemId", "dimension", "value", "text", "notApplicable", "updatedAt")
    VALUES ${Prisma.join(rows)}
    ON CONFLICT ("participantId", "itemId", "dimension") DO UPDATE SET
      "value" = excluded."value", "text" = excluded."text",
      "notApplicable" = excluded."notApplicable", "updatedAt" = excluded."updatedAt"`;
  return { updatedAt };
}

/** A new answer's id: random, URL-safe, of the shape of the other ids (ZId), as Prisma's cuid() would be. */
function newAnswerId(): string {
  return `a${randomBytes(15).toString("base64url")}`;
}

interface TPendingAnswer {
  participantId: string;
  answer: TStoredAnswer;
  resolve: (row: { updatedAt: Date }) => void;
  reject: (error: unknown) => void;
}

/** Answers waiting for the writer, and whether it is writing (per process; see saveAnswer). */
const writer: { queue: TPendingAnswer[]; busy: boolean } = { queue: [], busy: false };
/** At most this many answers per statement (8 parameters each, far below either database's limit). */
const MAX_GROUP = 256;

async function writeQueued() {
  writer.busy = true;
  try {
    while (writer.queue.length > 0) {
      const group = writer.queue.splice(0, MAX_GROUP);
      try {
        const row = await upsertAnswers(group);
        for (const g of group) g.resolve(row);
      } catch {
        // One failing answer (its participant was just deleted) must not fail the others: each on its own.
        for (const g of group) {
          try {
            g.resolve(await upsertAnswer(g.participantId, g.answer));
          } catch (e) {
            g.reject(e);
          }
        }
      }
    }
  } finally {
    writer.busy = false;
  }
}

/**
 * Stores an answer; sending the same answer again leaves exactly one row. Resolves once
 * the answer is committed (durable: lib/platform/sqlite-settings.ts).
 *
 * Group commit: while one write is in flight, the answers that arrive meanwhile wait and
 * are then written together in one transaction, so a room answering at once costs one
 * commit (one fsync) per group instead of one per answer. A lone answer is written at
 * once; nothing waits for a timer. Answers of one participant are written in the order
 * they were sent.
 */
export function saveAnswer(participantId: string, answer: TStoredAnswer): Promise<{ updatedAt: Date }> {
  return new Promise((resolve, reject) => {
    writer.queue.push({ participantId, answer, resolve, reject });
    if (!writer.busy) void writeQueued();
  });
}

export async function listParticipantAnswers(participantId: string): Promise<TStoredAnswer[]> {
  return withDimension(
    await db.answer.findMany({
      where: { participantId },
      select: { itemId: true, dimension: true, value: true, text: true, notApplicable: true },
    }),
  );
}

/**
 * All answers of a session, for progress and results. Plain SQL (the same on SQLite and
 * PostgreSQL): live screens read a session's answers up to a few times a second, and
 * Prisma's query builder costs about twice as much per row (docs/decisions/030).
 */
export async function listSessionAnswers(
  sessionId: string,
  { includeTest = false }: { includeTest?: boolean } = {},
): Promise<(TStoredAnswer & { participantId: string })[]> {
  type TRow = { participantId: string; itemId: string; dimension: string; value: number | null; text: string | null; notApplicable: boolean };
  // Test participants' answers never reach results (lib/data/participants.ts).
  const rows = includeTest
    ? await db.$queryRaw<TRow[]>`SELECT a."participantId", a."itemId", a."dimension", a."value", a."text", a."notApplicable"
        FROM "Answer" a JOIN "Participant" p ON p."id" = a."participantId" WHERE p."sessionId" = ${sessionId}`
    : await db.$queryRaw<TRow[]>`SELECT a."participantId", a."itemId", a."dimension", a."value", a."text", a."notApplicable"
        FROM "Answer" a JOIN "Participant" p ON p."id" = a."participantId" WHERE p."sessionId" = ${sessionId} AND p."isTest" = ${false}`;
  return withDimension(rows.map((r) => ({ ...r, notApplicable: Boolean(r.notApplicable) })));
}
