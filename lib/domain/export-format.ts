import { z } from "zod";
import { ANSWER_DIMENSIONS, SCALE_MAX } from "@/lib/domain/answer";
import { AGREEMENT_STATUSES } from "@/lib/domain/agreements";
import { POLARITY_QUADRANTS, POLARITY_STATUSES } from "@/lib/domain/polarity";
import { WORKBOOK_LENGTHS } from "@/lib/domain/workbook";
import { MAX_ANONYMITY_THRESHOLD, MIN_ANONYMITY_THRESHOLD } from "@/lib/domain/scoring";

/**
 * The full export of a partnership (docs/export-format.md): a JSON file another
 * installation can import, so no partnership is locked in. Versioned: `format` names the
 * kind of file, `version` its layout; an importer refuses versions it does not know.
 * Pure: the zod schema is the one definition of the format, used to write and to read.
 *
 * What is NOT in the file (and why) is in docs/export-format.md: accounts and members,
 * invitations, resume tokens, join codes, the calendar-feed token, database ids.
 */
export const EXPORT_FORMAT = "werkboek-partnership";
export const EXPORT_VERSION = 1;
/** The largest file an import accepts (a session of 500 participants is about 5 MB). */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
/**
 * The largest upload of an export in the app (app/api/partnerships/import): Next.js hands a
 * route at most 10 MiB of a request body while a proxy runs (proxyClientMaxBodySize), so a
 * larger file goes through `npm run data:import` (decision 029).
 */
export const MAX_IMPORT_UPLOAD_BYTES = 10 * 1024 * 1024;

const ZDate = z.iso.datetime({ offset: true }).transform((s) => new Date(s));
const text = (max: number) => z.string().max(max);
const contentId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/);

const ZAnswer = z
  .object({
    itemId: contentId,
    dimension: z.enum(ANSWER_DIMENSIONS),
    value: z.number().int().min(0).max(SCALE_MAX).nullable(),
    text: text(4000).nullable(),
    notApplicable: z.boolean().default(false),
    updatedAt: ZDate,
  })
  .strict();

const ZParticipant = z
  .object({
    role: contentId,
    organisation: text(120).nullable(),
    displayName: text(80).nullable(),
    isTest: z.boolean().default(false),
    createdAt: ZDate,
    answers: z.array(ZAnswer).max(2000),
  })
  .strict()
  .refine((p) => new Set(p.answers.map((a) => `${a.itemId}\u0000${a.dimension}`)).size === p.answers.length, {
    message: "duplicateAnswer",
  });

const ZAgreement = z
  .object({
    actId: contentId,
    position: z.number().min(-1).max(1).nullable(),
    action: text(2000),
    owner: text(200).nullable(),
    revisitOn: ZDate.nullable(),
    status: z.enum(AGREEMENT_STATUSES).default("open"),
    note: text(2000).nullable().default(null),
    statusChangedAt: ZDate.nullable().default(null),
    createdAt: ZDate,
  })
  .strict();

const ZPolarityEntry = z
  .object({
    actId: contentId,
    quadrant: z.enum(POLARITY_QUADRANTS),
    text: text(2000),
    status: z.enum(POLARITY_STATUSES),
    position: z.number().int().min(0).max(100_000),
    createdAt: ZDate,
  })
  .strict();

const ZSession = z
  .object({
    title: text(120).min(1),
    date: ZDate,
    status: z.enum(["open", "closed"]),
    anonymityThreshold: z.number().int().min(MIN_ANONYMITY_THRESHOLD).max(MAX_ANONYMITY_THRESHOLD),
    workbookLength: z.enum(WORKBOOK_LENGTHS),
    createdAt: ZDate,
    participants: z.array(ZParticipant).max(5000),
    agreements: z.array(ZAgreement).max(1000).default([]),
    polarityEntries: z.array(ZPolarityEntry).max(5000).default([]),
  })
  .strict();

export const ZPartnershipExport = z
  .object({
    format: z.literal(EXPORT_FORMAT),
    version: z.literal(EXPORT_VERSION),
    exportedAt: ZDate,
    partnership: z
      .object({
        name: text(120).min(1),
        region: text(120).min(1),
        createdAt: ZDate,
        retentionMonths: z.number().int().min(1).max(600).optional(),
      })
      .strict(),
    sessions: z.array(ZSession).max(500),
  })
  .strict();

/** A parsed export file (dates as Date). */
export type TPartnershipExport = z.infer<typeof ZPartnershipExport>;
/** An export file as written (dates as ISO strings): JSON.stringify of this is the file. */
export type TPartnershipExportFile = z.input<typeof ZPartnershipExport>;
