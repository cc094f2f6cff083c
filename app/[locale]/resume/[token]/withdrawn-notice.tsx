import { getFormatter, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { Link } from "@/i18n/navigation";

/** What a resume link says after its participant withdrew: the answers are gone, nothing is left to see. */
export async function WithdrawnNotice({ withdrawnAt }: { withdrawnAt: Date }) {
  const t = await getTranslations("rights.withdrawn");
  const format = await getFormatter();
  return (
    <>
      <PageHeader title={t("title")}>
        <span data-testid="withdrawn">{t("lead", { date: format.dateTime(withdrawnAt, { dateStyle: "long", timeZone: "UTC" }) })}</span>
      </PageHeader>
      <div className="max-w-xl space-y-4">
        <p>{t("nothingLeft")}</p>
        <p>
          <Link href="/" className="font-semibold text-brand-strong underline">
            {t("home")}
          </Link>
        </p>
      </div>
    </>
  );
}
