import { getTranslations } from "next-intl/server";
import type { TWorkbook } from "@/lib/domain/content/schema";
import { pickText } from "@/lib/domain/content/localize";
import type { TSessionSummaries } from "@/lib/domain/summaries";
import { paginateAnswers } from "./answer-pages";
import type { TDeckSlide } from "./slide-view";

/**
 * The slides with what partners wrote, built on the server: per act its open questions
 * (two side by side per slide, more pages when the answers do not fit one), and "Belangen
 * op tafel": the own organisation's interest next to the shared interest. No names, no
 * roles, no organisations: the texts come from computeSessionSummaries, which lists a
 * question's answers only when at least as many partners as the anonymity threshold gave
 * one (test participants never count) and orders them so the order reveals nobody.
 * Hidden until revealed: all pages of one act share a reveal key.
 */

/** The interests put side by side on the projector (ids from content/interests.yaml; ids never change). */
export const INTERESTS_ON_TABLE = ["interest-own", "interest-shared"] as const;

type TQuestion = { id: string; heading: string };

async function slidesFor({
  idBase,
  revealKey,
  title,
  kicker,
  questions,
  summaries,
  threshold,
}: {
  idBase: string;
  revealKey: string;
  title: string;
  kicker: string;
  questions: TQuestion[];
  summaries: Pick<TSessionSummaries, "texts">;
  threshold: number;
}): Promise<TDeckSlide[]> {
  const t = await getTranslations("present.answers");
  // Two questions per slide; each pair in as many pages as its answers need.
  const pairs: TQuestion[][] = [];
  for (let i = 0; i < questions.length; i += 2) pairs.push(questions.slice(i, i + 2));
  const screens = pairs.flatMap((pair) =>
    paginateAnswers(pair.map((q) => ({ questionId: q.id, answers: summaries.texts[q.id] ?? [] }))).map((page) =>
      page.map((column, i) => ({
        questionId: column.questionId,
        heading: pair[i]!.heading,
        pieces: column.pieces,
        note: summaries.texts[column.questionId] ? undefined : t("withheld", { threshold }),
      })),
    ),
  );
  return screens.map((columns, i) => ({
    id: i === 0 ? idBase : `${idBase}-${i + 1}`,
    kind: "answers",
    title,
    kicker: screens.length > 1 ? `${kicker} · ${t("page", { page: i + 1, pages: screens.length })}` : kicker,
    revealKey,
    answers: { columns },
  }));
}

/** The answer slides of one act (its open questions), to follow the act's own slide. */
export async function actAnswerSlides({
  act,
  number,
  total,
  locale,
  summaries,
  threshold,
}: {
  act: TWorkbook["acts"][number];
  number: number;
  total: number;
  locale: string;
  summaries: Pick<TSessionSummaries, "texts">;
  threshold: number;
}): Promise<TDeckSlide[]> {
  const t = await getTranslations("present.answers");
  const title = pickText(act.title, locale);
  return slidesFor({
    idBase: `answers-${act.id}`,
    revealKey: `answers:${act.id}`,
    title: t("title", { act: title }),
    kicker: t("kicker", { number, total }),
    questions: act.reflection.map((r) => ({ id: r.id, heading: pickText(r.question, locale) })),
    summaries,
    threshold,
  });
}

/** "Belangen op tafel": the own organisation's interest next to the shared interest. */
export async function interestSlides({
  workbook,
  locale,
  summaries,
  threshold,
}: {
  workbook: TWorkbook;
  locale: string;
  summaries: Pick<TSessionSummaries, "texts">;
  threshold: number;
}): Promise<TDeckSlide[]> {
  const t = await getTranslations("present.answers");
  const questions = INTERESTS_ON_TABLE.flatMap((id) => {
    const q = workbook.interests.questions.find((x) => x.id === id);
    return q ? [{ id, heading: pickText(q.question, locale) }] : [];
  });
  if (questions.length === 0) return [];
  return slidesFor({
    idBase: "interests",
    revealKey: "answers:interests",
    title: t("interestsTitle"),
    kicker: t("interestsKicker"),
    questions,
    summaries,
    threshold,
  });
}
