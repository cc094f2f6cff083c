import { describe, expect, it } from "vitest";
import { readWorkbook } from "@/lib/data/content";
import {
  computeOverallProgress,
  computeStepProgress,
  getItemIndex,
  isAsked,
  listItems,
  listSteps,
  positionAnswers,
  takesDimension,
  toScoringActs,
  toWorkbookLength,
  type TStoredAnswer,
} from "@/lib/domain/workbook";

const wb = readWorkbook();

describe("workbook steps and items", () => {
  it("walks profile, promises, the five acts in essay order, then interests", () => {
    const steps = listSteps(wb);
    expect(steps.map((s) => s.kind)).toEqual(["profile", "promises", "act", "act", "act", "act", "act", "interests"]);
    expect(steps.filter((s) => s.kind === "act").map((s) => s.act!.order)).toEqual([1, 2, 3, 4, 5]);
  });

  it("has one item per id, and scale items for every asked statement (not for retired ones)", () => {
    const items = listItems(wb);
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    const statements = wb.acts.flatMap((a) => a.statements);
    for (const s of statements) {
      expect(getItemIndex(wb).get(s.id)?.kind, s.id).toBe(s.retired ? undefined : "scale");
    }
  });

  it("gives the scoring model each act's statements with their orientation", () => {
    const acts = toScoringActs(wb);
    expect(acts).toHaveLength(5);
    expect(acts[0]!.items[0]).toEqual({ id: wb.acts[0]!.statements[0]!.id, left: wb.acts[0]!.statements[0]!.left });
  });
});

describe("the one list of items", () => {
  const all = listItems(wb, { includeRetired: true });

  it("leaves retired statements out of the asked items, and lists them only on request", () => {
    const asked = listItems(wb);
    expect(asked.filter((i) => i.kind === "scale" && i.retired)).toEqual([]);
    expect(all.filter((i) => i.kind !== "scale" || !i.retired)).toEqual(asked);
    const retired = wb.acts.flatMap((a) => a.statements.filter((s) => s.retired).map((s) => s.id));
    expect(all.filter((i) => i.kind === "scale" && i.retired).map((i) => i.id)).toEqual(retired);
  });

  it("is what the scoring model, the item index and the content's id check are built from", () => {
    const scale = all.flatMap((i) => (i.kind === "scale" ? [{ id: i.id, left: i.left, act: i.stepId }] : []));
    expect(toScoringActs(wb).flatMap((a) => a.items.map((item) => ({ ...item, act: a.id })))).toEqual(scale);
    expect([...getItemIndex(wb).values()]).toEqual(listItems(wb));
    const ids = [
      ...wb.acts.flatMap((a) => [...a.statements.map((s) => s.id), ...a.reflection.map((r) => r.id)]),
      ...wb.profile.varieties.map((v) => v.id),
      ...wb.profile.themes.options.map((o) => o.id),
      ...wb.profile.drivers.options.map((o) => o.id),
      ...wb.promises.promises.items.map((o) => o.id),
      ...wb.promises.downsides.items.map((o) => o.id),
      ...wb.interests.questions.map((q) => q.id),
    ];
    expect(all.map((i) => i.id).sort()).toEqual(ids.sort());
  });

  it("says which dimensions an item takes", () => {
    const [scale, position, choice, text] = (["scale", "position", "choice", "text"] as const).map((k) => all.find((i) => i.kind === k)!);
    expect(takesDimension(scale!, "desired")).toBe(true);
    expect(takesDimension(position!, "desired")).toBe(false);
    expect(takesDimension(choice!, "choice")).toBe(true);
    expect(takesDimension(text!, "now")).toBe(false);
  });

  it("lists the position answers a step asks for: now and desired per statement, now per profile question", () => {
    const [profile, , act] = listSteps(wb);
    expect(positionAnswers(wb, act!)).toEqual(act!.act!.statements.flatMap((s) => [[s.id, "now"], [s.id, "desired"]]));
    expect(positionAnswers(wb, profile!)).toEqual(wb.profile.varieties.map((v) => [v.id, "now"]));
    expect(positionAnswers(wb, { id: "interests" })).toEqual([]);
  });
});

describe("the short workbook", () => {
  const core = (actId: string) => wb.acts.find((a) => a.id === actId)!.statements.filter((s) => s.core).map((s) => s.id);

  it("asks only the core statements of each act, in the same steps", () => {
    const short = listSteps(wb, "short");
    expect(short.map((s) => s.id)).toEqual(listSteps(wb).map((s) => s.id));
    for (const step of short.filter((s) => s.kind === "act")) {
      expect(step.act!.statements.map((s) => s.id)).toEqual(core(step.id));
      expect(step.act!.statements.length).toBe(3);
    }
  });

  it("has the core statements as its only statements: answerable, counted, and a part of the full set", () => {
    const scale = (length: "full" | "short") => listItems(wb, { length }).filter((i) => i.kind === "scale").map((i) => i.id);
    expect(scale("short")).toEqual(wb.acts.flatMap((a) => core(a.id)));
    expect(scale("short").every((id) => scale("full").includes(id))).toBe(true);
    expect([...getItemIndex(wb, "short").values()]).toEqual(listItems(wb, { length: "short" }));
    // Everything outside the acts is the same.
    const rest = (length: "full" | "short") => listItems(wb, { length }).filter((i) => i.kind !== "scale");
    expect(rest("short")).toEqual(rest("full"));
    const act = listSteps(wb, "short")[2]!;
    expect(positionAnswers(wb, act, "short")).toEqual(core(act.id).flatMap((id) => [[id, "now"], [id, "desired"]]));
  });

  it("counts progress on the core statements only; 'does not apply' counts as answered", () => {
    const act = listSteps(wb, "short")[2]!;
    const [first, second] = core(act.id);
    const other = wb.acts[0]!.statements.find((s) => !s.core && !s.retired)!.id;
    const answers: TStoredAnswer[] = [
      { itemId: first!, dimension: "now", value: 3, text: null },
      { itemId: first!, dimension: "desired", value: null, text: null, notApplicable: true },
      { itemId: second!, dimension: "now", value: null, text: null },
      { itemId: other, dimension: "now", value: 5, text: null },
    ];
    expect(computeStepProgress(wb, act, answers, "short")).toEqual({ answered: 3, total: 6 });
    // The same answers in a full session: the other statement counts too.
    expect(computeStepProgress(wb, act, answers, "full")).toEqual({ answered: 4, total: listSteps(wb)[2]!.act!.statements.length * 2 });
    expect(computeOverallProgress(wb, [], "short").overall.total).toBeLessThan(computeOverallProgress(wb, []).overall.total);
  });

  it("scores every statement in sessions of either length, so a full session's profile does not change", () => {
    expect(toScoringActs(wb).flatMap((a) => a.items.map((i) => i.id))).toEqual(wb.acts.flatMap((a) => a.statements.map((s) => s.id)));
  });

  it("never asks a retired statement, and reads an unknown stored length as the full workbook", () => {
    expect(isAsked({ retired: true, core: true }, "short")).toBe(false);
    expect(isAsked({ retired: true }, "full")).toBe(false);
    expect(isAsked({}, "short")).toBe(false);
    expect(isAsked({}, "full")).toBe(true);
    expect(toWorkbookLength("short")).toBe("short");
    expect(toWorkbookLength("medium")).toBe("full");
    expect(toWorkbookLength(null)).toBe("full");
  });
});

describe("progress", () => {
  const act = listSteps(wb)[2]!;
  const statements = act.act!.statements;

  it("counts now and desired of each statement; don't know counts as answered", () => {
    const answers: TStoredAnswer[] = [
      { itemId: statements[0]!.id, dimension: "now", value: 3, text: null },
      { itemId: statements[0]!.id, dimension: "desired", value: null, text: null },
      { itemId: statements[1]!.id, dimension: "now", value: 5, text: null },
    ];
    expect(computeStepProgress(wb, act, answers)).toEqual({ answered: 3, total: statements.length * 2 });
  });

  it("ignores unknown items, and answers of other steps", () => {
    const answers: TStoredAnswer[] = [
      { itemId: "no-such-item", dimension: "now", value: 3, text: null },
      { itemId: wb.acts[1]!.statements[0]!.id, dimension: "now", value: 3, text: null },
    ];
    expect(computeStepProgress(wb, act, answers).answered).toBe(0);
  });

  it("counts a checklist group once, when at least one option is ticked", () => {
    const promises = listSteps(wb)[1]!;
    const [first, second] = wb.promises.promises.items;
    const ticked: TStoredAnswer[] = [
      { itemId: first!.id, dimension: "choice", value: 1, text: null },
      { itemId: second!.id, dimension: "choice", value: 1, text: null },
    ];
    expect(computeStepProgress(wb, promises, ticked)).toEqual({ answered: 1, total: 2 });
    const unticked: TStoredAnswer[] = [{ itemId: first!.id, dimension: "choice", value: 0, text: null }];
    expect(computeStepProgress(wb, promises, unticked).answered).toBe(0);
  });

  it("adds the steps up to an overall figure", () => {
    const { steps, overall } = computeOverallProgress(wb, []);
    expect(overall.answered).toBe(0);
    expect(overall.total).toBe(steps.reduce((n, s) => n + s.progress.total, 0));
    expect(overall.total).toBeGreaterThan(5 * 6 * 2);
  });
});
