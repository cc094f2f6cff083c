import type { TAct, TStatement, TWorkbook } from "@/lib/domain/content/schema";
import type { TScoringAct } from "@/lib/domain/scoring";

/**
 * The workbook as steps and answerable items, derived from the content. Pure: no
 * database, no Next.js. Stored answers refer to item ids defined here.
 */

export type TStepKind = "profile" | "promises" | "act" | "interests";

export interface TStep {
  /** URL segment of the step: "profile", "promises", "interests" or an act id. */
  id: string;
  kind: TStepKind;
  /** The act of an act step, with only the statements that are asked (no retired ones). */
  act?: TAct;
}

/**
 * The statements of an act that participants are asked: all but the retired ones.
 * A retired statement stays in the content so that old sessions' answers to it are
 * still read and scored (see toScoringActs), but new sessions do not ask it.
 */
export function askedStatements(act: Pick<TAct, "statements">): TStatement[] {
  return act.statements.filter((s) => !s.retired);
}

/** What kind of answer an item takes. */
export type TItemKind =
  /** A bipolar statement of an act: position now and desired, 1..7 or don't know. */
  | "scale"
  /** A positioning question of the profile: position now only, 1..7 or don't know. */
  | "position"
  /** A checklist option: ticked or not. */
  | "choice"
  /** An open question: free text. */
  | "text";

export type TAnswerDimension = "now" | "desired" | "choice" | "text";

export interface TItemDef {
  id: string;
  kind: TItemKind;
  stepId: string;
  /** For choice items: the id of the checklist group they belong to. */
  group?: string;
}

export const ITEM_DIMENSIONS: Record<TItemKind, readonly TAnswerDimension[]> = {
  scale: ["now", "desired"],
  position: ["now"],
  choice: ["choice"],
  text: ["text"],
};

/** Longest free-text answer we accept, in characters. */
export const MAX_TEXT_LENGTH = 4000;

/** The steps in the order a participant walks through them: profile, promises, the five acts, interests. */
export function listSteps(workbook: TWorkbook): TStep[] {
  return [
    { id: "profile", kind: "profile" },
    { id: "promises", kind: "promises" },
    ...workbook.acts.map((act): TStep => ({
      id: act.id,
      kind: "act",
      act: { ...act, statements: askedStatements(act) },
    })),
    { id: "interests", kind: "interests" },
  ];
}

/** Every answerable item, by step. Retired statements are not answerable any more. */
export function listItems(workbook: TWorkbook): TItemDef[] {
  const items: TItemDef[] = [];
  const { profile, promises, interests } = workbook;
  for (const v of profile.varieties) items.push({ id: v.id, kind: "position", stepId: "profile" });
  for (const o of profile.themes.options)
    items.push({ id: o.id, kind: "choice", stepId: "profile", group: "themes" });
  for (const o of profile.drivers.options)
    items.push({ id: o.id, kind: "choice", stepId: "profile", group: "drivers" });
  for (const o of promises.promises.items)
    items.push({ id: o.id, kind: "choice", stepId: "promises", group: "promises" });
  for (const o of promises.downsides.items)
    items.push({ id: o.id, kind: "choice", stepId: "promises", group: "downsides" });
  for (const act of workbook.acts) {
    for (const s of askedStatements(act)) items.push({ id: s.id, kind: "scale", stepId: act.id });
    for (const r of act.reflection) items.push({ id: r.id, kind: "text", stepId: act.id });
  }
  for (const q of interests.questions) items.push({ id: q.id, kind: "text", stepId: "interests" });
  return items;
}

const itemIndexCache = new WeakMap<TWorkbook, Map<string, TItemDef>>();

export function getItemIndex(workbook: TWorkbook): Map<string, TItemDef> {
  let index = itemIndexCache.get(workbook);
  if (!index) {
    index = new Map(listItems(workbook).map((i) => [i.id, i]));
    itemIndexCache.set(workbook, index);
  }
  return index;
}

/**
 * The acts in the shape the scoring model takes. Retired statements are included:
 * sessions that answered them before they were retired keep their balance profile.
 */
export function toScoringActs(workbook: TWorkbook): TScoringAct[] {
  return workbook.acts.map((act) => ({
    id: act.id,
    items: act.statements.map((s) => ({ id: s.id, left: s.left })),
  }));
}

export interface TStoredAnswer {
  itemId: string;
  dimension: string;
  value: number | null;
  text: string | null;
}

export interface TProgress {
  answered: number;
  total: number;
}

/**
 * Progress of one step. What counts: each scale item's "now" and "desired", each
 * positioning question, each checklist group (answered when one option is ticked),
 * and for the interests step each open question. Reflection questions of acts are
 * optional and do not count.
 */
export function computeStepProgress(
  workbook: TWorkbook,
  step: TStep,
  answers: readonly TStoredAnswer[],
): TProgress {
  const index = getItemIndex(workbook);
  const given = new Set<string>();
  const tickedGroups = new Set<string>();
  for (const a of answers) {
    const item = index.get(a.itemId);
    if (!item || item.stepId !== step.id) continue;
    if (item.kind === "choice") {
      if (a.value === 1 && item.group) tickedGroups.add(item.group);
    } else if (item.kind === "text") {
      if (a.text && a.text.trim() !== "") given.add(`${a.itemId}:text`);
    } else {
      given.add(`${a.itemId}:${a.dimension}`);
    }
  }
  let total = 0;
  let answered = 0;
  const groups = new Set<string>();
  for (const item of index.values()) {
    if (item.stepId !== step.id) continue;
    if (item.kind === "choice") {
      if (item.group) groups.add(item.group);
    } else if (item.kind === "text") {
      if (step.kind !== "interests") continue;
      total += 1;
      if (given.has(`${item.id}:text`)) answered += 1;
    } else {
      for (const d of ITEM_DIMENSIONS[item.kind]) {
        total += 1;
        if (given.has(`${item.id}:${d}`)) answered += 1;
      }
    }
  }
  total += groups.size;
  for (const g of groups) if (tickedGroups.has(g)) answered += 1;
  return { answered, total };
}

export function computeOverallProgress(
  workbook: TWorkbook,
  answers: readonly TStoredAnswer[],
): { steps: { step: TStep; progress: TProgress }[]; overall: TProgress } {
  const steps = listSteps(workbook).map((step) => ({
    step,
    progress: computeStepProgress(workbook, step, answers),
  }));
  const overall = steps.reduce(
    (acc, s) => ({
      answered: acc.answered + s.progress.answered,
      total: acc.total + s.progress.total,
    }),
    { answered: 0, total: 0 },
  );
  return { steps, overall };
}
