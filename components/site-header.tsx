import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { getCurrentUser } from "@/lib/server/access";
import { LocaleSwitcher } from "./locale-switcher";

export async function SiteHeader() {
  const t = await getTranslations("app");
  const ta = await getTranslations("auth");
  const locale = await getLocale();
  const user = await getCurrentUser();
  return (
    <header className="no-print border-b border-line bg-wash">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3 sm:px-6">
        <Link href="/" className="font-semibold text-brand-strong no-underline hover:underline">
          {t("name")}
        </Link>
        <nav aria-label={t("mainNav")} className="flex flex-wrap items-center gap-4 text-sm">
          <Link href="/join" className="text-brand-strong underline">
            {t("navJoin")}
          </Link>
          <Link href="/guide" className="text-brand-strong underline">
            {t("navGuide")}
          </Link>
          {user ? (
            <>
              <span className="text-muted" data-testid="signed-in-user">
                {ta("signedInAs", { name: user.name })}
              </span>
              <Link href="/sign-out" className="text-brand-strong underline">
                {ta("navSignOut")}
              </Link>
            </>
          ) : (
            <Link href="/sign-in" className="text-brand-strong underline">
              {ta("navSignIn")}
            </Link>
          )}
          <LocaleSwitcher
            current={locale}
            label={t("language")}
            names={{ nl: t("languageNl"), en: t("languageEn") }}
          />
        </nav>
      </div>
    </header>
  );
}
