import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { Form } from "@/components/ui/form";
import { Link } from "@/i18n/navigation";
import { getCurrentUser } from "@/lib/server/access";
import { signOutAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("signOutTitle") };
}

export default async function SignOutPage() {
  const user = await getCurrentUser();
  const t = await getTranslations("auth");
  return (
    <>
      <PageHeader title={t("signOutTitle")}>
        {user ? t("signOutLead", { name: user.name, email: user.email }) : t("notSignedIn")}
      </PageHeader>
      {user ? (
        <Form
          action={signOutAction}
          submitLabel={t("signOut")}
          fields={[]}
        />
      ) : (
        <Link href="/sign-in" className="font-semibold text-brand-strong underline">
          {t("signIn")}
        </Link>
      )}
    </>
  );
}
