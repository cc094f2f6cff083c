/**
 * The open answers on the projector, laid out in pages that fit a 1920×1080 slide: per
 * slide two columns (two questions side by side), each a list of answer cards. Pure and
 * deterministic (no React, no DOM): the page builds the slides on the server, the tests
 * call it directly. The answers arrive already filtered and ordered by
 * computeSessionSummaries (lib/domain/summaries.ts: only at or above the anonymity
 * threshold, test participants left out, sorted so the order reveals nobody); nothing
 * here decides what may be shown.
 *
 * Sizes are estimates in lines of the slide's answer text (28 px, see answers-slide.tsx)
 * in a column of half the slide: a long answer gets pages of its own, in parts.
 */

export interface TAnswerLayout {
  /** Characters on one line of an answer card (on the safe side). */
  charsPerLine: number;
  /** Lines of answer text one column holds on a slide. */
  linesPerColumn: number;
  /** What a card costs besides its text (padding, gap), in lines. */
  cardOverhead: number;
}

/** Measured on the slide (tests/e2e/present-fit.spec.ts checks that it fits). */
export const ANSWER_LAYOUT: TAnswerLayout = { charsPerLine: 48, linesPerColumn: 15, cardOverhead: 1 };

/** One answer card (or part of a long answer) on a page. */
export interface TAnswerPiece {
  /** The key of the whole answer: hiding one part hides all of it. */
  key: string;
  text: string;
  /** 1-based; parts > 1 for an answer too long for one column. */
  part: number;
  parts: number;
}

/** One question's answers on one page. */
export interface TAnswerColumnPage {
  questionId: string;
  pieces: TAnswerPiece[];
}

/**
 * A short stable key for an answer: the question and a hash of its text (FNV-1a, 32 bit).
 * The browser keeps the keys of hidden answers (deck-state.ts) and never the texts.
 * Two identical answers to one question share a key: hiding one hides both.
 */
export function answerKey(questionId: string, text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `${questionId}:${h.toString(36)}`;
}

/** Estimated lines of a text (each line break starts a line). */
export function estimateLines(text: string, layout: TAnswerLayout = ANSWER_LAYOUT): number {
  return text.split("\n").reduce((sum, para) => sum + Math.max(1, Math.ceil(para.trim().length / layout.charsPerLine)), 0);
}

/** Splits a text that does not fit one column into parts that do, at word boundaries. */
export function splitLongText(text: string, layout: TAnswerLayout = ANSWER_LAYOUT): string[] {
  const maxLines = Math.max(1, Math.floor(layout.linesPerColumn - layout.cardOverhead));
  if (estimateLines(text, layout) <= maxLines) return [text];
  const parts: string[] = [];
  let current = "";
  for (const word of text.split(/(?<=\s)/)) {
    const next = current + word;
    if (current !== "" && estimateLines(next.trimEnd(), layout) > maxLines) {
      parts.push(current.trimEnd());
      current = word.trimStart();
    } else {
      current = next;
    }
  }
  if (current.trim() !== "") parts.push(current.trimEnd());
  return parts;
}

/** One question's answers in pages of one column each. */
function columnPages(questionId: string, answers: readonly string[], layout: TAnswerLayout): TAnswerPiece[][] {
  const pages: TAnswerPiece[][] = [];
  let page: TAnswerPiece[] = [];
  let used = 0;
  for (const text of answers) {
    const key = answerKey(questionId, text);
    const parts = splitLongText(text, layout);
    parts.forEach((part, i) => {
      const cost = estimateLines(part, layout) + layout.cardOverhead;
      if (page.length > 0 && used + cost > layout.linesPerColumn) {
        pages.push(page);
        page = [];
        used = 0;
      }
      page.push({ key, text: part, part: i + 1, parts: parts.length });
      used += cost;
    });
  }
  if (page.length > 0) pages.push(page);
  return pages;
}

/**
 * The pages of a slide with these questions side by side: as many pages as the longest
 * column needs; on each page every question keeps its column (empty once its answers
 * have run out). At least one page, so a slide exists even without answers.
 */
export function paginateAnswers(
  questions: readonly { questionId: string; answers: readonly string[] }[],
  layout: TAnswerLayout = ANSWER_LAYOUT,
): TAnswerColumnPage[][] {
  const perQuestion = questions.map((q) => columnPages(q.questionId, q.answers, layout));
  const count = Math.max(1, ...perQuestion.map((p) => p.length));
  return Array.from({ length: count }, (_, i) =>
    questions.map((q, j) => ({ questionId: q.questionId, pieces: perQuestion[j]![i] ?? [] })),
  );
}
