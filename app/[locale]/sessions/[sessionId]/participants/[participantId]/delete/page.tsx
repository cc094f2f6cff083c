import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Form } from "@/components/ui/form";
import { PageHeader } from "@/components/ui/page-header";
import { Link } from "@/i18n/navigation";
import { getWorkbook } from "@/lib/data/content";
import { findParticipantForDeletion } from "@/lib/data/deletion";
import { pickText } from "@/lib/domain/content/localize";
import { requireSessionRole } from "@/lib/server/access";
import { deleteParticipantAction } from "../../../deletion-actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("rights.participant");
  return { title: t("title") };
}

/** The confirmation before a coordinator deletes one participant of a session, with their answers. */
export default async function DeleteParticipantPage({
  params,
}: PageProps<"/[locale]/sessions/[sessionId]/participants/[participantId]/delete">) {
  const { sessionId, participantId } = await params;
  const { user } = await requireSessionRole(sessionId, "coordinator", `/sessions/${sessionId}/participants/${participantId}/delete`);
  const participant = await findParticipantForDeletion(user.id, sessionId, participantId);
  if (!participant) notFound();
  const t = await getTranslations("rights.participant");
  const locale = await getLocale();
  const role = getWorkbook().roles.find((r) => r.id === participant.role);
  const name = participant.displayName ?? t("unnamed");
  return (
    <>
      <PageHeader title={t("title")} kicker={`${participant.session.partnership.name} · ${participant.session.title}`}>
        {t("lead", { name, role: role ? pickText(role.label, locale) : participant.role, session: participant.session.title })}
      </PageHeader>
      <div className="max-w-2xl space-y-4">
        <p data-testid="deletion-what">{t("what", { answers: participant._count.answers })}</p>
        <p>{t("after")}</p>
        <Form
          action={deleteParticipantAction}
          submitLabel={t("confirm")}
          fields={[
            { kind: "hidden", name: "sessionId", value: sessionId },
            { kind: "hidden", name: "participantId", value: participant.id },
          ]}
        />
        <p>
          <Link href={`/sessions/${sessionId}#participants`} className="font-semibold text-brand-strong underline">
            {t("cancel")}
          </Link>
        </p>
      </div>
    </>
  );
}
