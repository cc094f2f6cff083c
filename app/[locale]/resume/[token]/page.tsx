import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { Form } from "@/components/ui/form";
import { Link } from "@/i18n/navigation";
import { findParticipantByToken } from "@/lib/data/participants";
import { confirmResumeAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("resume");
  return { title: t("title") };
}

/**
 * Reached from a resume link when this browser already takes part in the session as
 * someone else: continue with the link's answers, or keep one's own.
 */
export default async function ResumeConfirmPage({ params }: PageProps<"/[locale]/resume/[token]">) {
  const { token } = await params;
  const participant = await findParticipantByToken(token);
  if (!participant) notFound();
  const t = await getTranslations("resume");
  return (
    <>
      <PageHeader title={t("title")}>{t("lead")}</PageHeader>
      <div className="max-w-xl space-y-6">
        <Form
          action={confirmResumeAction}
          submitLabel={t("switch")}
          fields={[{ kind: "hidden", name: "token", value: token }]}
        />
        <p>
          <Link href={`/workbook/${participant.sessionId}`} className="font-semibold text-brand-strong underline">
            {t("stay")}
          </Link>
        </p>
      </div>
    </>
  );
}
