import { getLocale, getTranslations } from "next-intl/server";
import { canMakePdf } from "@/lib/server/report-pdf";

const ITEM = "block min-h-11 rounded px-3 py-2 text-ink no-underline hover:bg-[var(--present-surface)] focus-visible:outline-3 focus-visible:outline-focus";

/**
 * The report and the exports from the presentation's toolbar (issue 12: also during the
 * meeting): a disclosure that opens upwards, so the slide keeps its size. The report page
 * opens in a new tab, the files download. Exports for the coordinator only. Server component.
 */
export async function PresentDownloads({ sessionId, isCoordinator }: { sessionId: string; isCoordinator: boolean }) {
  const t = await getTranslations("exports");
  const locale = await getLocale();
  const pdf = await canMakePdf();
  const api = `/api/sessions/${encodeURIComponent(sessionId)}`;
  const lang = `lang=${locale}`;
  return (
    <details className="relative shrink-0" data-testid="present-downloads">
      <summary className="cursor-pointer list-none rounded border-2 border-line px-3 py-1 font-semibold">{t("toolbarLabel")}</summary>
      <ul className="absolute right-0 bottom-full z-20 mb-2 w-max max-w-[32rem] space-y-1 rounded-lg border-2 border-line bg-paper p-2 text-xl whitespace-normal shadow-lg">
        <li>
          <a href={`/${locale}/sessions/${encodeURIComponent(sessionId)}/report`} target="_blank" rel="noopener" className={ITEM}>
            {t("report")}
          </a>
        </li>
        {pdf && (
          <li>
            <a href={`${api}/report/pdf?${lang}`} className={ITEM} download>
              {t("pdf")}
            </a>
          </li>
        )}
        {isCoordinator && (
          <>
            <li>
              <a href={`${api}/export?format=xlsx&${lang}`} className={ITEM} download>
                {t("xlsx")}
              </a>
            </li>
            <li>
              <a href={`${api}/export?format=csv&table=profile&${lang}`} className={ITEM} download>
                {t("csvProfile")}
              </a>
            </li>
            <li>
              <a href={`${api}/export?format=csv&table=answers&${lang}`} className={ITEM} download>
                {t("csvAnswers")}
              </a>
            </li>
          </>
        )}
      </ul>
    </details>
  );
}
