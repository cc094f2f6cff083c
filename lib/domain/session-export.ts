/**
 * The tables of a session export (CSV and XLSX, for the coordinator): the aggregate
 * balance profile, and the anonymised answers. Pure: the caller passes the profile and
 * summaries computed by the scoring model (lib/domain/scoring, lib/domain/summaries),
 * so every anonymity rule is the one the results page applies:
 *
 * - profile: per act the whole group's figures, and a row per role group the profile
 *   shows (at least t respondents); a hidden act has only its respondent count;
 * - answers: one row per participant and item, the participant as a random label that
 *   is new in every export; an act's answers only when the act is shown (now and
 *   desired each only when that series is shown), the forms of variety and the
 *   checklists only when their summary is shown, open answers only for questions the
 *   summaries list (the session reaches the threshold and the question has t answers);
 *   the role only for role groups that reach the threshold in the session (visibleRoles);
 *   no names, no organisations. Test participants never reach this module (the caller
 *   reads results without them).
 */
import type { TCell } from "@/lib/domain/csv";
import type { TWorkbook } from "@/lib/domain/content/schema";
import { pickText } from "@/lib/domain/content/localize";
import { visibleRoles, type TSessionProfile, type TStats } from "@/lib/domain/scoring";
import type { TSessionSummaries } from "@/lib/domain/summaries";
import { listItems, type TItemDef, type TStoredAnswer } from "@/lib/domain/workbook";

export const PROFILE_COLUMNS = [
  "act",
  "actTitle",
  "poleA",
  "poleB",
  "group",
  "respondents",
  "nowMedian",
  "nowQ1",
  "nowQ3",
  "desiredMedian",
  "desiredQ1",
  "desiredQ3",
  "gapMedian",
  "splitNow",
  "splitDesired",
  "signals",
  "note",
] as const;

export const ANSWER_COLUMNS = [
  "participant",
  "role",
  "step",
  "item",
  "kind",
  "now",
  "nowNoPosition",
  "desired",
  "desiredNoPosition",
  "choice",
  "text",
] as const;

export type TProfileColumn = (typeof PROFILE_COLUMNS)[number];
export type TAnswerColumn = (typeof ANSWER_COLUMNS)[number];

/** The words an export needs in the reader's language. */
export interface TExportWords {
  /** The group of all respondents. */
  all: string;
  /** A signal's name. */
  signal: (signal: string) => string;
  /** The note of an act with fewer respondents than the threshold. */
  hidden: (threshold: number) => string;
  dontKnow: string;
  notApplicable: string;
}

export interface TExportTable<C extends string> {
  columns: readonly C[];
  rows: TCell[][];
}

/** Positions on the axis pole A (-1) .. pole B (+1), rounded for a spreadsheet. */
function round(x: number | null | undefined): number | null {
  return x === null || x === undefined ? null : Math.round(x * 1000) / 1000;
}

function statsCells(s: TStats | null): TCell[] {
  return [round(s?.median), round(s?.q1), round(s?.q3)];
}

export function buildProfileTable(
  profile: TSessionProfile,
  workbook: TWorkbook,
  locale: string,
  words: TExportWords,
): TExportTable<TProfileColumn> {
  const rows: TCell[][] = [];
  const roleLabel = new Map(workbook.roles.map((r) => [r.id, pickText(r.label, locale)]));
  for (const act of profile.acts) {
    const content = workbook.acts.find((a) => a.id === act.actId);
    const head: TCell[] = [
      act.actId,
      content ? pickText(content.title, locale) : act.actId,
      content ? pickText(content.poles.a.label, locale) : null,
      content ? pickText(content.poles.b.label, locale) : null,
    ];
    if (act.hidden) {
      rows.push([...head, words.all, act.respondents, null, null, null, null, null, null, null, null, null, null, words.hidden(profile.anonymityThreshold)]);
      continue;
    }
    rows.push([
      ...head,
      words.all,
      act.respondents,
      ...statsCells(act.now),
      ...statsCells(act.desired),
      round(act.gap?.median),
      act.split.now,
      act.split.desired,
      act.signals.map(words.signal).join("; "),
      null,
    ]);
    for (const group of act.byRole) {
      rows.push([
        ...head,
        roleLabel.get(group.role) ?? group.role,
        group.n,
        ...statsCells(group.now),
        ...statsCells(group.desired),
        round(group.gap?.median),
        null,
        null,
        null,
        null,
      ]);
    }
  }
  return { columns: PROFILE_COLUMNS, rows };
}

/** Which answers of which items may leave the session, per the profile and summaries. */
function exportableItems(workbook: TWorkbook, profile: TSessionProfile, summaries: TSessionSummaries) {
  const acts = new Map(profile.acts.map((a) => [a.actId, a]));
  const varieties = new Map(summaries.varieties.map((v) => [v.id, v]));
  const allowed = new Map<string, { item: TItemDef; now: boolean; desired: boolean }>();
  for (const item of listItems(workbook, { includeRetired: true, length: "full" })) {
    switch (item.kind) {
      case "scale": {
        const act = acts.get(item.stepId);
        if (act && !act.hidden && (act.now || act.desired)) allowed.set(item.id, { item, now: act.now !== null, desired: act.desired !== null });
        break;
      }
      case "position":
        if (!summaries.hidden && varieties.get(item.id)?.stats) allowed.set(item.id, { item, now: true, desired: false });
        break;
      case "choice":
        if (!summaries.hidden && summaries.choices[item.group].length > 0) allowed.set(item.id, { item, now: false, desired: false });
        break;
      case "text":
        if (!summaries.hidden && summaries.texts[item.id]) allowed.set(item.id, { item, now: false, desired: false });
        break;
    }
  }
  return allowed;
}

/**
 * The anonymised answers. `newLabel` gives a fresh random label per participant (the
 * caller uses a secure random source, so two exports cannot be linked); rows are sorted
 * by label and then by the content's item order, so the order reveals nothing either.
 */
export function buildAnswersTable(input: {
  workbook: TWorkbook;
  locale: string;
  profile: TSessionProfile;
  summaries: TSessionSummaries;
  participants: readonly { id: string; role: string }[];
  answers: readonly (TStoredAnswer & { participantId: string })[];
  words: TExportWords;
  newLabel: () => string;
}): TExportTable<TAnswerColumn> {
  const { workbook, locale, profile, summaries, words } = input;
  const allowed = exportableItems(workbook, profile, summaries);
  const order = new Map([...allowed.keys()].map((id, i) => [id, i]));
  const roleOf = new Map(input.participants.map((p) => [p.id, p.role]));
  const stepTitle = new Map<string, string>(workbook.acts.map((a) => [a.id, pickText(a.title, locale)]));

  // One entry per participant and item, from the answers that may leave.
  type TEntry = { now?: TStoredAnswer; desired?: TStoredAnswer; choice?: TStoredAnswer; text?: TStoredAnswer };
  const byParticipant = new Map<string, Map<string, TEntry>>();
  for (const a of input.answers) {
    const rule = allowed.get(a.itemId);
    if (!rule || !roleOf.has(a.participantId)) continue;
    if (a.dimension === "now" && !rule.now) continue;
    if (a.dimension === "desired" && !rule.desired) continue;
    if (a.dimension === "text" && (!a.text || a.text.trim() === "")) continue;
    const items = byParticipant.get(a.participantId) ?? new Map<string, TEntry>();
    const entry = items.get(a.itemId) ?? {};
    entry[a.dimension] = a;
    items.set(a.itemId, entry);
    byParticipant.set(a.participantId, items);
  }

  const shownRoles = visibleRoles(
    [...byParticipant.keys()].map((id) => ({ id, role: roleOf.get(id) ?? "" })),
    profile.anonymityThreshold,
  );
  const roleLabel = new Map(workbook.roles.map((r) => [r.id, pickText(r.label, locale)]));
  const noPosition = (a: TStoredAnswer | undefined): TCell =>
    !a || a.value !== null ? null : a.notApplicable ? words.notApplicable : words.dontKnow;

  const labels = new Set<string>();
  const labelled: { label: string; items: Map<string, TEntry>; role: string | null }[] = [];
  for (const [id, items] of byParticipant) {
    let label = input.newLabel();
    while (labels.has(label)) label = input.newLabel();
    labels.add(label);
    const role = roleOf.get(id) ?? "";
    labelled.push({ label, items, role: shownRoles.has(role) ? (roleLabel.get(role) ?? role) : null });
  }
  labelled.sort((x, y) => (x.label < y.label ? -1 : x.label > y.label ? 1 : 0));

  const rows: TCell[][] = [];
  for (const p of labelled) {
    const items = [...p.items].sort(([x], [y]) => order.get(x)! - order.get(y)!);
    for (const [itemId, e] of items) {
      const item = allowed.get(itemId)!.item;
      rows.push([
        p.label,
        p.role,
        stepTitle.get(item.stepId) ?? item.stepId,
        itemId,
        item.kind,
        e.now?.value ?? null,
        noPosition(e.now),
        e.desired?.value ?? null,
        noPosition(e.desired),
        e.choice ? e.choice.value === 1 : null,
        e.text?.text ?? null,
      ]);
    }
  }
  return { columns: ANSWER_COLUMNS, rows };
}
