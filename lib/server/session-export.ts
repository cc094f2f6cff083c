import "server-only";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { routing } from "@/i18n/routing";
import { getSessionExportForCoordinator } from "@/lib/data/session-exports";
import { toCsv } from "@/lib/domain/csv";
import type { TExportWords } from "@/lib/domain/session-export";
import { toXlsx } from "@/lib/platform/xlsx";

/** What a download of a session export asks for (the query string). */
export const ZSessionExportQuery = z
  .object({
    format: z.enum(["csv", "xlsx"]),
    /** A CSV file holds one table; an XLSX file holds both, one sheet each. */
    table: z.enum(["profile", "answers"]).optional(),
    lang: z.enum(routing.locales).default(routing.defaultLocale),
  })
  .strict()
  .refine((q) => q.format === "xlsx" || q.table !== undefined, { message: "table" });
export type TSessionExportQuery = z.infer<typeof ZSessionExportQuery>;

const SIGNAL_KEYS = {
  "change-wanted": "changeWanted",
  "talk-about-it": "talkAboutIt",
  "roles-differ": "rolesDiffer",
  "balanced-as-wished": "balancedAsWished",
} as const;

/** A file name without anything a header or a file system would mind. */
function slug(text: string): string {
  const s = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return s || "sessie";
}

export interface TExportFile {
  body: Uint8Array;
  contentType: string;
  fileName: string;
}

/**
 * The export file a coordinator downloads, in the reader's language; null when the user
 * is not the session's coordinator (or the session does not exist).
 */
export async function sessionExportFile(userId: string, sessionId: string, query: TSessionExportQuery): Promise<TExportFile | null> {
  const locale = query.lang;
  const t = await getTranslations({ locale, namespace: "exports" });
  const tc = await getTranslations({ locale, namespace: "charts" });
  const words: TExportWords = {
    all: t("allRespondents"),
    signal: (s) => (s in SIGNAL_KEYS ? tc(`signals.${SIGNAL_KEYS[s as keyof typeof SIGNAL_KEYS]}.label`) : s),
    hidden: (threshold) => t("hiddenNote", { threshold }),
    dontKnow: t("dontKnow"),
    notApplicable: t("notApplicable"),
  };
  const data = await getSessionExportForCoordinator(userId, sessionId, locale, words);
  if (!data) return null;
  const profileHeader = data.profile.columns.map((c) => t(`profileColumns.${c}`));
  const answersHeader = data.answers.columns.map((c) => t(`answerColumns.${c}`));
  const base = `${slug(data.session.title)}-${data.session.date.toISOString().slice(0, 10)}`;
  if (query.format === "xlsx") {
    const body = await toXlsx(
      [
        { name: t("profileSheet"), header: profileHeader, rows: data.profile.rows },
        { name: t("answersSheet"), header: answersHeader, rows: data.answers.rows },
      ],
      { title: data.session.title },
    );
    return {
      body: new Uint8Array(body),
      contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      fileName: `${base}.xlsx`,
    };
  }
  const table = query.table === "answers" ? { header: answersHeader, rows: data.answers.rows } : { header: profileHeader, rows: data.profile.rows };
  return {
    body: new TextEncoder().encode(toCsv(table.header, table.rows)),
    contentType: "text/csv; charset=utf-8",
    fileName: `${base}-${query.table === "answers" ? t("answersFile") : t("profileFile")}.csv`,
  };
}
