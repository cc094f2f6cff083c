import { headers } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { isParticipantPath, REQUEST_PATH_HEADER } from "@/lib/domain/participant-paths";
import { getCurrentUser } from "@/lib/server/access";
import { LocaleSwitcher } from "./locale-switcher";

/** Header links: at least 24 px high, also where they sit in a row (WCAG 2.2, 2.5.8). */
const NAV_LINK = "inline-flex min-h-6 items-center text-brand-strong underline";

/**
 * The header of every page. Participants (join, workbook, resume pages) get a reduced one:
 * no account links and no facilitators' guide, which are not for them (issue 16).
 */
export async function SiteHeader() {
  const t = await getTranslations("app");
  const ta = await getTranslations("auth");
  const locale = await getLocale();
  const participant = isParticipantPath((await headers()).get(REQUEST_PATH_HEADER) ?? "");
  const user = participant ? null : await getCurrentUser();
  return (
    <header className="no-print border-b border-line bg-wash">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3 sm:px-6">
        <Link href="/" className="inline-flex min-h-6 items-center font-semibold text-brand-strong no-underline hover:underline">
          {t("name")}
        </Link>
        <nav aria-label={t("mainNav")} className="flex flex-wrap items-center gap-4 text-sm" data-header={participant ? "participant" : "full"}>
          <Link href="/join" className={NAV_LINK}>
            {t("navJoin")}
          </Link>
          {!participant && (
            <>
              <Link href="/guide" className={NAV_LINK}>
                {t("navGuide")}
              </Link>
              {user ? (
                <>
                  <span className="text-muted" data-testid="signed-in-user">
                    {ta("signedInAs", { name: user.name })}
                  </span>
                  <Link href="/sign-out" prefetch={false} className={NAV_LINK}>
                    {ta("navSignOut")}
                  </Link>
                </>
              ) : (
                <Link href="/sign-in" className={NAV_LINK}>
                  {ta("navSignIn")}
                </Link>
              )}
            </>
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
