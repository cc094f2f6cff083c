import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { DeletionCounts } from "@/components/ui/deletion-counts";
import { Form } from "@/components/ui/form";
import { PageHeader } from "@/components/ui/page-header";
import { Link } from "@/i18n/navigation";
import { findSessionForDeletion } from "@/lib/data/deletion";
import { requireSessionRole } from "@/lib/server/access";
import { deleteSessionAction } from "../deletion-actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("rights.session");
  return { title: t("title") };
}

/** The confirmation before a coordinator deletes a session: exactly what goes with it. */
export default async function DeleteSessionPage({ params }: PageProps<"/[locale]/sessions/[sessionId]/delete">) {
  const { sessionId } = await params;
  const { user } = await requireSessionRole(sessionId, "coordinator", `/sessions/${sessionId}/delete`);
  const found = await findSessionForDeletion(user.id, sessionId);
  if (!found) notFound();
  const { session, counts } = found;
  const t = await getTranslations("rights.session");
  const format = await getFormatter();
  return (
    <>
      <PageHeader
        title={t("title")}
        kicker={`${session.partnership.name} · ${format.dateTime(session.date, { dateStyle: "long", timeZone: "UTC" })}`}
      >
        {t("lead", { session: session.title, partnership: session.partnership.name })}
      </PageHeader>
      <div className="max-w-2xl space-y-4">
        <DeletionCounts counts={counts} />
        <p>{t("after")}</p>
        <Form action={deleteSessionAction} submitLabel={t("confirm")} fields={[{ kind: "hidden", name: "sessionId", value: session.id }]} />
        <p>
          <Link href={`/sessions/${session.id}`} className="font-semibold text-brand-strong underline">
            {t("cancel")}
          </Link>
        </p>
      </div>
    </>
  );
}
