import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { BalanceTrendChart, type TTrendRow } from "@/components/charts/BalanceTrendChart";
import type { TPartnershipAgreement, TTrendSession } from "@/lib/data/follow-through";
import { positionWithNumber, type TTranslate } from "@/lib/domain/figure-text";

/**
 * The balance over time, per act: where the partnership stood now and desired in every
 * session, with the balance chosen in each session's agreements, as a chart and as a
 * table (the text alternative). Below a session's anonymity threshold no positions.
 */
export async function BalanceTrend({
  trend,
  agreements,
  acts,
}: {
  trend: TTrendSession[];
  agreements: TPartnershipAgreement[];
  acts: { id: string; title: string; poleA: string; poleB: string }[];
}) {
  const [t, tc, locale, format] = await Promise.all([
    getTranslations("followThrough"),
    getTranslations("charts") as unknown as Promise<TTranslate>,
    getLocale(),
    getFormatter(),
  ]);
  const dateOf = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeZone: "UTC" });

  return (
    <section aria-labelledby="trend" className="mt-12 space-y-6">
      <div className="space-y-2">
        <h2 id="trend" className="text-2xl font-semibold text-brand-strong">
          {t("trend.title")}
        </h2>
        <p className="max-w-3xl text-muted">{t("trend.lead")}</p>
        <ul className="flex flex-wrap gap-x-6 gap-y-1 text-sm" aria-label={t("trend.legend")}>
          <li>
            <span aria-hidden="true">●</span> {t("trend.now")}
          </li>
          <li>
            <span aria-hidden="true">◇</span> {t("trend.desired")}
          </li>
          <li>
            <span aria-hidden="true">□</span> {t("trend.chosen")}
          </li>
        </ul>
      </div>
      {acts.map((act) => {
        const ctx = { t: tc, locale, act };
        const rows = trend.map(({ session, profile }) => {
          const a = profile.acts.find((x) => x.actId === act.id);
          const shown = a && !a.hidden;
          const chosen = agreements.filter((g) => g.session.id === session.id && g.actId === act.id && g.position !== null);
          return {
            session,
            chosenAgreements: chosen,
            row: {
              id: session.id,
              label: dateOf(session.date),
              now: shown && a.now ? a.now.median : null,
              desired: shown && a.desired ? a.desired.median : null,
              chosen: chosen.map((g) => g.position!),
              emptyLabel: t("trend.hidden"),
            } satisfies TTrendRow,
          };
        });
        return (
          <figure key={act.id} className="space-y-3 rounded-lg border border-line p-4" data-trend-act={act.id} aria-labelledby={`trend-${act.id}`}>
            <h3 id={`trend-${act.id}`} className="text-xl font-semibold">
              {act.title}
            </h3>
            <BalanceTrendChart
              rows={rows.map((r) => r.row)}
              poleA={act.poleA}
              poleB={act.poleB}
              ariaLabel={t("trend.chartLabel", { act: act.title, count: rows.length })}
            />
            <details>
              <summary className="cursor-pointer py-1 font-semibold text-brand-strong">{t("trend.table")}</summary>
              <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={t("trend.tableOf", { act: act.title })}>
                <table className="mt-2 w-full border-collapse text-left text-sm">
                  <caption className="sr-only">{t("trend.tableOf", { act: act.title })}</caption>
                  <thead>
                    <tr className="border-b-2 border-line">
                      <th scope="col" className="py-2 pr-4">{t("trend.session")}</th>
                      <th scope="col" className="py-2 pr-4">{t("trend.now")}</th>
                      <th scope="col" className="py-2 pr-4">{t("trend.desired")}</th>
                      <th scope="col" className="py-2">{t("trend.chosen")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map(({ session, row, chosenAgreements }) => (
                      <tr key={session.id} className="border-b border-line align-top">
                        <th scope="row" className="py-2 pr-4 font-medium">
                          {session.title} <span className="block font-normal text-muted">{dateOf(session.date)}</span>
                        </th>
                        <td className="py-2 pr-4">{row.now === null ? t("trend.hidden") : positionWithNumber(ctx, row.now)}</td>
                        <td className="py-2 pr-4">{row.desired === null ? t("trend.hidden") : positionWithNumber(ctx, row.desired)}</td>
                        <td className="py-2">
                          {chosenAgreements.length === 0
                            ? "–"
                            : chosenAgreements.map((g) => (
                                <span key={g.id} className="block">
                                  {positionWithNumber(ctx, g.position!)}
                                </span>
                              ))}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </details>
          </figure>
        );
      })}
    </section>
  );
}
