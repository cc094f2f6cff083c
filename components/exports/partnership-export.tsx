import { getTranslations } from "next-intl/server";
import { MAX_IMPORT_UPLOAD_BYTES } from "@/lib/domain/export-format";

/**
 * The full export of a partnership (docs/export-format.md), for its coordinator, on the
 * partnership page: a download link and how to import it elsewhere. Server component.
 */
export async function PartnershipExport({ partnershipId }: { partnershipId: string }) {
  const t = await getTranslations("exports");
  return (
    <section aria-labelledby="partnership-export" className="mt-12 space-y-3" data-testid="partnership-export">
      <h2 id="partnership-export" className="text-2xl font-semibold text-brand-strong">
        {t("partnershipTitle")}
      </h2>
      <p className="max-w-3xl">{t("partnershipLead")}</p>
      <p>
        <a
          href={`/api/partnerships/${encodeURIComponent(partnershipId)}/export`}
          download
          className="inline-flex min-h-11 items-center rounded border-2 border-brand px-4 py-2 font-semibold text-brand-strong no-underline hover:bg-wash"
        >
          {t("partnershipDownload")}
        </a>
      </p>
      <p className="max-w-3xl text-sm text-muted">{t("partnershipImport", { megabytes: MAX_IMPORT_UPLOAD_BYTES / 1024 / 1024 })}</p>
    </section>
  );
}
