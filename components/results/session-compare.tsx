import type { ReactNode } from "react";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { SIGNAL_META } from "@/components/charts/SignalBadges";
import type { TPartnershipAgreement, TTrendSession } from "@/lib/data/follow-through";
import { gapWithNumber, positionWithNumber, spreadSentence, type TTranslate } from "@/lib/domain/figure-text";
import type { TActProfile } from "@/lib/domain/scoring";

/**
 * Two sessions side by side, act by act: position now and desired, the gap between
 * them, how far apart the partners are, the signals, and the agreements (those of the
 * first session with their status now, those made in the second). The user picks the
 * sessions in a GET form. Below a session's threshold no positions, only that it is hidden.
 */
export async function SessionCompare({
  partnershipId,
  trend,
  agreements,
  acts,
  pick,
}: {
  partnershipId: string;
  trend: TTrendSession[];
  agreements: TPartnershipAgreement[];
  acts: { id: string; title: string; poleA: string; poleB: string }[];
  /** The chosen sessions' ids (validated against `trend` here). */
  pick: { from?: string; to?: string };
}) {
  const [t, tc, locale, format] = await Promise.all([
    getTranslations("followThrough"),
    getTranslations("charts") as unknown as Promise<TTranslate>,
    getLocale(),
    getFormatter(),
  ]);
  if (trend.length < 2) return null;
  const byId = new Map(trend.map((s) => [s.session.id, s]));
  // Default: the last two sessions.
  const first = byId.get(pick.from ?? "") ?? trend[trend.length - 2]!;
  const second = byId.get(pick.to ?? "") ?? trend[trend.length - 1]!;
  const dateOf = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeZone: "UTC" });
  const option = (s: TTrendSession) => `${s.session.title} · ${dateOf(s.session.date)}`;
  const pair = [first, second] as const;

  return (
    <section aria-labelledby="compare" className="mt-12 space-y-6">
      <div className="space-y-2">
        <h2 id="compare" className="text-2xl font-semibold text-brand-strong">
          {t("compare.title")}
        </h2>
        <p className="max-w-3xl text-muted">{t("compare.lead")}</p>
      </div>
      <form method="get" action={`/${locale}/partnerships/${partnershipId}#compare`} className="flex flex-wrap items-end gap-4 rounded border border-line p-4">
        {(["from", "to"] as const).map((name, i) => (
          <div key={name} className="space-y-1">
            <label htmlFor={`compare-${name}`} className="block font-semibold">
              {t(`compare.${name}`)}
            </label>
            <select
              id={`compare-${name}`}
              name={name}
              defaultValue={(i === 0 ? first : second).session.id}
              className="min-h-11 rounded border border-muted bg-paper px-3 py-2"
            >
              {trend.map((s) => (
                <option key={s.session.id} value={s.session.id}>
                  {option(s)}
                </option>
              ))}
            </select>
          </div>
        ))}
        <button type="submit" className="min-h-11 rounded bg-brand px-5 py-2 font-semibold text-white hover:bg-brand-strong">
          {t("compare.apply")}
        </button>
      </form>

      {acts.map((act) => {
        const ctx = { t: tc, locale, act };
        const profiles = pair.map((s) => s.profile.acts.find((a) => a.actId === act.id) ?? null);
        const hidden = (p: TActProfile | null) => !p || p.hidden || (!p.now && !p.desired);
        const cell = (p: TActProfile | null, render: (p: TActProfile) => string | null) =>
          hidden(p) ? <span className="text-muted">{t("trend.hidden")}</span> : (render(p!) ?? "–");
        const agreementsOf = (s: TTrendSession) => agreements.filter((g) => g.session.id === s.session.id && g.actId === act.id);
        const rows: { key: string; label: string; cells: ReactNode[] }[] = [
          { key: "now", label: t("trend.now"), cells: profiles.map((p) => cell(p, (x) => (x.now ? positionWithNumber(ctx, x.now.median) : null))) },
          { key: "desired", label: t("trend.desired"), cells: profiles.map((p) => cell(p, (x) => (x.desired ? positionWithNumber(ctx, x.desired.median) : null))) },
          { key: "gap", label: t("compare.gap"), cells: profiles.map((p) => cell(p, (x) => (x.gap ? gapWithNumber(ctx, x.gap.median) : null))) },
          { key: "spread", label: t("compare.spread"), cells: profiles.map((p) => cell(p, (x) => spreadSentence(ctx, x))) },
          {
            key: "signals",
            label: t("compare.signals"),
            cells: profiles.map((p) =>
              cell(p, (x) => (x.signals.length === 0 ? t("compare.noSignals") : x.signals.map((s) => tc(`signals.${SIGNAL_META[s].key}.label`)).join(", "))),
            ),
          },
          {
            key: "agreements",
            label: t("compare.agreements"),
            cells: pair.map((s) => {
              const list = agreementsOf(s);
              return list.length === 0 ? (
                <span className="text-muted">{t("compare.noAgreements")}</span>
              ) : (
                <ul className="space-y-1">
                  {list.map((g) => (
                    <li key={g.id}>
                      <span className="whitespace-pre-line">{g.action}</span> <span className="text-muted">({t(`status.${g.status}`)})</span>
                    </li>
                  ))}
                </ul>
              );
            }),
          },
        ];
        return (
          <div key={act.id} className="space-y-2" data-compare-act={act.id}>
            <h3 className="text-xl font-semibold">{act.title}</h3>
            <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={t("compare.tableOf", { act: act.title })}>
              <table className="w-full border-collapse text-left text-sm">
                <caption className="sr-only">{t("compare.tableOf", { act: act.title })}</caption>
                <thead>
                  <tr className="border-b-2 border-line align-bottom">
                    <td className="py-2 pr-4" />
                    {pair.map((s, i) => (
                      <th key={i} scope="col" className="min-w-48 py-2 pr-4">
                        {option(s)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => (
                    <tr key={r.key} className="border-b border-line align-top" data-compare-row={r.key}>
                      <th scope="row" className="py-2 pr-4 font-medium">
                        {r.label}
                      </th>
                      {r.cells.map((c, i) => (
                        <td key={i} className="py-2 pr-4">
                          {c}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        );
      })}
    </section>
  );
}
