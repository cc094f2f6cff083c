import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { Link } from "@/i18n/navigation";

export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <>
      <PageHeader title={t("title")}>{t("lead")}</PageHeader>
      <Link href="/" className="font-semibold text-brand-strong underline">
        {t("home")}
      </Link>
    </>
  );
}
