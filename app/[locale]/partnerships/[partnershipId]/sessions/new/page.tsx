import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { Form } from "@/components/ui/form";
import { workbookLengthField } from "@/components/workbook/length-field";
import { requirePartnershipRole } from "@/lib/server/access";
import { DEFAULT_ANONYMITY_THRESHOLD } from "@/lib/domain/scoring";
import { DEFAULT_WORKBOOK_LENGTH } from "@/lib/domain/workbook";
import { createSessionAction } from "../../../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("session");
  return { title: t("newTitle") };
}

export default async function NewSessionPage({
  params,
}: PageProps<"/[locale]/partnerships/[partnershipId]/sessions/new">) {
  const { partnershipId } = await params;
  const { partnership } = await requirePartnershipRole(
    partnershipId,
    "coordinator",
    `/partnerships/${partnershipId}/sessions/new`,
  );
  const t = await getTranslations("session");
  const today = new Date().toISOString().slice(0, 10);
  return (
    <>
      <PageHeader title={t("newTitle")} kicker={partnership.name}>
        {t("newLead")}
      </PageHeader>
      <Form
        action={createSessionAction}
        submitLabel={t("create")}
        fields={[
          { kind: "hidden", name: "partnershipId", value: partnership.id },
          { kind: "text", name: "title", label: t("title"), hint: t("titleHint"), required: true, maxLength: 120 },
          { kind: "date", name: "date", label: t("date"), required: true, defaultValue: today },
          await workbookLengthField(DEFAULT_WORKBOOK_LENGTH),
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
