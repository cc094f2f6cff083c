import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { ServerForm } from "@/components/ui/server-form";
import { requirePartnershipRole } from "@/lib/access";
import { getPartnership } from "@/lib/partnerships";
import { DEFAULT_ANONYMITY_THRESHOLD } from "@/lib/scoring";
import { createSessionAction } from "../../../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("session");
  return { title: t("newTitle") };
}

export default async function NewSessionPage({
  params,
}: PageProps<"/[locale]/partnerships/[partnershipId]/sessions/new">) {
  const { partnershipId } = await params;
  await requirePartnershipRole(partnershipId, "coordinator", `/partnerships/${partnershipId}/sessions/new`);
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
          {
            kind: "text",
            name: "anonymityThreshold",
            label: t("anonymityThreshold"),
            hint: t("anonymityThresholdHint"),
            required: true,
            defaultValue: String(DEFAULT_ANONYMITY_THRESHOLD),
            inputMode: "numeric",
            maxLength: 2,
          },
        ]}
      />
    </>
  );
}
