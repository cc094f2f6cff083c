import "server-only";
import { getTranslations } from "next-intl/server";
import { getWorkbook } from "@/lib/data/content";
import { findOwnAnswers } from "@/lib/data/participant-rights";
import { pickText } from "@/lib/domain/content/localize";
import type { TAppLocale } from "@/i18n/routing";
import type { TAnswerDimension } from "@/lib/domain/answer";
import { listAnswerSections, type TAnswerWords, type TCsvHeader } from "@/lib/domain/participant-answers";

/**
 * A participant's own answers in their language, for the page behind the resume link and
 * its downloads (issue 14): the rows from lib/data, the words from messages/*.json.
 */
type TTranslate = Awaited<ReturnType<typeof getTranslations<"rights.answers">>>;

/** The word for each kind of answer (written out, so the message keys stay checked). */
const DIMENSION_WORDS: Record<TAnswerDimension, (t: TTranslate) => string> = {
  now: (t) => t("dimension.now"),
  desired: (t) => t("dimension.desired"),
  choice: (t) => t("dimension.choice"),
  text: (t) => t("dimension.text"),
};

export async function readOwnAnswers(token: string, locale: TAppLocale) {
  const found = await findOwnAnswers(token);
  if (!found) return null;
  const t = await getTranslations({ locale, namespace: "rights.answers" });
  const workbook = getWorkbook();
  const words: TAnswerWords = {
    dontKnow: t("dontKnow"),
    notApplicable: t("notApplicable"),
    ticked: t("ticked"),
    notTicked: t("notTicked"),
    scale: (value, ends) => (ends ? t("scale", { value, low: ends.low, high: ends.high }) : t("scalePlain", { value })),
    dimension: (d) => DIMENSION_WORDS[d](t),
  };
  const sections = listAnswerSections(workbook, found.answers, locale, {
    profile: t("sections.profile"),
    promises: t("sections.promises"),
    interests: t("sections.interests"),
    other: t("sections.other"),
  });
  const role = workbook.roles.find((r) => r.id === found.role);
  const csvHeader: TCsvHeader = {
    part: t("csv.part"),
    question: t("csv.question"),
    dimension: t("csv.dimension"),
    answer: t("csv.answer"),
    value: t("csv.value"),
    updatedAt: t("csv.updatedAt"),
  };
  return {
    participant: found,
    roleLabel: role ? pickText(role.label, locale) : found.role,
    sections,
    words,
    csvHeader,
    fileName: t("fileName"),
  };
}
