import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { positionWithNumber, type TTranslate } from "@/lib/domain/figure-text";
import { Link } from "@/i18n/navigation";
import type { TSessionProfile } from "@/lib/domain/scoring";
import type { TWorkbookLength } from "@/lib/domain/workbook";

/**
 * How the balance moved: per act, where the partners stood (now and desired, middle
 * value in words) in this session and the ones before it, and which sessions used the
 * short workbook (same axes, fewer statements). Server component; a table, so it reads
 * well with a screen reader and in print.
 */
export async function BalanceHistory({
  history,
  acts,
  currentSessionId,
}: {
  history: { session: { id: string; title: string; date: Date; workbookLength: TWorkbookLength }; profile: TSessionProfile }[];
  acts: { id: string; title: string; poleA: string; poleB: string }[];
  currentSessionId: string;
}) {
  const t = await getTranslations("results");
  const tc = (await getTranslations("charts")) as unknown as TTranslate;
  const locale = await getLocale();
  const format = await getFormatter();

  return (
    <section aria-labelledby="history" className="space-y-3">
      <h2 id="history" className="text-2xl font-semibold text-brand-strong">
        {t("historyTitle")}
      </h2>
      <p className="max-w-3xl text-muted">{t("historyLead")}</p>
      {history.some(({ session }) => session.workbookLength === "short") && (
        <p className="max-w-3xl text-muted">{t("historyLengthLead")}</p>
      )}
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-labelledby="history">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">{t("historyTitle")}</caption>
          <thead>
            <tr className="border-b-2 border-line align-bottom">
              <th scope="col" className="py-2 pr-4">
                {t("historyAct")}
              </th>
              {history.map(({ session }) => (
                <th key={session.id} scope="col" className="min-w-48 py-2 pr-4">
                  {session.id === currentSessionId ? (
                    <>
                      {session.title} <span className="font-normal text-muted">({t("historyThis")})</span>
                    </>
                  ) : (
                    <Link href={`/sessions/${session.id}/results`} className="text-brand-strong underline">
                      {session.title}
                    </Link>
                  )}
                  <span className="block font-normal text-muted">
                    {format.dateTime(session.date, { dateStyle: "medium", timeZone: "UTC" })}
                    {session.workbookLength === "short" && <> · {t("historyShort")}</>}
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {acts.map((act) => {
              const ctx = { t: tc, locale, act };
              return (
                <tr key={act.id} className="border-b border-line align-top">
                  <th scope="row" className="py-2 pr-4 font-medium">
                    {act.title}
                  </th>
                  {history.map(({ session, profile }) => {
                    const a = profile.acts.find((x) => x.actId === act.id);
                    return (
                      <td key={session.id} className="py-2 pr-4">
                        {!a || a.hidden || (!a.now && !a.desired) ? (
                          <span className="text-muted">{t("historyHidden")}</span>
                        ) : (
                          <>
                            <span className="block">
                              {tc("lanes.now")}: {a.now ? positionWithNumber(ctx, a.now.median) : "–"}
                            </span>
                            <span className="block">
                              {tc("lanes.desired")}: {a.desired ? positionWithNumber(ctx, a.desired.median) : "–"}
                            </span>
                          </>
                        )}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
