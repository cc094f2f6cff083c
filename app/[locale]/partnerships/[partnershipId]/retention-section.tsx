import { getTranslations } from "next-intl/server";
import { Form } from "@/components/ui/form";
import { Link } from "@/i18n/navigation";
import { getRetentionMonths } from "@/lib/data/retention";
import { MAX_RETENTION_MONTHS } from "@/lib/domain/retention";
import { setRetentionAction } from "./deletion-actions";

/**
 * The coordinator's part of the partnership page for issue 14: how long raw answers are
 * kept (with its form), and the way to delete the whole partnership.
 */
export async function RetentionSection({ partnershipId }: { partnershipId: string }) {
  const retentionMonths = await getRetentionMonths(partnershipId);
  const t = await getTranslations("rights.retention");
  const td = await getTranslations("rights.partnership");
  return (
    <>
      <section aria-labelledby="retention" className="mt-10 space-y-3">
        <h2 id="retention" className="text-xl font-semibold text-brand-strong">
          {t("title")}
        </h2>
        <p className="max-w-3xl" data-testid="retention-lead">
          {t("lead", { months: retentionMonths })}
        </p>
        <Form
          action={setRetentionAction}
          submitLabel={t("save")}
          fields={[
            { kind: "hidden", name: "partnershipId", value: partnershipId },
            {
              kind: "text",
              name: "retentionMonths",
              label: t("label"),
              hint: t("hint"),
              required: true,
              defaultValue: String(retentionMonths),
              inputMode: "numeric",
              maxLength: String(MAX_RETENTION_MONTHS).length,
            },
          ]}
        />
      </section>
      <section aria-labelledby="delete-partnership" className="mt-10 space-y-3">
        <h2 id="delete-partnership" className="text-xl font-semibold text-brand-strong">
          {td("sectionTitle")}
        </h2>
        <p className="max-w-3xl">{td("sectionLead")}</p>
        <p>
          <Link
            href={`/partnerships/${partnershipId}/delete`}
            className="inline-flex min-h-11 items-center rounded border-2 border-brand-strong px-5 font-semibold text-brand-strong no-underline"
          >
            {td("link")}
          </Link>
        </p>
      </section>
    </>
  );
}
