import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { Link } from "@/i18n/navigation";
import { ZId } from "@/lib/domain/validation";
import { requirePartnershipRole } from "@/lib/server/access";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("inviteAccepted");
  return { title: t("title") };
}

/**
 * After accepting an invitation: which partnership, in which role, what that role can do
 * now, and the way on. Only for members of that partnership (others: not found).
 */
export default async function InviteAcceptedPage({ params }: PageProps<"/[locale]/invite/accepted/[partnershipId]">) {
  const id = ZId.safeParse((await params).partnershipId);
  if (!id.success) notFound();
  const { role, partnership } = await requirePartnershipRole(id.data, "partner", `/invite/accepted/${id.data}`);
  const t = await getTranslations("inviteAccepted");
  const tm = await getTranslations("members");

  return (
    <>
      <PageHeader title={t("title")} kicker={partnership.name}>
        {t("lead", { role: tm(`roleNames.${role}`), partnership: partnership.name, region: partnership.region })}
      </PageHeader>
      <section aria-labelledby="now" className="max-w-3xl space-y-4">
        <h2 id="now" className="text-2xl font-semibold text-brand-strong">
          {t("canTitle")}
        </h2>
        <ul className="list-disc space-y-1 pl-5">
          {(role === "coordinator" ? (["coordinator1", "coordinator2", "coordinator3"] as const) : (["partner1", "partner2"] as const)).map(
            (key) => (
              <li key={key}>{t(`can.${key}`)}</li>
            ),
          )}
        </ul>
        {/* Partners read the partnership page too (its agreements and balance over time). */}
        <Link
          href={`/partnerships/${partnership.id}`}
          className="inline-flex min-h-11 items-center rounded bg-brand px-5 py-2.5 font-semibold text-white no-underline hover:bg-brand-strong"
          data-testid="accepted-onward"
        >
          {t("onward", { partnership: partnership.name })}
        </Link>
      </section>
    </>
  );
}
