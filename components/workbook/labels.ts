import "server-only";
import { getTranslations } from "next-intl/server";
import type { TScaleLabels } from "./scale-question";
import type { TSaveStatusLabels } from "./save-status";
import type { TTextQuestionLabels } from "./text-question";

/** Translated labels for the workbook's client components, built once per page. */
export async function getWorkbookLabels(): Promise<{ scale: TScaleLabels; status: TSaveStatusLabels; text: TTextQuestionLabels }> {
  const t = await getTranslations("workbook");
  const status: TSaveStatusLabels = {
    saving: t("status.saving"),
    saved: t("status.saved"),
    retrying: t("status.retrying"),
    rejected: t("status.rejected"),
  };
  return {
    status,
    text: { status, privacyHint: t("openAnswerHint") },
    scale: {
      now: t("scale.now"),
      desired: t("scale.desired"),
      dontKnow: t("scale.dontKnow"),
      left: t("scale.left"),
      right: t("scale.right"),
      points: [1, 2, 3, 4, 5, 6, 7].map((p) => t(`scale.point${p as 1 | 2 | 3 | 4 | 5 | 6 | 7}`)),
      status,
    },
  };
}
