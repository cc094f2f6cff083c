import type { TAnswerDimension, TScaleDimension } from "@/lib/domain/answer";
import type { TAct, TStatement, TWorkbook } from "@/lib/domain/content/schema";
import type { TPoleSide, TScoringAct } from "@/lib/domain/scoring";

/**
 * The workbook as steps and answerable items, derived from the content. Pure: no
 * database, no Next.js. Stored answers refer to item ids defined here.
 * `listItems` is the one walk over the content's answer items: the answers route,
 * progress, summaries, scoring and the content check all take their items from it.
 * `isAsked` is the one rule for which statements a session asks (its workbook length).
 */

/**
 * How much of the workbook a session asks, chosen by the coordinator per session:
 * "full", every statement; "short", only the core statements (`core: true` in the
 * content, about three per act, about 15 minutes). The core statements are part of the
 * full set and sit on the same axis, so short and full sessions can be compared.
 */
export const WORKBOOK_LENGTHS = ["full", "short"] as const;
export type TWorkbookLength = (typeof WORKBOOK_LENGTHS)[number];
export const DEFAULT_WORKBOOK_LENGTH: TWorkbookLength = "full";

export function isWorkbookLength(value: unknown): value is TWorkbookLength {
  return (WORKBOOK_LENGTHS as readonly unknown[]).includes(value);
}

/** The stored length of a session (a plain string column): anything unknown reads as the full workbook. */
export function toWorkbookLength(value: unknown): TWorkbookLength {
  return isWorkbookLength(value) ? value : DEFAULT_WORKBOOK_LENGTH;
}

/** A step of the workbook, told apart by `kind`: only an act step has an act. */
export type TStep =
  | { id: "profile"; kind: "profile"; act?: never }
  | { id: "promises"; kind: "promises"; act?: never }
  /** An act step: its URL segment is the act id; the act has only the statements the session asks. */
  | { id: string; kind: "act"; act: TAct }
  | { id: "interests"; kind: "interests"; act?: never };

export type TStepKind = TStep["kind"];

/**
 * Whether a session of this length asks the statement: the one place that decides it
 * (steps, progress, answer validation and results all go through here). A retired
 * statement is never asked: it stays in the content so that old sessions' answers to it
 * are still read and scored (see toScoringActs). A short session asks only the core
 * statements.
 */
export function isAsked(statement: Pick<TStatement, "retired" | "core">, length: TWorkbookLength = DEFAULT_WORKBOOK_LENGTH): boolean {
  return !statement.retired && (length === "full" || statement.core === true);
}

/** The statements of an act that participants of a session of this length are asked. */
export function askedStatements(act: Pick<TAct, "statements">, length: TWorkbookLength = DEFAULT_WORKBOOK_LENGTH): TStatement[] {
  return act.statements.filter((s) => isAsked(s, length));
}

/** What kind of answer an item takes. */
export type TItemKind = TItemDef["kind"];

/** The checklist groups: the profile's themes and drivers, the promises and downsides. */
export const CHOICE_GROUPS = ["themes", "drivers", "promises", "downsides"] as const;
export type TChoiceGroup = (typeof CHOICE_GROUPS)[number];

/** An answerable item, told apart by `kind`. */
export type TItemDef =
  /** A bipolar statement of an act: position now and desired, 1..7, "don't know" or "does not apply to us". */
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

/**
 * The steps in the order a participant walks through them: profile, promises, the five
 * acts (with the statements a session of this length asks), interests.
 */
export function listSteps(workbook: TWorkbook, length: TWorkbookLength = DEFAULT_WORKBOOK_LENGTH): TStep[] {
  return [
    { id: "profile", kind: "profile" },
    { id: "promises", kind: "promises" },
    ...workbook.acts.map((act): TStep => ({
      id: act.id,
      kind: "act",
      act: { ...act, statements: askedStatements(act, length) },
    })),
    { id: "interests", kind: "interests" },
  ];
}

/**
 * Every answer item of a session of this length (default: the full workbook), by step:
 * the one walk over the content's items. Statements the length does not ask are left
 * out. Retired statements are not answerable any more and are left out too, unless
 * `includeRetired` (their ids stay reserved, and old sessions' answers to them are scored).
 */
export function listItems(
  workbook: TWorkbook,
  { includeRetired = false, length = DEFAULT_WORKBOOK_LENGTH }: { includeRetired?: boolean; length?: TWorkbookLength } = {},
): TItemDef[] {
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
      const retired = s.retired === true;
      if ((includeRetired && retired) || isAsked(s, length)) items.push({ kind: "scale", id: s.id, stepId: act.id, left: s.left, retired });
    }
    for (const r of act.reflection) items.push({ kind: "text", id: r.id, stepId: act.id });
  }
  for (const q of interests.questions) items.push({ kind: "text", id: q.id, stepId: "interests" });
  return items;
}

const itemIndexCache = new WeakMap<TWorkbook, Partial<Record<TWorkbookLength, Map<string, TItemDef>>>>();

/** The items a session of this length can answer, by id (retired statements are not answerable). */
export function getItemIndex(workbook: TWorkbook, length: TWorkbookLength = DEFAULT_WORKBOOK_LENGTH): Map<string, TItemDef> {
  let byLength = itemIndexCache.get(workbook);
  if (!byLength) {
    byLength = {};
    itemIndexCache.set(workbook, byLength);
  }
  return (byLength[length] ??= new Map(listItems(workbook, { length }).map((i) => [i.id, i])));
}

/**
 * The acts in the shape the scoring model takes: every statement of the content, for a
 * session of either length. Retired statements are included: sessions that answered
 * them before they were retired keep their balance profile. A short session has answers
 * only to core statements, which are part of this set, so its positions are on the same
 * axis as a full session's, and a full session's scoring does not depend on the length.
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
  /**
   * "Does not apply to us" (a statement's now or desired only; value is null). Without
   * it, a null value on the scale is "don't know" (see TNoPosition in lib/domain/answer.ts).
   */
  notApplicable?: boolean;
}

/**
 * The (item, dimension) pairs of a step that count for its progress and take a
 * position: each statement's now and desired, each positioning question's now.
 * (Checklist groups and the interests step's open questions count too; see
 * computeStepProgress.)
 */
export function positionAnswers(
  workbook: TWorkbook,
  step: Pick<TStep, "id">,
  length: TWorkbookLength = DEFAULT_WORKBOOK_LENGTH,
): [itemId: string, dimension: TScaleDimension][] {
  const out: [string, TScaleDimension][] = [];
  for (const item of getItemIndex(workbook, length).values()) {
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
 * Progress of one step in a session of this length. What counts: each asked scale
 * item's "now" and "desired" (a position, "don't know" and "does not apply" all count
 * as answered), each positioning question, each checklist group (answered when one
 * option is ticked), and for the interests step each open question. Reflection
 * questions of acts are optional and do not count.
 */
export function computeStepProgress(
  workbook: TWorkbook,
  step: TStep,
  answers: readonly TStoredAnswer[],
  length: TWorkbookLength = DEFAULT_WORKBOOK_LENGTH,
): TProgress {
  const index = getItemIndex(workbook, length);
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
  for (const [id, d] of positionAnswers(workbook, step, length)) {
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
  length: TWorkbookLength = DEFAULT_WORKBOOK_LENGTH,
): { steps: { step: TStep; progress: TProgress }[]; overall: TProgress } {
  const steps = listSteps(workbook, length).map((step) => ({
    step,
    progress: computeStepProgress(workbook, step, answers, length),
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
