import type { TAnswerDimension, TScaleDimension } from "@/lib/domain/answer";
import type { TAct, TStatement, TWorkbook } from "@/lib/domain/content/schema";
import type { TPoleSide, TScoringAct } from "@/lib/domain/scoring";

/**
 * The workbook as steps and answerable items, derived from the content. Pure: no
 * database, no Next.js. Stored answers refer to item ids defined here.
 * `listItems` is the one walk over the content's answer items: the answers route,
 * progress, summaries, scoring and the content check all take their items from it.
 */

/** A step of the workbook, told apart by `kind`: only an act step has an act. */
export type TStep =
  | { id: "profile"; kind: "profile"; act?: never }
  | { id: "promises"; kind: "promises"; act?: never }
  /** An act step: its URL segment is the act id; the act has only the statements that are asked (no retired ones). */
  | { id: string; kind: "act"; act: TAct }
  | { id: "interests"; kind: "interests"; act?: never };

export type TStepKind = TStep["kind"];

/**
 * A statement is asked unless it is retired. A retired statement stays in the content
 * so that old sessions' answers to it are still read and scored (see toScoringActs),
 * but new sessions do not ask it.
 */
function isAsked(statement: Pick<TStatement, "retired">): boolean {
  return !statement.retired;
}

/** The statements of an act that participants are asked: all but the retired ones. */
export function askedStatements(act: Pick<TAct, "statements">): TStatement[] {
  return act.statements.filter(isAsked);
}

/** What kind of answer an item takes. */
export type TItemKind = TItemDef["kind"];

/** The checklist groups: the profile's themes and drivers, the promises and downsides. */
export const CHOICE_GROUPS = ["themes", "drivers", "promises", "downsides"] as const;
export type TChoiceGroup = (typeof CHOICE_GROUPS)[number];

/** An answerable item, told apart by `kind`. */
export type TItemDef =
  /** A bipolar statement of an act: position now and desired, 1..7 or don't know. */
  | { kind: "scale"; id: string; stepId: string; left: TPoleSide; retired: boolean }
  /** A positioning question of the profile: position now only, 1..7 or don't know (pole A left). */
  | { kind: "position"; id: string; stepId: "profile" }
  /** A checklist option: ticked or not. */
  | { kind: "choice"; id: string; stepId: "profile" | "promises"; group: TChoiceGroup }
  /** An open question: free text (an act's reflection, or an interests question). */
  | { kind: "text"; id: string; stepId: string };

export const ITEM_DIMENSIONS = {
  scale: ["now", "desired"],
  position: ["now"],
  choice: ["choice"],
  text: ["text"],
} as const satisfies Record<TItemKind, readonly TAnswerDimension[]>;

/** Whether an item takes answers in this dimension (a statement: now and desired; a checklist option: choice…). */
export function takesDimension(item: Pick<TItemDef, "kind">, dimension: TAnswerDimension): boolean {
  return (ITEM_DIMENSIONS[item.kind] as readonly TAnswerDimension[]).includes(dimension);
}

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

/**
 * Every answer item of the workbook, by step: the one walk over the content's items.
 * Retired statements are not answerable any more and are left out, unless
 * `includeRetired` (their ids stay reserved, and old sessions' answers to them are scored).
 */
export function listItems(workbook: TWorkbook, { includeRetired = false }: { includeRetired?: boolean } = {}): TItemDef[] {
  const items: TItemDef[] = [];
  const { profile, promises, interests } = workbook;
  const choices = (stepId: "profile" | "promises", group: TChoiceGroup, options: readonly { id: string }[]) => {
    for (const o of options) items.push({ kind: "choice", id: o.id, stepId, group });
  };
  for (const v of profile.varieties) items.push({ kind: "position", id: v.id, stepId: "profile" });
  choices("profile", "themes", profile.themes.options);
  choices("profile", "drivers", profile.drivers.options);
  choices("promises", "promises", promises.promises.items);
  choices("promises", "downsides", promises.downsides.items);
  for (const act of workbook.acts) {
    for (const s of act.statements) {
      if (includeRetired || isAsked(s)) items.push({ kind: "scale", id: s.id, stepId: act.id, left: s.left, retired: !isAsked(s) });
    }
    for (const r of act.reflection) items.push({ kind: "text", id: r.id, stepId: act.id });
  }
  for (const q of interests.questions) items.push({ kind: "text", id: q.id, stepId: "interests" });
  return items;
}

const itemIndexCache = new WeakMap<TWorkbook, Map<string, TItemDef>>();

/** The answerable items by id (retired statements are not answerable). */
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
  const byAct = new Map<string, TScoringAct>(workbook.acts.map((act) => [act.id, { id: act.id, items: [] }]));
  for (const item of listItems(workbook, { includeRetired: true })) {
    if (item.kind === "scale") byAct.get(item.stepId)?.items.push({ id: item.id, left: item.left });
  }
  return [...byAct.values()];
}

/** One stored answer, as lib/data/answers.ts reads it from the database. */
export interface TStoredAnswer {
  itemId: string;
  dimension: TAnswerDimension;
  value: number | null;
  text: string | null;
}

/**
 * The (item, dimension) pairs of a step that count for its progress and take a
 * position: each statement's now and desired, each positioning question's now.
 * (Checklist groups and the interests step's open questions count too; see
 * computeStepProgress.)
 */
export function positionAnswers(workbook: TWorkbook, step: Pick<TStep, "id">): [itemId: string, dimension: TScaleDimension][] {
  const out: [string, TScaleDimension][] = [];
  for (const item of getItemIndex(workbook).values()) {
    if (item.stepId !== step.id || (item.kind !== "scale" && item.kind !== "position")) continue;
    for (const d of ITEM_DIMENSIONS[item.kind]) out.push([item.id, d]);
  }
  return out;
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
      if (a.value === 1) tickedGroups.add(item.group);
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
      groups.add(item.group);
    } else if (item.kind === "text") {
      if (step.kind !== "interests") continue;
      total += 1;
      if (given.has(`${item.id}:text`)) answered += 1;
    }
  }
  for (const [id, d] of positionAnswers(workbook, step)) {
    total += 1;
    if (given.has(`${id}:${d}`)) answered += 1;
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
