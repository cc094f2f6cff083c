import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { getWorkbook } from "@/lib/data/content";
import type { TPartnershipAgreement } from "@/lib/data/follow-through";
import { AGREEMENT_STATUSES } from "@/lib/domain/agreements";
import { pickText } from "@/lib/domain/content/localize";
import { describePosition } from "@/lib/domain/describe-position";
import type { TFormAction } from "@/lib/server/action-result";
import { StatusButtons } from "./status-buttons";

/**
 * Agreements of several sessions, grouped by session: act, what was agreed, chosen
 * balance in words, owner, revisit date (an overdue one says so in words), status and
 * note, and an .ics link for the revisit date. With `statusAction` (coordinators) each
 * has the one-click status buttons.
 */
export async function PartnershipAgreementList({
  agreements,
  statusAction,
  empty,
}: {
  agreements: TPartnershipAgreement[];
  statusAction?: TFormAction | null;
  empty: string;
}) {
  const [t, tp, locale, format] = await Promise.all([
    getTranslations("followThrough"),
    getTranslations("present"),
    getLocale(),
    getFormatter(),
  ]);
  if (agreements.length === 0) return <p>{empty}</p>;
  const acts = new Map(
    getWorkbook().acts.map((a) => [a.id, { title: pickText(a.title, locale), a: pickText(a.poles.a.label, locale), b: pickText(a.poles.b.label, locale) }]),
  );
  const statuses = AGREEMENT_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }));
  const sessions = [...new Map(agreements.map((a) => [a.session.id, a.session])).values()];
  const balance = (a: TPartnershipAgreement) => {
    if (a.position === null) return tp("agreements.noBalance");
    const act = acts.get(a.actId);
    const d = describePosition(a.position);
    if (d.side === null || !act) return tp("balance.middle");
    return tp(`balance.${d.strength}`, { pole: d.side === "a" ? act.a : act.b });
  };

  return (
    <div className="space-y-10" data-partnership-agreements="">
      {sessions.map((s) => (
        <section key={s.id} aria-labelledby={`agreements-session-${s.id}`} className="space-y-4">
          <h2 id={`agreements-session-${s.id}`} className="text-xl font-semibold text-brand-strong">
            {s.title} <span className="font-normal text-muted">· {format.dateTime(s.date, { dateStyle: "long", timeZone: "UTC" })}</span>
          </h2>
          <ul className="space-y-4">
            {agreements
              .filter((a) => a.session.id === s.id)
              .map((a) => (
                <li
                  key={a.id}
                  className={`space-y-3 rounded-lg border-l-8 bg-wash p-4 ${a.overdue ? "border-warn" : "border-brand"}`}
                  data-agreement={a.id}
                  data-status={a.status}
                  data-overdue={a.overdue ? "" : undefined}
                >
                  <p className="text-sm font-semibold text-muted">{acts.get(a.actId)?.title ?? a.actId}</p>
                  <p className="whitespace-pre-line text-lg font-semibold" data-field="action">
                    {a.action}
                  </p>
                  <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
                    <dt className="font-semibold">{t("statusLabel")}</dt>
                    <dd data-field="status">{t(`status.${a.status}`)}</dd>
                    <dt className="font-semibold">{tp("agreements.balance")}</dt>
                    <dd>{balance(a)}</dd>
                    <dt className="font-semibold">{t("ownerLabel")}</dt>
                    <dd>{a.owner ?? t("noOwner")}</dd>
                    <dt className="font-semibold">{tp("agreements.revisitOn")}</dt>
                    <dd data-field="revisitOn">
                      {a.revisitOn ? (
                        <>
                          {format.dateTime(a.revisitOn, { dateStyle: "long", timeZone: "UTC" })}
                          {a.overdue ? <strong className="ml-2 text-warn">{t("overdueLong")}</strong> : null}{" "}
                          <a
                            href={`/api/agreements/${a.id}/ics?lang=${locale}`}
                            className="ml-2 inline-block py-1 text-brand-strong underline"
                            data-ics-link=""
                          >
                            {t("icsLink")}
                            <span className="sr-only">: {a.action}</span>
                          </a>
                        </>
                      ) : (
                        t("noRevisit")
                      )}
                    </dd>
                    {a.note ? (
                      <>
                        <dt className="font-semibold">{t("noteLabel")}</dt>
                        <dd className="whitespace-pre-line">{a.note}</dd>
                      </>
                    ) : null}
                  </dl>
                  {statusAction ? (
                    <StatusButtons
                      action={statusAction}
                      sessionId={a.session.id}
                      agreementId={a.id}
                      current={a.status}
                      statuses={statuses}
                      legend={t("statusOf", { action: a.action })}
                      currentLabel={t("currentStatus")}
                    />
                  ) : null}
                </li>
              ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
