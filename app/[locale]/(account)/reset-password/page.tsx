import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { Form } from "@/components/ui/form";
import { Link } from "@/i18n/navigation";
import { MIN_PASSWORD_LENGTH } from "@/lib/domain/auth-validation";
import { resetPasswordAction } from "../actions";
import { firstParam } from "../search-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("resetTitle") };
}

/** Opened from the link in the reset e-mail: /reset-password?token=… */
export default async function ResetPasswordPage({ searchParams }: PageProps<"/[locale]/reset-password">) {
  const token = firstParam((await searchParams).token)?.trim();
  const t = await getTranslations("auth");
  const validLooking = !!token && token.length <= 200;

  return (
    <>
      <PageHeader title={t("resetTitle")}>{validLooking ? t("resetLead") : null}</PageHeader>
      <div className="max-w-xl space-y-6">
        {validLooking ? (
          <Form
            action={resetPasswordAction}
            submitLabel={t("setPassword")}
            fields={[
              { kind: "hidden", name: "token", value: token },
              {
                kind: "password",
                name: "password",
                label: t("newPassword"),
                hint: t("newPasswordHint", { min: MIN_PASSWORD_LENGTH }),
                required: true,
                autoComplete: "new-password",
                maxLength: 128,
              },
              { kind: "password", name: "passwordConfirm", label: t("passwordConfirm"), required: true, autoComplete: "new-password", maxLength: 128 },
            ]}
          />
        ) : (
          <p>{t("resetMissingToken")}</p>
        )}
        <p>
          <Link href="/forgot-password" className="text-brand-strong underline">
            {t("requestNewLink")}
          </Link>
        </p>
      </div>
    </>
  );
}
