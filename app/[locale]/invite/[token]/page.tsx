import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { Form } from "@/components/ui/form";
import { Link } from "@/i18n/navigation";
import { getCurrentUser } from "@/lib/server/access";
import { findInvite } from "@/lib/data/invites";
import { getMembershipRole, roleSatisfies } from "@/lib/data/memberships";
import { acceptInviteAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("members.invite");
  return { title: t("title") };
}

/**
 * An invitation link. Signed-in users confirm to become a member; others sign in or
 * create an account first and come back here.
 */
export default async function InvitePage({ params }: PageProps<"/[locale]/invite/[token]">) {
  const { token } = await params;
  const t = await getTranslations("members.invite");
  const tm = await getTranslations("members");
  const invite = await findInvite(token);
  const user = await getCurrentUser();

  if (invite.status !== "valid") {
    return (
      <>
        <PageHeader title={t("title")}>{t(invite.status)}</PageHeader>
        <Link href="/" className="font-semibold text-brand-strong underline">
          {t("home")}
        </Link>
      </>
    );
  }

  const { partnership, role } = invite;
  const lead = t("lead", { role: tm(`roleNames.${role}`), partnership: partnership.name, region: partnership.region });
  const returnTo = { next: `/invite/${token}` };

  if (!user) {
    return (
      <>
        <PageHeader title={t("title")}>{lead}</PageHeader>
        <div className="max-w-xl space-y-4">
          <p>{t("signInFirst")}</p>
          <div className="flex flex-wrap gap-3">
            <Link
              href={{ pathname: "/sign-in", query: returnTo }}
              className="rounded bg-brand px-5 py-2.5 font-semibold text-white no-underline hover:bg-brand-strong"
            >
              {t("signIn")}
            </Link>
            <Link
              href={{ pathname: "/sign-up", query: returnTo }}
              className="rounded border-2 border-brand px-5 py-2 font-semibold text-brand-strong no-underline hover:bg-wash"
            >
              {t("signUp")}
            </Link>
          </div>
        </div>
      </>
    );
  }

  const current = await getMembershipRole(user.id, partnership.id);
  if (roleSatisfies(current, role)) {
    return (
      <>
        <PageHeader title={t("title")}>{t("alreadyMember", { partnership: partnership.name })}</PageHeader>
        <Link
          href={current === "coordinator" ? `/partnerships/${partnership.id}` : "/"}
          className="font-semibold text-brand-strong underline"
        >
          {current === "coordinator" ? partnership.name : t("home")}
        </Link>
      </>
    );
  }

  return (
    <>
      <PageHeader title={t("title")}>{lead}</PageHeader>
      <div className="max-w-xl space-y-4">
        <p className="text-muted">{tm(`roleDescriptions.${role}`)}</p>
        <Form
          action={acceptInviteAction}
          submitLabel={t("accept")}
          fields={[{ kind: "hidden", name: "token", value: token }]}
        />
      </div>
    </>
  );
}
