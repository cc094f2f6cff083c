import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { PartnershipImport } from "@/components/exports/partnership-import";
import { Form } from "@/components/ui/form";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/server/access";
import { IMPORT_UPLOAD_ERRORS } from "@/lib/server/partnership-import";
import { createPartnershipAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("partnership");
  return { title: t("newTitle") };
}

/** `?import=<reason>`: the import route sent the browser back with why the file was refused (anything else is ignored). */
const ZSearch = z.object({ import: z.enum(IMPORT_UPLOAD_ERRORS).nullable().catch(null).default(null) });

export default async function NewPartnershipPage({ searchParams }: PageProps<"/[locale]/partnerships/new">) {
  // Whoever creates (or imports) a partnership becomes its coordinator, so this needs an account.
  await requireUser("/partnerships/new");
  const t = await getTranslations("partnership");
  const search = ZSearch.parse(await searchParams);
  return (
    <>
      <PageHeader title={t("newTitle")}>{t("newLead")}</PageHeader>
      <Form
        action={createPartnershipAction}
        submitLabel={t("create")}
        fields={[
          { kind: "text", name: "name", label: t("name"), hint: t("nameHint"), required: true, maxLength: 120 },
          { kind: "text", name: "region", label: t("region"), hint: t("regionHint"), required: true, maxLength: 120 },
        ]}
      />
      <PartnershipImport error={search.import} />
    </>
  );
}
