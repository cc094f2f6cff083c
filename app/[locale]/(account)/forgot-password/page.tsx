import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { Form } from "@/components/ui/form";
import { Link } from "@/i18n/navigation";
import { forgotPasswordAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("forgotTitle") };
}

export default async function ForgotPasswordPage() {
  const t = await getTranslations("auth");
  return (
    <>
      <PageHeader title={t("forgotTitle")}>{t("forgotLead")}</PageHeader>
      <div className="max-w-xl space-y-6">
        <Form
          action={forgotPasswordAction}
          submitLabel={t("sendResetLink")}
          fields={[
            { kind: "email", name: "email", label: t("email"), required: true, autoComplete: "email", maxLength: 254, autoCapitalize: "off" },
          ]}
        />
        <p>
          <Link href="/sign-in" className="text-brand-strong underline">
            {t("backToSignIn")}
          </Link>
        </p>
      </div>
    </>
  );
}
