import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { canMakePdf } from "@/lib/server/report-pdf";

const BUTTON =
  "inline-flex min-h-11 items-center rounded border-2 border-brand px-4 py-2 font-semibold text-brand-strong no-underline hover:bg-wash focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-focus";

/**
 * The report and the downloads of a session (issue 12): the report page and its PDF for
 * every member; the CSV and Excel exports for the coordinator only. Where this server has
 * no browser to make PDFs, it says how to print the report page instead. Server component.
 */
export async function ReportDownloads({
  sessionId,
  isCoordinator,
  place,
}: {
  sessionId: string;
  isCoordinator: boolean;
  /** "results": with a link to the report; "report": on the report itself; "present": compact, in the presentation. */
  place: "results" | "report" | "present";
}) {
  const t = await getTranslations("exports");
  const locale = await getLocale();
  const pdf = await canMakePdf();
  const api = `/api/sessions/${encodeURIComponent(sessionId)}`;
  const lang = `lang=${locale}`;
  return (
    <section aria-labelledby={`downloads-${place}`} className="space-y-3" data-testid="report-downloads">
      <h2 id={`downloads-${place}`} className={place === "present" ? "text-lg font-semibold" : "text-xl font-semibold text-brand-strong"}>
        {t("heading")}
      </h2>
      {place !== "present" && <p className="max-w-3xl text-muted">{t("lead")}</p>}
      <ul className="flex flex-wrap gap-3">
        {place !== "report" && (
          <li>
            <Link href={`/sessions/${sessionId}/report`} className={BUTTON}>
              {t("report")}
            </Link>
          </li>
        )}
        {pdf && (
          <li>
            <a href={`${api}/report/pdf?${lang}`} className={BUTTON} download>
              {t("pdf")}
            </a>
          </li>
        )}
        {isCoordinator && (
          <>
            <li>
              <a href={`${api}/export?format=xlsx&${lang}`} className={BUTTON} download>
                {t("xlsx")}
              </a>
            </li>
            <li>
              <a href={`${api}/export?format=csv&table=profile&${lang}`} className={BUTTON} download>
                {t("csvProfile")}
              </a>
            </li>
            <li>
              <a href={`${api}/export?format=csv&table=answers&${lang}`} className={BUTTON} download>
                {t("csvAnswers")}
              </a>
            </li>
          </>
        )}
      </ul>
      {!pdf && <p className="max-w-3xl">{t("noBrowser")}</p>}
      {isCoordinator && place !== "present" && <p className="max-w-3xl text-sm text-muted">{t("anonymity")}</p>}
    </section>
  );
}
