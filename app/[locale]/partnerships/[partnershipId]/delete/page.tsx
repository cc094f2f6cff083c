import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DeletionCounts } from "@/components/ui/deletion-counts";
import { Form } from "@/components/ui/form";
import { PageHeader } from "@/components/ui/page-header";
import { Link } from "@/i18n/navigation";
import { findPartnershipForDeletion } from "@/lib/data/deletion";
import { requirePartnershipRole } from "@/lib/server/access";
import { deletePartnershipAction } from "../deletion-actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("rights.partnership");
  return { title: t("title") };
}

/** The confirmation before a coordinator deletes a whole partnership: every count of what goes. */
export default async function DeletePartnershipPage({ params }: PageProps<"/[locale]/partnerships/[partnershipId]/delete">) {
  const { partnershipId } = await params;
  const { user } = await requirePartnershipRole(partnershipId, "coordinator", `/partnerships/${partnershipId}/delete`);
  const found = await findPartnershipForDeletion(user.id, partnershipId);
  if (!found) notFound();
  const { partnership, counts } = found;
  const t = await getTranslations("rights.partnership");
  return (
    <>
      <PageHeader title={t("title")}>{t("lead", { partnership: partnership.name, region: partnership.region })}</PageHeader>
      <div className="max-w-2xl space-y-4">
        <DeletionCounts counts={counts} />
        <p>{t("after")}</p>
        <Form
          action={deletePartnershipAction}
          submitLabel={t("confirm")}
          fields={[{ kind: "hidden", name: "partnershipId", value: partnership.id }]}
        />
        <p>
          <Link href={`/partnerships/${partnership.id}`} className="font-semibold text-brand-strong underline">
            {t("cancel")}
          </Link>
        </p>
      </div>
    </>
  );
}
