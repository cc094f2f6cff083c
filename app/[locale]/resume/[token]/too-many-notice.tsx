import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";

/** What the pages of a resume link say while the address has tried too many links that open nothing. */
export async function TooManyNotice() {
  const t = await getTranslations("resume");
  const tErrors = await getTranslations("errors");
  return (
    <PageHeader title={t("tooManyTitle")}>
      <span data-testid="resume-too-many">{tErrors("tooManyAttempts")}</span>
    </PageHeader>
  );
}
