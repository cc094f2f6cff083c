import "server-only";
import { getTranslations } from "next-intl/server";
import { SCALE_POINTS } from "@/lib/domain/answer";
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
      notApplicable: t("scale.notApplicable"),
      left: t("scale.left"),
      right: t("scale.right"),
      markA: t("scale.markA"),
      markB: t("scale.markB"),
      chosen: t("scale.chosen"),
      notChosen: t("scale.notChosen"),
      points: SCALE_POINTS.map((p) => t(`scale.point${p}`)),
      status,
    },
  };
}
