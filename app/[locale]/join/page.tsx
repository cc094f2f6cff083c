import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { ServerForm } from "@/components/ui/server-form";
import { enterJoinCodeAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("join");
  return { title: t("title") };
}

export default async function JoinPage() {
  const t = await getTranslations("join");
  const tf = await getTranslations("form");
  return (
    <>
      <PageHeader title={t("title")}>{t("lead")}</PageHeader>
      <ServerForm
        action={enterJoinCodeAction}
        submitLabel={t("continue")}
        pendingLabel={tf("pending")}
        errorSummaryLabel={tf("errorSummary")}
        fields={[
          {
            kind: "text",
            name: "code",
            label: t("code"),
            hint: t("codeHint"),
            required: true,
            maxLength: 12,
            autoCapitalize: "characters",
          },
        ]}
      />
    </>
  );
}
