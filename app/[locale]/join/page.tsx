import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { Form } from "@/components/ui/form";
import { enterJoinCodeAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("join");
  return { title: t("title") };
}

export default async function JoinPage() {
  const t = await getTranslations("join");
  return (
    <>
      <PageHeader title={t("title")}>{t("lead")}</PageHeader>
      <Form
        action={enterJoinCodeAction}
        submitLabel={t("continue")}
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
