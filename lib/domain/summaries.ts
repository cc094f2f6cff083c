import type { TWorkbook } from "@/lib/domain/content/schema";
import { computeStats, isSplit, mapAnswerToAxis, type TStats } from "@/lib/domain/scoring";
import type { TStoredAnswer } from "@/lib/domain/workbook";

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
  /** Sizeable groups on both sides of the middle (see isSplit in lib/domain/scoring.ts). */
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
  choices: Record<"themes" | "drivers" | "promises" | "downsides", TChoiceSummary[]>;
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
  const varietyIds = new Set(workbook.profile.varieties.map((v) => v.id));
  const groups = {
    themes: workbook.profile.themes.options,
    drivers: workbook.profile.drivers.options,
    promises: workbook.promises.promises.items,
    downsides: workbook.promises.downsides.items,
  } as const;
  const groupOf = new Map<string, keyof typeof groups>();
  for (const [group, options] of Object.entries(groups) as [keyof typeof groups, readonly { id: string }[]][]) {
    for (const o of options) groupOf.set(o.id, group);
  }
  const textIds = new Set([
    ...workbook.acts.flatMap((a) => a.reflection.map((r) => r.id)),
    ...workbook.interests.questions.map((q) => q.id),
  ]);

  const respondents = new Set<string>();
  const positions = new Map<string, number[]>();
  const counts = new Map<string, number>();
  const tickers = new Map<keyof typeof groups, Set<string>>();
  const texts = new Map<string, string[]>();
  for (const a of answers) {
    if (varietyIds.has(a.itemId) && a.dimension === "now") {
      respondents.add(a.participantId);
      if (a.value !== null && a.value >= 1 && a.value <= 7) {
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

  const hidden = respondents.size < anonymityThreshold;
  const choices = Object.fromEntries(
    (Object.keys(groups) as (keyof typeof groups)[]).map((group) => [
      group,
      hidden || (tickers.get(group)?.size ?? 0) < anonymityThreshold
        ? []
        : groups[group]
            .map((o) => ({ id: o.id, count: counts.get(o.id) ?? 0 }))
            .sort((x, y) => y.count - x.count),
    ]),
  ) as TSessionSummaries["choices"];

  return {
    respondents: respondents.size,
    hidden,
    varieties: workbook.profile.varieties.map((v) => {
      const values = positions.get(v.id) ?? [];
      const shown = !hidden && values.length >= anonymityThreshold;
      return { id: v.id, stats: shown ? computeStats(values) : null, split: shown && isSplit(values) };
    }),
    choices,
    texts: hidden
      ? {}
      : Object.fromEntries(
          [...texts]
            .filter(([, list]) => list.length >= anonymityThreshold)
            .map(([id, list]) => [id, [...list].sort((x, y) => x.localeCompare(y, "nl"))]),
        ),
  };
}
