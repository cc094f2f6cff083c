/**
 * The deck drawing from the live result: which change events still need a server render,
 * the check where a result enters the browser, which result is newer, and the answer
 * slides built in the browser from the result's texts (stable slide ids).
 */
import { describe, expect, it } from "vitest";
import { answerSlides, expandAnswerGroups, slideIndexFor, type TAnswerGroup } from "@/components/present/answer-slides";
import type { TDeckSlide } from "@/components/present/present-deck";
import { changeNeedsRefresh, isNewerLiveResult, parseLiveResult, type TLiveResult } from "@/lib/domain/live-result";

const change = (kinds: unknown) => JSON.stringify({ seq: 3, at: 1, since: 1, count: 2, kinds });

describe("changeNeedsRefresh", () => {
  it("needs no server render for answers and participants: the result event that follows carries them", () => {
    expect(changeNeedsRefresh(change(["answer"]))).toBe(false);
    expect(changeNeedsRefresh(change(["participant"]))).toBe(false);
    expect(changeNeedsRefresh(change(["answer", "participant"]))).toBe(false);
  });

  it("refreshes for agreements, polarity maps, a resync, unknown kinds and anything it cannot read", () => {
    for (const kinds of [["agreement"], ["polarity"], ["resync"], ["answer", "agreement"], ["answer", "something-new"], [], [1], "answer", null]) {
      expect(changeNeedsRefresh(change(kinds)), JSON.stringify(kinds)).toBe(true);
    }
    expect(changeNeedsRefresh("not json")).toBe(true);
    expect(changeNeedsRefresh(JSON.stringify({ seq: 1 }))).toBe(true);
    expect(changeNeedsRefresh("null")).toBe(true);
  });
});

const act = {
  actId: "a1",
  respondents: 0,
  hidden: true,
  now: null,
  desired: null,
  gap: null,
  split: { now: false, desired: false },
  dots: null,
  byRole: [],
  signals: [],
  attention: 0,
  measures: { shift: null, spread: null, roleDifference: null },
  missing: null,
};
const result: TLiveResult = {
  sessionId: "s1",
  readAt: 1000,
  participants: 2,
  roleCounts: {},
  otherRoles: 0,
  profile: { acts: [act], discussFirst: [], participants: 2, anonymityThreshold: 3, respondents: 0 },
  previous: null,
  texts: {},
};

describe("parseLiveResult", () => {
  it("accepts a result as the stream sends it, keeping the profile's fields", () => {
    const parsed = parseLiveResult(JSON.stringify(result));
    expect(parsed).toEqual(result);
    expect(parsed?.profile.acts[0]?.missing).toBeNull();
  });

  it("refuses what is not JSON or not a live result", () => {
    expect(parseLiveResult("{")).toBeNull();
    expect(parseLiveResult("null")).toBeNull();
    expect(parseLiveResult(JSON.stringify({ ...result, texts: { q: "one text" } }))).toBeNull();
    expect(parseLiveResult(JSON.stringify({ ...result, participants: -1 }))).toBeNull();
    expect(parseLiveResult(JSON.stringify({ ...result, profile: { ...result.profile, acts: "none" } }))).toBeNull();
    expect(parseLiveResult(JSON.stringify({ ...result, texts: undefined }))).toBeNull();
  });
});

describe("isNewerLiveResult", () => {
  it("takes a result of the same session that is not older", () => {
    expect(isNewerLiveResult(result, { sessionId: "s1", readAt: 1001 })).toBe(true);
    expect(isNewerLiveResult(result, { sessionId: "s1", readAt: 1000 })).toBe(true);
    expect(isNewerLiveResult(result, { sessionId: "s1", readAt: 999 })).toBe(false);
    expect(isNewerLiveResult(result, { sessionId: "s2", readAt: 5000 })).toBe(false);
  });
});

const group: TAnswerGroup = {
  idBase: "answers-a1",
  revealKey: "answers:a1",
  title: "Wat partners schreven",
  kicker: "Balanceeract 1 van 5",
  questions: [
    { id: "q1", heading: "Vraag 1" },
    { id: "q2", heading: "Vraag 2" },
  ],
};
const labels = { withheld: "Nog te weinig antwoorden", page: (page: number, pages: number) => `${page}/${pages}` };
const long = (n: number) => Array.from({ length: n }, (_, i) => `Antwoord ${i + 1}: ${"samen werken in de regio ".repeat(4)}`);

describe("answer slides from the live result", () => {
  it("without texts: one slide saying why, with the group's id", () => {
    const slides = answerSlides(group, {}, labels);
    expect(slides.map((s) => s.id)).toEqual(["answers-a1"]);
    expect(slides[0]!.revealKey).toBe("answers:a1");
    expect(slides[0]!.kicker).toBe("Balanceeract 1 van 5");
    expect(slides[0]!.answers!.columns.map((c) => c.note)).toEqual([labels.withheld, labels.withheld]);
  });

  it("keeps the first page's id and adds pages as answers come in", () => {
    const few = answerSlides(group, { q1: long(2) }, labels);
    const many = answerSlides(group, { q1: long(12), q2: long(2) }, labels);
    expect(few.map((s) => s.id)).toEqual(["answers-a1"]);
    expect(few[0]!.answers!.columns.map((c) => c.note)).toEqual([undefined, labels.withheld]);
    expect(many.length).toBeGreaterThan(1);
    expect(many.map((s) => s.id)).toEqual(["answers-a1", ...many.slice(1).map((_, i) => `answers-a1-${i + 2}`)]);
    expect(many.map((s) => s.kicker)).toEqual(many.map((_, i) => `Balanceeract 1 van 5 · ${i + 1}/${many.length}`));
    expect(new Set(many.map((s) => s.revealKey))).toEqual(new Set(["answers:a1"]));
    // Every answer is on a page, in the order the result gives.
    const texts = many.flatMap((s) => s.answers!.columns[0]!.pieces.filter((p) => p.part === 1).map((p) => p.text));
    expect(texts).toEqual(long(12));
  });

  it("expands the placeholders of the page's slides in place", () => {
    const slides: TDeckSlide[] = [
      { id: "start", kind: "start", title: "Doe mee" },
      { id: "act-a1", kind: "act", title: "Act" },
      { id: "answers-a1", kind: "answers", title: group.title, answerGroup: group },
      { id: "discuss", kind: "discuss", title: "Eerst bespreken" },
    ];
    const expanded = expandAnswerGroups(slides, { q1: long(12) }, labels);
    expect(expanded[0]!.id).toBe("start");
    expect(expanded[2]!.id).toBe("answers-a1");
    expect(expanded.at(-1)!.id).toBe("discuss");
    expect(expanded.every((s) => s.answerGroup === undefined)).toBe(true);
  });

  it("keeps the shown slide while its id exists; a vanished later page falls back to its group's last page", () => {
    const ids = ["start", "act-a1", "answers-a1", "answers-a1-2", "answers-a1-3", "act-a2", "answers-a2"].map((id) => ({ id }));
    expect(slideIndexFor(ids, null)).toBe(0);
    expect(slideIndexFor(ids, "answers-a1-2")).toBe(3);
    expect(slideIndexFor(ids, "act-a2")).toBe(5);
    expect(slideIndexFor(ids, "answers-a1-5")).toBe(4);
    expect(slideIndexFor(ids, "answers-a2-2")).toBe(6);
    expect(slideIndexFor(ids, "nothing")).toBe(0);
  });
});
