import { isScaleValue } from "@/lib/domain/answer";
import type { TWorkbook } from "@/lib/domain/content/schema";
import { computeStats, isSplit, mapAnswerToAxis, resolveAnonymityThreshold, type TStats } from "@/lib/domain/scoring";
import { CHOICE_GROUPS, listItems, type TChoiceGroup, type TStoredAnswer } from "@/lib/domain/workbook";

/**
 * What partners said outside the five acts: where they place the partnership on the
 * four forms of variety, which promises and downsides they tick, and the open answers.
 * Pure. Like the balance profile, nothing is shown for fewer partners than the
 * anonymity threshold.
 */

export interface TVarietySummary {
  id: string;
  /** Positions on the axis pole A (-1) .. pole B (+1); null when hidden or nobody answered. */
  stats: TStats | null;
  /** Sizeable groups on both sides of the middle (see isSplit in lib/domain/scoring). */
  split: boolean;
}

export interface TChoiceSummary {
  id: string;
  count: number;
}

export interface TSessionSummaries {
  /** Participants who answered at least one of these questions. */
  respondents: number;
  hidden: boolean;
  varieties: TVarietySummary[];
  /**
   * Per checklist group: how many partners ticked each option, most ticked first. Empty
   * when fewer partners than the threshold ticked anything in the group.
   */
  choices: Record<TChoiceGroup, TChoiceSummary[]>;
  /**
   * Per open question: the answers given, sorted so that their order reveals nobody.
   * Only questions with at least as many answers as the threshold are listed.
   */
  texts: Record<string, string[]>;
}

export function computeSessionSummaries(
  workbook: TWorkbook,
  answers: readonly (TStoredAnswer & { participantId: string })[],
  anonymityThreshold: number,
): TSessionSummaries {
  // The same threshold as the balance profile's (never below the minimum).
  const t = resolveAnonymityThreshold(anonymityThreshold);
  // The items, from the one walk over the content (lib/domain/workbook.ts).
  const items = listItems(workbook);
  const varietyIds = items.filter((i) => i.kind === "position").map((i) => i.id);
  const varieties = new Set(varietyIds);
  const groupOf = new Map<string, TChoiceGroup>();
  const options = new Map<TChoiceGroup, string[]>(CHOICE_GROUPS.map((g) => [g, []]));
  for (const i of items) {
    if (i.kind !== "choice") continue;
    groupOf.set(i.id, i.group);
    options.get(i.group)!.push(i.id);
  }
  const textIds = new Set(items.filter((i) => i.kind === "text").map((i) => i.id));

  const respondents = new Set<string>();
  const positions = new Map<string, number[]>();
  const counts = new Map<string, number>();
  const tickers = new Map<TChoiceGroup, Set<string>>();
  const texts = new Map<string, string[]>();
  for (const a of answers) {
    if (varieties.has(a.itemId) && a.dimension === "now") {
      respondents.add(a.participantId);
      if (isScaleValue(a.value)) {
        const list = positions.get(a.itemId) ?? [];
        list.push(mapAnswerToAxis(a.value, "a"));
        positions.set(a.itemId, list);
      }
    } else if (groupOf.has(a.itemId) && a.dimension === "choice") {
      respondents.add(a.participantId);
      if (a.value === 1) {
        counts.set(a.itemId, (counts.get(a.itemId) ?? 0) + 1);
        const group = groupOf.get(a.itemId)!;
        const set = tickers.get(group) ?? new Set<string>();
        set.add(a.participantId);
        tickers.set(group, set);
      }
    } else if (textIds.has(a.itemId) && a.dimension === "text" && a.text && a.text.trim() !== "") {
      respondents.add(a.participantId);
      const list = texts.get(a.itemId) ?? [];
      list.push(a.text.trim());
      texts.set(a.itemId, list);
    }
  }

  const hidden = respondents.size < t;
  const choices = Object.fromEntries(
    CHOICE_GROUPS.map((group) => [
      group,
      hidden || (tickers.get(group)?.size ?? 0) < t
        ? []
        : options
            .get(group)!
            .map((id) => ({ id, count: counts.get(id) ?? 0 }))
            .sort((x, y) => y.count - x.count),
    ]),
  ) as TSessionSummaries["choices"];

  return {
    respondents: respondents.size,
    hidden,
    varieties: varietyIds.map((id) => {
      const values = positions.get(id) ?? [];
      const shown = !hidden && values.length >= t;
      return { id, stats: shown ? computeStats(values) : null, split: shown && isSplit(values) };
    }),
    choices,
    texts: hidden
      ? {}
      : Object.fromEntries(
          [...texts]
            .filter(([, list]) => list.length >= t)
            .map(([id, list]) => [id, [...list].sort((x, y) => x.localeCompare(y, "nl"))]),
        ),
  };
}
