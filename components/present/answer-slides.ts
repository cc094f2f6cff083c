import type { TWorkbook } from "@/lib/domain/content/schema";
import { pickText } from "@/lib/domain/content/localize";
import { INTERESTS_ON_TABLE } from "@/lib/domain/live-result";
import { paginateAnswers } from "./answer-pages";
import type { TDeckSlide } from "./slide-view";

/**
 * The slides with what partners wrote: per act its open questions (two side by side per
 * slide, more pages when the answers do not fit one), and "Belangen op tafel": the own
 * organisation's interest next to the shared interest. No names, no roles, no
 * organisations: the texts come from the live result (lib/data/live-results.ts), which
 * takes them from computeSessionSummaries, which lists a question's answers only when at
 * least as many partners as the anonymity threshold gave one (test participants never
 * count) and orders them so the order reveals nobody. Hidden until revealed: all pages of
 * one act share a reveal key.
 *
 * Pure. The server page describes each group of slides (answerGroup: ids, titles, the
 * questions in the page's language); the deck builds the slides from the current live
 * result (answerSlides), so the number of pages follows the answers without a server
 * render. The first page's id is the group's (`answers-<act>`), later pages add `-2`,
 * `-3`…: a slide keeps its id while answers come in.
 */

export { INTERESTS_ON_TABLE };

/** A translator for the "present.answers" namespace. */
export type TAnswersTranslate = (key: string, values?: Record<string, string | number>) => string;

/** One group of answer slides, as the server page describes it. */
export interface TAnswerGroup {
  /** The first page's slide id; later pages are `${idBase}-2`, `${idBase}-3`… */
  idBase: string;
  revealKey: string;
  title: string;
  kicker: string;
  /** The questions in order, two per slide, with their headings in the page's language. */
  questions: { id: string; heading: string }[];
}

/** The answer slides of one act (its open questions), to follow the act's own slide. */
export function actAnswerGroup({
  act,
  number,
  total,
  locale,
  t,
}: {
  act: TWorkbook["acts"][number];
  number: number;
  total: number;
  locale: string;
  t: TAnswersTranslate;
}): TAnswerGroup {
  return {
    idBase: `answers-${act.id}`,
    revealKey: `answers:${act.id}`,
    title: t("title", { act: pickText(act.title, locale) }),
    kicker: t("kicker", { number, total }),
    questions: act.reflection.map((r) => ({ id: r.id, heading: pickText(r.question, locale) })),
  };
}

/** "Belangen op tafel": the own organisation's interest next to the shared interest (null when the content has neither). */
export function interestAnswerGroup({ workbook, locale, t }: { workbook: TWorkbook; locale: string; t: TAnswersTranslate }): TAnswerGroup | null {
  const questions = INTERESTS_ON_TABLE.flatMap((id) => {
    const q = workbook.interests.questions.find((x) => x.id === id);
    return q ? [{ id, heading: pickText(q.question, locale) }] : [];
  });
  if (questions.length === 0) return null;
  return { idBase: "interests", revealKey: "answers:interests", title: t("interestsTitle"), kicker: t("interestsKicker"), questions };
}

/**
 * A group's slides for these texts (the live result's `texts`: only questions that reach
 * the anonymity threshold are in it). Two questions per slide; each pair in as many pages
 * as its answers need; a question without texts says why (`withheld`).
 */
export function answerSlides(
  group: TAnswerGroup,
  texts: Readonly<Record<string, readonly string[]>>,
  labels: { withheld: string; page: (page: number, pages: number) => string },
): TDeckSlide[] {
  const pairs: TAnswerGroup["questions"][] = [];
  for (let i = 0; i < group.questions.length; i += 2) pairs.push(group.questions.slice(i, i + 2));
  const screens = pairs.flatMap((pair) =>
    paginateAnswers(pair.map((q) => ({ questionId: q.id, answers: texts[q.id] ?? [] }))).map((page) =>
      page.map((column, i) => ({
        questionId: column.questionId,
        heading: pair[i]!.heading,
        pieces: column.pieces,
        note: texts[column.questionId] ? undefined : labels.withheld,
      })),
    ),
  );
  return screens.map((columns, i) => ({
    id: i === 0 ? group.idBase : `${group.idBase}-${i + 1}`,
    kind: "answers",
    title: group.title,
    kicker: screens.length > 1 ? `${group.kicker} · ${labels.page(i + 1, screens.length)}` : group.kicker,
    revealKey: group.revealKey,
    answers: { columns },
  }));
}

/** The deck's slides with every answer group expanded into its slides for these texts. */
export function expandAnswerGroups(
  slides: readonly TDeckSlide[],
  texts: Readonly<Record<string, readonly string[]>>,
  labels: Parameters<typeof answerSlides>[2],
): TDeckSlide[] {
  return slides.flatMap((slide) => (slide.answerGroup ? answerSlides(slide.answerGroup, texts, labels) : [slide]));
}

/**
 * Which slide to show for the id in the hash: that slide, or when it is a later page of
 * answers that no longer exists (fewer pages now), the last page of its group; else the first slide.
 */
export function slideIndexFor(slides: readonly Pick<TDeckSlide, "id">[], id: string | null): number {
  if (id === null) return 0;
  const i = slides.findIndex((s) => s.id === id);
  if (i >= 0) return i;
  const base = /^(.+)-\d+$/.exec(id)?.[1];
  if (base === undefined) return 0;
  let last = -1;
  slides.forEach((s, j) => {
    if (s.id === base || (s.id.startsWith(`${base}-`) && /^\d+$/.test(s.id.slice(base.length + 1)))) last = j;
  });
  return Math.max(0, last);
}
