import { describe, expect, it } from "vitest";
import { readWorkbook } from "@/lib/data/content";
import { computeSessionSummaries } from "@/lib/domain/summaries";
import type { TStoredAnswer } from "@/lib/domain/workbook";

type TRow = TStoredAnswer & { participantId: string };

const wb = readWorkbook();
const variety = wb.profile.varieties[0]!.id;
const [promiseA, promiseB] = wb.promises.promises.items.map((o) => o.id);
const interest = wb.interests.questions[0]!.id;

function answers(participants: number) {
  const rows: TRow[] = [];
  for (let p = 0; p < participants; p++) {
    const participantId = `p${p}`;
    rows.push({ participantId, itemId: variety, dimension: "now", value: p % 2 === 0 ? 1 : 7, text: null });
    rows.push({ participantId, itemId: promiseA!, dimension: "choice", value: 1, text: null });
    rows.push({ participantId, itemId: promiseB!, dimension: "choice", value: p === 0 ? 1 : 0, text: null });
    rows.push({ participantId, itemId: interest, dimension: "text", value: null, text: ` antwoord ${String.fromCharCode(100 - p)} ` });
  }
  return rows;
}

describe("computeSessionSummaries", () => {
  it("counts ticked options, most ticked first; an unticked option counts zero", () => {
    const s = computeSessionSummaries(wb, answers(4), 3);
    expect(s.respondents).toBe(4);
    expect(s.choices.promises[0]).toEqual({ id: promiseA, count: 4 });
    expect(s.choices.promises.find((c) => c.id === promiseB)).toEqual({ id: promiseB, count: 1 });
    expect(s.choices.promises).toHaveLength(wb.promises.promises.items.length);
  });

  it("places the profile on the axis from pole A to pole B and sees a split", () => {
    const s = computeSessionSummaries(wb, answers(4), 3);
    const v = s.varieties.find((x) => x.id === variety)!;
    expect(v.stats?.median).toBe(0);
    expect(v.stats?.min).toBe(-1);
    expect(v.stats?.max).toBe(1);
    expect(v.split).toBe(true);
  });

  it("sorts open answers so their order reveals nobody, and trims them", () => {
    const s = computeSessionSummaries(wb, answers(3), 3);
    expect(s.texts[interest]).toEqual(["antwoord b", "antwoord c", "antwoord d"]);
  });

  it("shows nothing below the anonymity threshold", () => {
    const s = computeSessionSummaries(wb, answers(2), 3);
    expect(s.hidden).toBe(true);
    expect(s.texts).toEqual({});
    expect(s.choices.promises).toEqual([]);
    expect(s.varieties.every((v) => v.stats === null)).toBe(true);
  });

  it("does not count don't know as a position", () => {
    const rows: TRow[] = [...answers(3), { participantId: "p9", itemId: variety, dimension: "now", value: null, text: null }];
    const s = computeSessionSummaries(wb, rows, 3);
    expect(s.respondents).toBe(4);
    expect(s.varieties.find((x) => x.id === variety)!.stats?.n).toBe(3);
  });
});

describe("anonymity per question", () => {
  it("applies the threshold as the balance profile does: never below the minimum of 2", () => {
    const rows = answers(4).filter((r) => !(r.itemId === interest && r.participantId !== "p0"));
    expect(computeSessionSummaries(wb, rows, 1).texts[interest]).toBeUndefined();
    expect(computeSessionSummaries(wb, answers(1), 0.5).hidden).toBe(true);
  });

  it("hides an open question's answers while fewer partners than the threshold answered it", () => {
    const rows = answers(4).filter((r) => !(r.itemId === interest && r.participantId !== "p0"));
    const s = computeSessionSummaries(wb, rows, 3);
    expect(s.hidden).toBe(false);
    expect(s.texts[interest]).toBeUndefined();
  });

  it("hides a checklist group's tallies while fewer partners than the threshold ticked anything in it", () => {
    const downside = wb.promises.downsides.items[0]!.id;
    const rows: TRow[] = [...answers(4), { participantId: "p0", itemId: downside, dimension: "choice", value: 1, text: null }];
    const s = computeSessionSummaries(wb, rows, 3);
    expect(s.choices.downsides).toEqual([]);
    expect(s.choices.promises.length).toBeGreaterThan(0);
  });
});
