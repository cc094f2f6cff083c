import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { Form } from "@/components/ui/form";
import { Link } from "@/i18n/navigation";
import { findOwnAnswers, findWithdrawal } from "@/lib/data/participant-rights";
import { withdrawAction } from "../actions";
import { lookUpResumeToken } from "@/lib/server/resume-token";
import { TooManyNotice } from "../too-many-notice";
import { WithdrawnNotice } from "../withdrawn-notice";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("rights.withdraw");
  return { title: t("title") };
}

/** The confirmation before a participant withdraws: exactly what will be deleted, and a way back. */
export default async function WithdrawPage({ params }: PageProps<"/[locale]/resume/[token]/withdraw">) {
  const { token } = await params;
  const lookup = await lookUpResumeToken(async () => {
    const own = await findOwnAnswers(token);
    if (own) return { own, withdrawnAt: null };
    const withdrawnAt = await findWithdrawal(token);
    return withdrawnAt ? { own: null, withdrawnAt } : null;
  });
  if (lookup.status === "tooMany") return <TooManyNotice />;
  if (lookup.status === "unknown") notFound();
  const { own, withdrawnAt } = lookup.value;
  if (!own) return <WithdrawnNotice withdrawnAt={withdrawnAt} />;
  const t = await getTranslations("rights.withdraw");
  const names = { session: own.session.title, partnership: own.session.partnership.name };
  return (
    <>
      <PageHeader title={t("title")}>{t("lead", names)}</PageHeader>
      <div className="max-w-2xl space-y-4">
        <p data-testid="withdraw-what">{t("what", { answers: own.answers.length })}</p>
        <p>{own.session.purgedAt ? t("purged") : t("after")}</p>
        <Form action={withdrawAction} submitLabel={t("confirm")} fields={[{ kind: "hidden", name: "token", value: token }]} />
        <p>
          <Link href={`/resume/${encodeURIComponent(token)}/answers`} className="font-semibold text-brand-strong underline">
            {t("cancel")}
          </Link>
        </p>
      </div>
    </>
  );
}
