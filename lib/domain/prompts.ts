import { describeGap } from "@/lib/domain/describe-position";
import { seriesShift, type TActProfile, type TSignal } from "@/lib/domain/scoring";

/**
 * Which questions for the conversation fit an act, chosen by its signals: a wish to
 * move (the largest gap, with the direction in words), a wide spread or a split,
 * roles that differ, or a balance the partners are content with. Never a verdict: the
 * questions invite the room to explain, not to score. Hidden acts (below the anonymity
 * threshold) get a question about the dilemma itself. Pure: the caller passes a
 * translator for the "present.prompts" namespace.
 */

const MAX_PROMPTS = 4;

export type TPromptTranslate = (key: string, values?: Record<string, string>) => string;

export function selectPrompts(
  profile: Pick<TActProfile, "hidden" | "signals" | "split" | "gap" | "now" | "desired">,
  poles: { a: string; b: string },
  t: TPromptTranslate,
): string[] {
  if (profile.hidden) return [t("tooFew")];
  const out: string[] = [];
  const add = (...texts: string[]) => out.push(...texts);
  const bySignal: Record<TSignal, () => void> = {
    "change-wanted": () => {
      // The same shift as the figure's words: the larger of the two views of it.
      const side = describeGap(seriesShift(profile) ?? Number.NaN).side;
      if (side) add(t("changeWanted.p1", { pole: side === "a" ? poles.a : poles.b }), t("changeWanted.p2"), t("changeWanted.p3"));
      else add(t("changeWantedAny.p1"), t("changeWantedAny.p2"));
    },
    "talk-about-it": () => {
      if (profile.split.now || profile.split.desired) add(t("split.p1"));
      add(t("talkAboutIt.p1"), t("talkAboutIt.p2"));
    },
    "roles-differ": () => add(t("rolesDiffer.p1"), t("rolesDiffer.p2")),
    "balanced-as-wished": () => add(t("balancedAsWished.p1"), t("balancedAsWished.p2")),
  };
  // One question per signal first, so every signal is heard; then the rest, in order.
  const perSignal: string[][] = [];
  for (const signal of profile.signals) {
    const start = out.length;
    bySignal[signal]?.();
    perSignal.push(out.splice(start));
  }
  const chosen: string[] = [];
  for (const list of perSignal) if (list[0]) chosen.push(list[0]);
  for (const list of perSignal) chosen.push(...list.slice(1));
  if (chosen.length === 0) return [t("none.p1"), t("none.p2")];
  return chosen.slice(0, MAX_PROMPTS);
}
