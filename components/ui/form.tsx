import { getTranslations } from "next-intl/server";
import type { TFormAction } from "@/lib/server/action-result";
import { ServerForm, type TFieldSpec } from "./server-form";

/**
 * A form posted to a server action: the client ServerForm with the app's usual
 * "one moment" and error-summary texts filled in. Use this from server components.
 */
export async function Form({
  action,
  fields,
  submitLabel,
}: {
  action: TFormAction;
  fields: TFieldSpec[];
  submitLabel: string;
}) {
  const t = await getTranslations("form");
  const ta = await getTranslations("app");
  return (
    <ServerForm
      action={action}
      fields={fields}
      submitLabel={submitLabel}
      pendingLabel={t("pending")}
      errorSummaryLabel={t("errorSummary")}
      copyLabels={{ copy: ta("copyLink"), copied: ta("copied") }}
    />
  );
}
