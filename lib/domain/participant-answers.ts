import type { TAnswerDimension } from "@/lib/domain/answer";
import { isScaleValue } from "@/lib/domain/answer";
import type { TLocalized, TWorkbook } from "@/lib/domain/content/schema";
import { pickText } from "@/lib/domain/content/localize";
import { toCsv, type TCell } from "@/lib/domain/csv";
import { listItems, type TItemKind, type TStoredAnswer } from "@/lib/domain/workbook";

/**
 * A participant's own answers, readable, per part of the workbook and in their language:
 * what the resume link shows and what the participant downloads (right of access, issue
 * 14). Pure: the caller passes the workbook, the stored answers and the words.
 */

/** One answer as the participant reads it back. */
export interface TAnswerLine {
  itemId: string;
  kind: TItemKind | "unknown";
  dimension: TAnswerDimension;
  /** The statement's topic, the question, or the checklist option. */
  question: string;
  /** For a checklist option: the checklist's question. */
  context: string | null;
  /** For a scale (1..7): what 1 and 7 stand for. */
  ends: { low: string; high: string } | null;
  value: number | null;
  text: string | null;
  notApplicable: boolean;
  updatedAt: Date | null;
}

export interface TAnswerSection {
  /** "profile", "promises", an act id, "interests", or "other" (answers to items the content no longer has). */
  id: string;
  title: string;
  lines: TAnswerLine[];
}

/** Titles of the parts that are not acts, in the participant's language. */
export interface TSectionTitles {
  profile: string;
  promises: string;
  interests: string;
  other: string;
}

const DIMENSION_ORDER: Record<TAnswerDimension, number> = { now: 0, desired: 1, choice: 2, text: 3 };

/**
 * The answers grouped by part of the workbook, in the order the workbook asks them
 * (retired statements included: their answers are the participant's too). Parts
 * without answers are left out.
 */
export function listAnswerSections(
  workbook: TWorkbook,
  answers: readonly (TStoredAnswer & { updatedAt?: Date })[],
  locale: string,
  titles: TSectionTitles,
): TAnswerSection[] {
  const t = (text: TLocalized) => pickText(text, locale);
  type TDescribed = Pick<TAnswerLine, "question" | "context" | "ends"> & { sectionId: string; kind: TItemKind };
  const described = new Map<string, TDescribed>();
  const order = new Map<string, number>();
  const statements = new Map(workbook.acts.flatMap((act) => act.statements.map((s) => [s.id, s] as const)));
  const reflections = new Map(workbook.acts.flatMap((act) => act.reflection.map((r) => [r.id, r] as const)));
  const varieties = new Map(workbook.profile.varieties.map((v) => [v.id, v]));
  const options = new Map<string, { label: TLocalized; question: TLocalized }>();
  for (const o of workbook.profile.themes.options) options.set(o.id, { label: o.label, question: workbook.profile.themes.question });
  for (const o of workbook.profile.drivers.options) options.set(o.id, { label: o.label, question: workbook.profile.drivers.question });
  for (const o of workbook.promises.promises.items) options.set(o.id, { label: o.label, question: workbook.promises.promises.question });
  for (const o of workbook.promises.downsides.items) options.set(o.id, { label: o.label, question: workbook.promises.downsides.question });
  const interests = new Map(workbook.interests.questions.map((q) => [q.id, q]));

  for (const item of listItems(workbook, { includeRetired: true })) {
    order.set(item.id, order.size);
    if (item.kind === "scale") {
      const s = statements.get(item.id)!;
      const [low, high] = s.left === "a" ? [s.a, s.b] : [s.b, s.a];
      described.set(item.id, { sectionId: item.stepId, kind: item.kind, question: t(s.topic), context: null, ends: { low: t(low), high: t(high) } });
    } else if (item.kind === "position") {
      const v = varieties.get(item.id)!;
      described.set(item.id, { sectionId: "profile", kind: item.kind, question: t(v.question), context: null, ends: { low: t(v.poles.a), high: t(v.poles.b) } });
    } else if (item.kind === "choice") {
      const o = options.get(item.id)!;
      described.set(item.id, { sectionId: item.stepId, kind: item.kind, question: t(o.label), context: t(o.question), ends: null });
    } else {
      const q = reflections.get(item.id)?.question ?? interests.get(item.id)!.question;
      described.set(item.id, { sectionId: item.stepId, kind: item.kind, question: t(q), context: null, ends: null });
    }
  }

  const sections: TAnswerSection[] = [
    { id: "profile", title: titles.profile, lines: [] },
    { id: "promises", title: titles.promises, lines: [] },
    ...workbook.acts.map((act) => ({ id: act.id, title: t(act.title), lines: [] as TAnswerLine[] })),
    { id: "interests", title: titles.interests, lines: [] },
    { id: "other", title: titles.other, lines: [] },
  ];
  const byId = new Map(sections.map((s) => [s.id, s]));
  const sorted = [...answers].sort(
    (x, y) =>
      (order.get(x.itemId) ?? Infinity) - (order.get(y.itemId) ?? Infinity) ||
      x.itemId.localeCompare(y.itemId) ||
      DIMENSION_ORDER[x.dimension] - DIMENSION_ORDER[y.dimension],
  );
  for (const a of sorted) {
    const d = described.get(a.itemId);
    byId.get(d?.sectionId ?? "other")!.lines.push({
      itemId: a.itemId,
      kind: d?.kind ?? "unknown",
      dimension: a.dimension,
      question: d?.question ?? a.itemId,
      context: d?.context ?? null,
      ends: d?.ends ?? null,
      value: a.value,
      text: a.text,
      notApplicable: a.notApplicable ?? false,
      updatedAt: a.updatedAt ?? null,
    });
  }
  return sections.filter((s) => s.lines.length > 0);
}

/** The words an answer is written in, in the participant's language. */
export interface TAnswerWords {
  dontKnow: string;
  notApplicable: string;
  ticked: string;
  notTicked: string;
  /** "3 of 7", with what 1 and 7 stand for. */
  scale: (value: number, ends: { low: string; high: string } | null) => string;
  /** "Now" / "Desired" / "" for the other dimensions. */
  dimension: (dimension: TAnswerDimension) => string;
}

/** The answer of one line in words. */
export function describeAnswer(line: TAnswerLine, words: TAnswerWords): string {
  if (line.dimension === "text") return line.text ?? "";
  if (line.dimension === "choice") return line.value === 1 ? words.ticked : words.notTicked;
  if (line.notApplicable) return words.notApplicable;
  if (isScaleValue(line.value)) return words.scale(line.value, line.ends);
  return words.dontKnow;
}

/** The header of the participant's CSV file, in their language. */
export interface TCsvHeader {
  part: string;
  question: string;
  dimension: string;
  answer: string;
  value: string;
  updatedAt: string;
}

/** The participant's answers as a CSV file (UTF-8 with BOM; text cells neutralised, see lib/domain/csv.ts). */
export function answersToCsv(sections: readonly TAnswerSection[], words: TAnswerWords, header: TCsvHeader): string {
  const rows: TCell[][] = [];
  for (const section of sections) {
    for (const line of section.lines) {
      rows.push([
        section.title,
        line.context ? `${line.context} – ${line.question}` : line.question,
        words.dimension(line.dimension),
        describeAnswer(line, words),
        line.dimension === "text" || line.notApplicable ? null : line.value,
        line.updatedAt ? line.updatedAt.toISOString() : null,
      ]);
    }
  }
  return toCsv([header.part, header.question, header.dimension, header.answer, header.value, header.updatedAt], rows);
}

/** What the participant's JSON file holds: who they are in the session, and every answer in words and as stored. */
export function answersToJson(
  about: {
    session: { title: string; date: Date; partnership: string };
    participant: { role: string; organisation: string | null; displayName: string | null; joinedAt: Date };
    exportedAt: Date;
  },
  sections: readonly TAnswerSection[],
  words: TAnswerWords,
) {
  return {
    session: { ...about.session, date: about.session.date.toISOString().slice(0, 10) },
    participant: { ...about.participant, joinedAt: about.participant.joinedAt.toISOString() },
    exportedAt: about.exportedAt.toISOString(),
    parts: sections.map((section) => ({
      id: section.id,
      title: section.title,
      answers: section.lines.map((line) => ({
        itemId: line.itemId,
        question: line.question,
        ...(line.context ? { checklist: line.context } : {}),
        dimension: line.dimension,
        answer: describeAnswer(line, words),
        value: line.value,
        text: line.text,
        notApplicable: line.notApplicable,
        updatedAt: line.updatedAt?.toISOString() ?? null,
      })),
    })),
  };
}
