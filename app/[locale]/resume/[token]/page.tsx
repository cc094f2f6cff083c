import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { Form } from "@/components/ui/form";
import { Link } from "@/i18n/navigation";
import { findResumeTarget } from "@/lib/data/participants";
import { findWithdrawal } from "@/lib/data/participant-rights";
import { WithdrawnNotice } from "./withdrawn-notice";
import { TooManyNotice } from "./too-many-notice";
import { getCurrentParticipant } from "@/lib/server/participant-cookie";
import { lookUpResumeToken } from "@/lib/server/resume-token";
import { confirmResumeAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("resume");
  return { title: t("title") };
}

/**
 * Reached from a resume link whenever this browser is not yet the link's participant:
 * names the session and asks before the browser continues with the link's answers.
 * When this browser takes part as someone else, it can keep its own instead.
 */
export default async function ResumeConfirmPage({ params }: PageProps<"/[locale]/resume/[token]">) {
  const { token } = await params;
  // Under the address's limit of resume tokens that open nothing (lib/server/resume-token.ts).
  const lookup = await lookUpResumeToken(async () => {
    const target = await findResumeTarget(token);
    if (target) return { target, withdrawnAt: null };
    const withdrawnAt = await findWithdrawal(token);
    return withdrawnAt ? { target: null, withdrawnAt } : null;
  });
  if (lookup.status === "tooMany") return <TooManyNotice />;
  if (lookup.status === "unknown") notFound();
  const { target, withdrawnAt } = lookup.value;
  // A participant who withdrew: the link says plainly that the answers are gone.
  if (!target) return <WithdrawnNotice withdrawnAt={withdrawnAt} />;
  const current = await getCurrentParticipant(target.sessionId);
  const other = current !== null && current.id !== target.id;
  const t = await getTranslations("resume");
  const tr = await getTranslations("rights.answers");
  const names = { session: target.session.title, partnership: target.session.partnership.name };
  return (
    <>
      <PageHeader title={t("title")}>{other ? t("lead", names) : t("leadNew", names)}</PageHeader>
      <div className="max-w-xl space-y-6">
        <Form
          action={confirmResumeAction}
          submitLabel={t("switch")}
          fields={[{ kind: "hidden", name: "token", value: token }]}
        />
        <p>
          <Link href={`/resume/${encodeURIComponent(token)}/answers`} className="font-semibold text-brand-strong underline">
            {tr("manage")}
          </Link>
        </p>
        <p>
          {other ? (
            <Link href={`/workbook/${target.sessionId}`} className="font-semibold text-brand-strong underline">
              {t("stay")}
            </Link>
          ) : (
            <Link href="/" className="font-semibold text-brand-strong underline">
              {t("notMine")}
            </Link>
          )}
        </p>
      </div>
    </>
  );
}
