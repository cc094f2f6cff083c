import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { ServerForm } from "@/components/ui/server-form";
import { getPartnership } from "@/lib/partnerships";
import { createSessionAction } from "../../../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("session");
  return { title: t("newTitle") };
}

export default async function NewSessionPage({
  params,
}: PageProps<"/[locale]/partnerships/[partnershipId]/sessions/new">) {
  const { partnershipId } = await params;
  const partnership = await getPartnership(partnershipId);
  if (!partnership) notFound();
  const t = await getTranslations("session");
  const tf = await getTranslations("form");
  const today = new Date().toISOString().slice(0, 10);
  return (
    <>
      <PageHeader title={t("newTitle")} kicker={partnership.name}>
        {t("newLead")}
      </PageHeader>
      <ServerForm
        action={createSessionAction}
        submitLabel={t("create")}
        pendingLabel={tf("pending")}
        errorSummaryLabel={tf("errorSummary")}
        fields={[
          { kind: "hidden", name: "partnershipId", value: partnership.id },
          { kind: "text", name: "title", label: t("title"), hint: t("titleHint"), required: true, maxLength: 120 },
          { kind: "date", name: "date", label: t("date"), required: true, defaultValue: today },
        ]}
      />
    </>
  );
}
