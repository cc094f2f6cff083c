import "server-only";
import { getTranslations } from "next-intl/server";
import type { TFieldSpec } from "@/components/ui/form-fields";
import { WORKBOOK_LENGTHS, type TWorkbookLength } from "@/lib/domain/workbook";

/** The coordinator's choice between the full and the short workbook, as a form field (new session, session page). */
export async function workbookLengthField(value: TWorkbookLength): Promise<TFieldSpec> {
  const t = await getTranslations("session");
  return {
    kind: "radio",
    name: "workbookLength",
    label: t("workbookLength"),
    hint: t("workbookLengthHint"),
    required: true,
    defaultValue: value,
    options: WORKBOOK_LENGTHS.map((length) => ({
      value: length,
      label: t(`lengths.${length}`),
      description: t(`lengthDescriptions.${length}`),
    })),
  };
}
