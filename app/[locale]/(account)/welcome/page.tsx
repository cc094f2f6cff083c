import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { Link } from "@/i18n/navigation";
import { findInvite } from "@/lib/data/invites";
import { safeReturnPath } from "@/lib/domain/return-to";
import { requireUser } from "@/lib/server/access";
import { firstParam } from "../search-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("welcome");
  return { title: t("metaTitle") };
}

const PRIMARY = "inline-flex min-h-11 items-center rounded bg-brand px-5 py-2.5 font-semibold text-white no-underline hover:bg-brand-strong";
const SECONDARY = "inline-flex min-h-11 items-center rounded border-2 border-brand px-5 py-2 font-semibold text-brand-strong no-underline hover:bg-wash";

/** The invitation a return path opens ("/invite/<token>"), if it can still be accepted. */
async function pendingInvite(next: string | undefined) {
  const token = next?.match(/^\/invite\/([A-Za-z0-9_-]+)$/)?.[1];
  if (!token) return null;
  const invite = await findInvite(token);
  return invite.status === "valid" ? invite : null;
}

/**
 * Where the link from the sign-up e-mail lands (it has just signed the new account in):
 * a welcome with the next step. On the way to an invitation, that invitation; on the
 * way elsewhere, back there; else starting a partnership (or the invitation a coordinator sent).
 */
export default async function WelcomePage({ searchParams }: PageProps<"/[locale]/welcome">) {
  const next = safeReturnPath(firstParam((await searchParams).next));
  const user = await requireUser(next ? `/welcome?next=${encodeURIComponent(next)}` : "/welcome");
  const t = await getTranslations("welcome");
  const tm = await getTranslations("members");
  const invite = await pendingInvite(next);

  return (
    <>
      <PageHeader title={t("title", { name: user.name })}>{t("lead")}</PageHeader>
      <section aria-labelledby="next-step" className="max-w-3xl space-y-4">
        <h2 id="next-step" className="text-2xl font-semibold text-brand-strong">
          {t("nextTitle")}
        </h2>
        {invite ? (
          <>
            <p>{t("inviteText", { role: tm(`roleNames.${invite.role}`), partnership: invite.partnership.name })}</p>
            <Link href={next!} className={PRIMARY} data-testid="welcome-onward">
              {t("inviteLink")}
            </Link>
          </>
        ) : next ? (
          <>
            <p>{t("continueText")}</p>
            <Link href={next} className={PRIMARY} data-testid="welcome-onward">
              {t("continueLink")}
            </Link>
          </>
        ) : (
          <>
            <p>{t("createText")}</p>
            <Link href="/partnerships/new" className={PRIMARY}>
              {t("createLink")}
            </Link>
            <p>{t("invitedText")}</p>
            <Link href="/" className={SECONDARY} data-testid="welcome-onward">
              {t("homeLink")}
            </Link>
          </>
        )}
      </section>
    </>
  );
}
