import { getLocale, getTranslations } from "next-intl/server";
import { ErrorSummary } from "@/components/ui/error-summary";
import { MAX_IMPORT_UPLOAD_BYTES } from "@/lib/domain/export-format";
import type { TImportUploadError } from "@/lib/server/partnership-import";

/**
 * Importing a partnership export (docs/export-format.md) on the new-partnership page: a
 * plain form with one file field, posted to app/api/partnerships/import (a route, not a
 * server action: exports are often larger than an action may be; decision 029). It works
 * without JavaScript; the route sends the browser to the new partnership, or back here with
 * the reason (`error`) and the fragment `#import-errors`: the browser opens the page at the
 * error summary, which takes the focus, announces the reason and links to the field.
 */
export async function PartnershipImport({ error }: { error: TImportUploadError | null }) {
  const [t, locale] = await Promise.all([getTranslations("partnershipImport"), getLocale()]);
  const megabytes = MAX_IMPORT_UPLOAD_BYTES / 1024 / 1024;
  const message = error ? t(`error.${error}`, { megabytes }) : null;
  return (
    <section id="import" aria-labelledby="import-title" className="mt-14 max-w-3xl space-y-4 border-t border-line pt-8" data-testid="partnership-import">
      <h2 id="import-title" className="text-2xl font-semibold text-brand-strong">
        {t("title")}
      </h2>
      <p>{t("lead")}</p>
      <p className="text-muted">{t("moves")}</p>
      <form method="post" action={`/api/partnerships/import?lang=${locale}`} encType="multipart/form-data" className="space-y-5" noValidate>
        {message ? (
          <ErrorSummary id="import-errors" message={t("errorTitle")} fieldErrors={[{ fieldId: "import-file", label: t("file"), error: message }]} shownAt={error} />
        ) : null}
        <div className="space-y-1">
          <label htmlFor="import-file" className="block font-semibold">
            {t("file")}
          </label>
          <p id="import-file-hint" className="text-sm text-muted">
            {t("fileHint", { megabytes })}
          </p>
          {message ? (
            <p id="import-file-error" className="text-sm font-semibold text-error">
              {message}
            </p>
          ) : null}
          <input
            id="import-file"
            name="file"
            type="file"
            accept=".json,application/json"
            aria-required
            aria-invalid={message ? true : undefined}
            aria-describedby={message ? "import-file-hint import-file-error" : "import-file-hint"}
            className="block w-full max-w-md rounded border border-muted bg-paper px-3 py-2 file:mr-3 file:min-h-8 file:rounded file:border-0 file:bg-wash file:px-3 file:font-semibold aria-invalid:border-2 aria-invalid:border-error"
          />
        </div>
        <button type="submit" className="rounded bg-brand px-5 py-2.5 font-semibold text-white hover:bg-brand-strong">
          {t("submit")}
        </button>
      </form>
    </section>
  );
}
