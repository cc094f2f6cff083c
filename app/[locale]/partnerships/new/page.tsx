import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Form } from "@/components/ui/form";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/server/access";
import { createPartnershipAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("partnership");
  return { title: t("newTitle") };
}

export default async function NewPartnershipPage() {
  // Whoever creates a partnership becomes its coordinator, so this needs an account.
  await requireUser("/partnerships/new");
  const t = await getTranslations("partnership");
  return (
    <>
      <PageHeader title={t("newTitle")}>{t("newLead")}</PageHeader>
      <Form
        action={createPartnershipAction}
        submitLabel={t("create")}
        fields={[
          { kind: "text", name: "name", label: t("name"), hint: t("nameHint"), required: true, maxLength: 120 },
          { kind: "text", name: "region", label: t("region"), hint: t("regionHint"), required: true, maxLength: 120 },
        ]}
      />
    </>
  );
}
