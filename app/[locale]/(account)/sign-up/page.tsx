import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { Form } from "@/components/ui/form";
import { Link } from "@/i18n/navigation";
import { MIN_PASSWORD_LENGTH } from "@/lib/domain/auth-validation";
import { signUpAction } from "../actions";
import { returnPathOrRedirect } from "../search-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("signUpTitle") };
}

export default async function SignUpPage({ searchParams }: PageProps<"/[locale]/sign-up">) {
  const params = await searchParams;
  const next = await returnPathOrRedirect(params);
  const t = await getTranslations("auth");
  const withNext = next ? { next } : undefined;

  return (
    <>
      <PageHeader title={t("signUpTitle")}>{t("signUpLead")}</PageHeader>
      <div className="max-w-xl space-y-6">
        <Form
          action={signUpAction}
          submitLabel={t("signUp")}
          fields={[
            ...(next ? [{ kind: "hidden" as const, name: "next", value: next }] : []),
            { kind: "text", name: "name", label: t("name"), hint: t("nameHint"), required: true, autoComplete: "name", maxLength: 80 },
            { kind: "email", name: "email", label: t("email"), required: true, autoComplete: "email", maxLength: 254, autoCapitalize: "off" },
            {
              kind: "password",
              name: "password",
              label: t("password"),
              hint: t("newPasswordHint", { min: MIN_PASSWORD_LENGTH }),
              required: true,
              autoComplete: "new-password",
              maxLength: 128,
            },
          ]}
        />
        <p>
          {t("haveAccount")}{" "}
          <Link href={{ pathname: "/sign-in", query: withNext }} className="font-semibold text-brand-strong underline">
            {t("signIn")}
          </Link>
        </p>
        <p className="text-muted">
          {t("participantNote")}{" "}
          <Link href="/join" className="text-brand-strong underline">
            {t("participantLink")}
          </Link>
        </p>
      </div>
    </>
  );
}
