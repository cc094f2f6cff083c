import { describe, expect, it } from "vitest";
import { ANSWER_LAYOUT, answerKey, estimateLines, paginateAnswers, splitLongText } from "@/components/present/answer-pages";
import { deckReducer, INITIAL_DECK_STATE, revealKeyOf } from "@/components/present/deck-state";
import { readHiddenKeys } from "@/components/present/use-hidden-answers";

const layout = { charsPerLine: 10, linesPerColumn: 6, cardOverhead: 1 };

describe("open answers on the projector: pages that fit a slide", () => {
  it("keys an answer by question and a hash of its text, never the text itself", () => {
    const key = answerKey("q1", "Jan de Vries van de gemeente zei het al");
    expect(key).toMatch(/^q1:[0-9a-z]+$/);
    expect(key).not.toContain("Jan");
    expect(answerKey("q1", "Jan de Vries van de gemeente zei het al")).toBe(key);
    expect(answerKey("q2", "Jan de Vries van de gemeente zei het al")).not.toBe(key);
    expect(answerKey("q1", "Iets anders")).not.toBe(key);
  });

  it("estimates lines per paragraph", () => {
    expect(estimateLines("kort", layout)).toBe(1);
    expect(estimateLines("a".repeat(25), layout)).toBe(3);
    expect(estimateLines("een\ntwee\n\ndrie", layout)).toBe(4);
  });

  it("splits a text too long for one column at word boundaries, losing nothing", () => {
    const text = Array.from({ length: 30 }, (_, i) => `woord${i}`).join(" ");
    const parts = splitLongText(text, layout);
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(estimateLines(p, layout)).toBeLessThanOrEqual(layout.linesPerColumn - layout.cardOverhead);
    expect(parts.join(" ")).toBe(text);
    expect(splitLongText("kort", layout)).toEqual(["kort"]);
  });

  it("fills each column up to its budget, keeps the order, and gives the questions as many pages as the longest needs", () => {
    const many = Array.from({ length: 7 }, (_, i) => `antwoord nr ${i}`); // 2 lines + 1 each: two per page
    const pages = paginateAnswers([{ questionId: "a", answers: many }, { questionId: "b", answers: ["een"] }], layout);
    expect(pages).toHaveLength(4);
    expect(pages.map((p) => p[0]!.pieces.map((x) => x.text))).toEqual([
      ["antwoord nr 0", "antwoord nr 1"],
      ["antwoord nr 2", "antwoord nr 3"],
      ["antwoord nr 4", "antwoord nr 5"],
      ["antwoord nr 6"],
    ]);
    expect(pages[0]![1]!.pieces.map((x) => x.text)).toEqual(["een"]);
    expect(pages[1]![1]!.pieces).toEqual([]);
    for (const page of pages) {
      for (const column of page) {
        const used = column.pieces.reduce((sum, x) => sum + estimateLines(x.text, layout) + layout.cardOverhead, 0);
        expect(used).toBeLessThanOrEqual(layout.linesPerColumn);
      }
    }
  });

  it("gives a long answer's parts one key, numbered", () => {
    const long = Array.from({ length: 30 }, (_, i) => `woord${i}`).join(" ");
    const pieces = paginateAnswers([{ questionId: "a", answers: [long] }], layout).flatMap((p) => p[0]!.pieces);
    expect(new Set(pieces.map((p) => p.key))).toEqual(new Set([answerKey("a", long)]));
    expect(pieces.map((p) => `${p.part}/${p.parts}`)).toEqual(pieces.map((_, i) => `${i + 1}/${pieces.length}`));
  });

  it("always has one page, also without answers", () => {
    expect(paginateAnswers([{ questionId: "a", answers: [] }])).toEqual([[{ questionId: "a", pieces: [] }]]);
    expect(ANSWER_LAYOUT.linesPerColumn).toBeGreaterThan(ANSWER_LAYOUT.cardOverhead);
  });
});

describe("deck state: answer slides", () => {
  it("reveals the pages of one act's answers together, apart from the act itself", () => {
    expect(revealKeyOf({ kind: "answers", revealKey: "answers:x" })).toBe("answers:x");
    expect(revealKeyOf({ kind: "act", act: { id: "x" } })).toBe("x");
  });

  it("hides and shows a single answer, and restores stored keys without duplicates", () => {
    const hidden = deckReducer(INITIAL_DECK_STATE, { type: "toggleAnswer", key: "q:1" });
    expect(hidden.hiddenAnswers).toEqual(["q:1"]);
    expect(deckReducer(hidden, { type: "toggleAnswer", key: "q:1" }).hiddenAnswers).toEqual([]);
    expect(deckReducer(hidden, { type: "restoreHiddenAnswers", keys: ["q:1", "q:2"] }).hiddenAnswers).toEqual(["q:1", "q:2"]);
  });

  it("reads only a valid list of keys from the tab's storage", () => {
    expect(readHiddenKeys(null)).toEqual([]);
    expect(readHiddenKeys("not json")).toEqual([]);
    expect(readHiddenKeys('{"a":1}')).toEqual([]);
    expect(readHiddenKeys("[1,2]")).toEqual([]);
    expect(readHiddenKeys('["q:1","q:2"]')).toEqual(["q:1", "q:2"]);
  });
});
