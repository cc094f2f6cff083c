import { getTranslations } from "next-intl/server";
import type { TMissingTally } from "@/lib/domain/scoring";

/**
 * How many answers on an act were "don't know" and how many "does not apply to us":
 * counts only, and only when the scoring shows them (enough participants answered the
 * act; see missing.ts in lib/domain/scoring). Server component.
 */
export async function MissingAnswers({ tally, actId }: { tally: TMissingTally | null | undefined; actId: string }) {
  if (!tally) return null;
  const t = await getTranslations("results");
  return (
    <p className="mt-2 max-w-3xl text-sm text-muted" data-testid={`missing-${actId}`}>
      {t("missing", { answers: tally.answers, dontKnow: tally.dontKnow, notApplicable: tally.notApplicable })}
    </p>
  );
}
