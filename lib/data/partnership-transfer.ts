import "server-only";
import { z } from "zod";
import { db } from "@/lib/platform/db";
import { createJoinCode, createToken, hashToken } from "@/lib/platform/tokens";
import { findPartnershipForMember } from "@/lib/data/memberships";
import { toAgreementStatus } from "@/lib/domain/agreements";
import { isPolarityQuadrant } from "@/lib/domain/polarity";
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  MAX_IMPORT_BYTES,
  ZPartnershipExport,
  type TPartnershipExportFile,
} from "@/lib/domain/export-format";

/**
 * The full export of a partnership and its import elsewhere (docs/export-format.md).
 * Export: for the partnership's coordinator only (the access rule is part of the query);
 * it holds personal data (participants' names and organisations, when they gave them).
 * Import: whoever imports becomes the new partnership's coordinator; every row gets a
 * new id, every session a new join code, every participant a new resume token that
 * nobody knows (the old links cannot work here: only their hashes were ever stored).
 */
export async function exportPartnership(userId: string, partnershipId: string): Promise<TPartnershipExportFile | null> {
  if (!(await findPartnershipForMember(userId, partnershipId, "coordinator"))) return null;
  const p = await db.partnership.findUnique({
    where: { id: partnershipId },
    select: {
      name: true,
      region: true,
      createdAt: true,
      retentionMonths: true,
      sessions: {
        orderBy: [{ date: "asc" }, { createdAt: "asc" }],
        select: {
          title: true,
          date: true,
          status: true,
          anonymityThreshold: true,
          workbookLength: true,
          createdAt: true,
          participants: {
            orderBy: { createdAt: "asc" },
            select: {
              role: true,
              organisation: true,
              displayName: true,
              isTest: true,
              createdAt: true,
              answers: {
                orderBy: [{ itemId: "asc" }, { dimension: "asc" }],
                select: { itemId: true, dimension: true, value: true, text: true, notApplicable: true, updatedAt: true },
              },
            },
          },
          agreements: {
            orderBy: { createdAt: "asc" },
            select: { actId: true, position: true, action: true, owner: true, revisitOn: true, status: true, note: true, statusChangedAt: true, createdAt: true },
          },
          polarityEntries: {
            orderBy: [{ actId: "asc" }, { quadrant: "asc" }, { position: "asc" }],
            select: { actId: true, quadrant: true, text: true, status: true, position: true, createdAt: true },
          },
        },
      },
    },
  });
  if (!p) return null;
  const iso = (d: Date) => d.toISOString();
  const isoOrNull = (d: Date | null) => (d ? d.toISOString() : null);
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date().toISOString(),
    partnership: { name: p.name, region: p.region, createdAt: iso(p.createdAt), retentionMonths: p.retentionMonths },
    sessions: p.sessions.map((s) => ({
      title: s.title,
      date: iso(s.date),
      status: s.status === "closed" ? "closed" : "open",
      anonymityThreshold: s.anonymityThreshold,
      workbookLength: s.workbookLength === "short" ? "short" : "full",
      createdAt: iso(s.createdAt),
      participants: s.participants.map((x) => ({
        role: x.role,
        organisation: x.organisation,
        displayName: x.displayName,
        isTest: x.isTest,
        createdAt: iso(x.createdAt),
        answers: x.answers.map((a) => ({
          itemId: a.itemId,
          dimension: a.dimension as "now",
          value: a.value,
          text: a.text,
          notApplicable: a.notApplicable,
          updatedAt: iso(a.updatedAt),
        })),
      })),
      agreements: s.agreements.map((a) => ({
        ...a,
        status: toAgreementStatus(a.status),
        revisitOn: isoOrNull(a.revisitOn),
        statusChangedAt: isoOrNull(a.statusChangedAt),
        createdAt: iso(a.createdAt),
      })),
      polarityEntries: s.polarityEntries.flatMap(({ quadrant, ...e }) =>
        isPolarityQuadrant(quadrant)
          ? [{ ...e, quadrant, status: e.status === "suggested" ? ("suggested" as const) : ("accepted" as const), createdAt: iso(e.createdAt) }]
          : [],
      ),
    })),
  };
}

/** Why an import was refused: too large, not JSON, not an export, a version this installation does not know, or not the format. */
export type TImportError = "tooLarge" | "notJson" | "notAnExport" | "unknownVersion" | "invalid";

export type TImportResult =
  | { ok: true; partnershipId: string; sessions: number; participants: number; answers: number }
  | { ok: false; error: TImportError };

/** What says that a file is an export at all, and of which version (read before the whole format). */
const ZExportHead = z.object({ format: z.literal(EXPORT_FORMAT), version: z.unknown() });

/**
 * Imports an export file's text: the one way in, for `npm run data:import` and the upload in
 * the app (app/api/partnerships/import). At most `maxBytes` (UTF-8), JSON (a leading BOM is
 * allowed), then importPartnership. Nothing changes when the file is refused.
 */
export async function importPartnershipFile(userId: string, text: string, maxBytes = MAX_IMPORT_BYTES): Promise<TImportResult> {
  if (Buffer.byteLength(text, "utf8") > maxBytes) return { ok: false, error: "tooLarge" };
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return { ok: false, error: "notJson" };
  }
  return importPartnership(userId, json);
}

/** Recreates an exported partnership, with `userId` as its coordinator, in one transaction. Nothing changes on bad input. */
export async function importPartnership(userId: string, input: unknown): Promise<TImportResult> {
  const head = ZExportHead.safeParse(input);
  if (!head.success) return { ok: false, error: "notAnExport" };
  if (head.data.version !== EXPORT_VERSION) return { ok: false, error: "unknownVersion" };
  const parsed = ZPartnershipExport.safeParse(input);
  if (!parsed.success) return { ok: false, error: "invalid" };
  const data = parsed.data;
  let participants = 0;
  let answers = 0;
  const partnershipId = await db.$transaction(
    async (tx) => {
      const { id } = await tx.partnership.create({
        data: {
          name: data.partnership.name,
          region: data.partnership.region,
          createdAt: data.partnership.createdAt,
          ...(data.partnership.retentionMonths ? { retentionMonths: data.partnership.retentionMonths } : {}),
          memberships: { create: { userId, role: "coordinator" } },
        },
        select: { id: true },
      });
      for (const s of data.sessions) {
        let joinCode = createJoinCode();
        while (await tx.session.findUnique({ where: { joinCode }, select: { id: true } })) joinCode = createJoinCode();
        const session = await tx.session.create({
          data: {
            partnershipId: id,
            title: s.title,
            date: s.date,
            status: s.status,
            joinCode,
            anonymityThreshold: s.anonymityThreshold,
            workbookLength: s.workbookLength,
            createdAt: s.createdAt,
            agreements: { createMany: { data: s.agreements } },
            polarityEntries: { createMany: { data: s.polarityEntries } },
          },
          select: { id: true },
        });
        for (const p of s.participants) {
          await tx.participant.create({
            data: {
              sessionId: session.id,
              role: p.role,
              organisation: p.organisation,
              displayName: p.displayName,
              isTest: p.isTest,
              createdAt: p.createdAt,
              resumeTokenHash: hashToken(createToken()),
              answers: { createMany: { data: p.answers } },
            },
            select: { id: true },
          });
          participants++;
          answers += p.answers.length;
        }
      }
      return id;
    },
    { timeout: 120_000 },
  );
  return { ok: true, partnershipId, sessions: data.sessions.length, participants, answers };
}
