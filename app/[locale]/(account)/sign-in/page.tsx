import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { Form } from "@/components/ui/form";
import { Link } from "@/i18n/navigation";
import { DEMO_ACCOUNT } from "@/lib/domain/demo";
import { showDemoAccount } from "@/lib/data/demo-account";
import { signInAction } from "../actions";
import { firstParam, returnPathOrRedirect } from "../search-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("signInTitle") };
}

export default async function SignInPage({ searchParams }: PageProps<"/[locale]/sign-in">) {
  const params = await searchParams;
  const next = await returnPathOrRedirect(params);
  const t = await getTranslations("auth");
  const withNext = next ? { next } : undefined;

  return (
    <>
      <PageHeader title={t("signInTitle")}>{t("signInLead")}</PageHeader>
      <div className="max-w-xl space-y-6">
        {next && <p className="rounded border border-line bg-wash p-3">{t("signInToContinue")}</p>}
        {(await showDemoAccount()) && (
          <p className="rounded border border-line bg-wash p-3" data-testid="demo-hint">
            {t("demoHint", { email: DEMO_ACCOUNT.email, password: DEMO_ACCOUNT.password })}
          </p>
        )}
        {firstParam(params.reset) === "1" && (
          <p role="status" className="rounded border border-ok p-3 text-ok">
            {t("passwordChanged")}
          </p>
        )}
        <Form
          action={signInAction}
          submitLabel={t("signIn")}
          fields={[
            ...(next ? [{ kind: "hidden" as const, name: "next", value: next }] : []),
            { kind: "email", name: "email", label: t("email"), required: true, autoComplete: "email", maxLength: 254, autoCapitalize: "off" },
            { kind: "password", name: "password", label: t("password"), required: true, autoComplete: "current-password", maxLength: 128 },
          ]}
        />
        <p>
          <Link href="/forgot-password" className="inline-flex min-h-6 items-center text-brand-strong underline">
            {t("forgotPassword")}
          </Link>
        </p>
        <p>
          {t("noAccount")}{" "}
          <Link href={{ pathname: "/sign-up", query: withNext }} className="font-semibold text-brand-strong underline">
            {t("signUp")}
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
