import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

/** The footer of every page: the privacy and accessibility statements, and where the workbook comes from. */
export async function SiteFooter() {
  const t = await getTranslations("app");
  const ts = await getTranslations("statements");
  return (
    <footer className="no-print mx-auto w-full max-w-5xl border-t border-line px-4 py-6 text-sm text-muted sm:px-6">
      <nav aria-label={ts("footerNav")} className="mb-3">
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          {(
            [
              ["/privacy", "privacyLink"],
              ["/accessibility", "accessibilityLink"],
            ] as const
          ).map(([href, label]) => (
            <li key={href}>
              <Link href={href} className="inline-flex min-h-6 items-center text-brand-strong underline">
                {ts(label)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <p>{t("footer")}</p>
    </footer>
  );
}
