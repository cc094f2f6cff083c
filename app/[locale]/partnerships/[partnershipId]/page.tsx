import type { Metadata } from "next";
import { PartnershipExport } from "@/components/exports/partnership-export";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { z } from "zod";
import { PageHeader } from "@/components/ui/page-header";
import { BalanceTrend } from "@/components/results/balance-trend";
import { SessionCompare } from "@/components/results/session-compare";
import { Link } from "@/i18n/navigation";
import { findPartnershipForCurrentUser, requirePartnershipRole } from "@/lib/server/access";
import { getWorkbook } from "@/lib/data/content";
import { getPartnershipTrend, listPartnershipAgreements } from "@/lib/data/follow-through";
import { pickText } from "@/lib/domain/content/localize";
import { AGREEMENT_STATUSES } from "@/lib/domain/agreements";
import { ZId } from "@/lib/domain/validation";
import { toWorkbookLength } from "@/lib/domain/workbook";
import { MembersSection } from "./members-section";
import { RetentionSection } from "./retention-section";

/** The two sessions to compare, from the GET form (anything else: the last two). */
const ZComparePick = z.object({
  from: z.preprocess((v) => (Array.isArray(v) ? v[0] : v), ZId.optional().catch(undefined)),
  to: z.preprocess((v) => (Array.isArray(v) ? v[0] : v), ZId.optional().catch(undefined)),
});

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/partnerships/[partnershipId]">): Promise<Metadata> {
  const { partnershipId } = await params;
  const found = await findPartnershipForCurrentUser(partnershipId, "partner");
  return { title: found?.partnership.name };
}

/**
 * A partnership: its sessions, what it agreed and how that went, the balance over time
 * and two sessions compared. Coordinators manage it (new sessions, members); partners
 * (invited members) read the same page without any edit controls.
 */
export default async function PartnershipPage({
  params,
  searchParams,
}: PageProps<"/[locale]/partnerships/[partnershipId]">) {
  const { partnershipId } = await params;
  const { user, role, partnership } = await requirePartnershipRole(partnershipId, "partner", `/partnerships/${partnershipId}`);
  const isCoordinator = role === "coordinator";
  const pick = ZComparePick.parse(await searchParams);
  const t = await getTranslations("partnership");
  const ts = await getTranslations("session");
  const tf = await getTranslations("followThrough");
  const format = await getFormatter();
  const locale = await getLocale();
  const [trend, agreements] = await Promise.all([
    getPartnershipTrend(user.id, partnership.id),
    listPartnershipAgreements(user.id, partnership.id),
  ]);
  if (!trend || !agreements) notFound();
  const acts = getWorkbook().acts.map((act) => ({
    id: act.id,
    title: pickText(act.title, locale),
    poleA: pickText(act.poles.a.label, locale),
    poleB: pickText(act.poles.b.label, locale),
  }));
  const overdue = agreements.filter((a) => a.overdue).length;

  return (
    <>
      <PageHeader title={partnership.name} kicker={t("kicker", { region: partnership.region })} />
      <section aria-labelledby="sessions" className="space-y-4">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="sessions" className="text-2xl font-semibold text-brand-strong">
            {t("sessionsTitle")}
          </h2>
          {isCoordinator ? (
            <Link
              href={`/partnerships/${partnership.id}/sessions/new`}
              className="rounded bg-brand px-4 py-2 font-semibold text-white no-underline hover:bg-brand-strong"
            >
              {t("newSession")}
            </Link>
          ) : null}
        </div>
        {partnership.sessions.length === 0 ? (
          <p>{t("noSessions")}</p>
        ) : (
          <ul className="divide-y divide-line rounded border border-line">
            {partnership.sessions.map((s) => (
              <li key={s.id} className="flex flex-wrap items-center justify-between gap-3 p-4">
                <div>
                  {isCoordinator ? (
                    <Link href={`/sessions/${s.id}`} className="font-semibold text-brand-strong underline">
                      {s.title}
                    </Link>
                  ) : (
                    <span className="font-semibold">{s.title}</span>
                  )}
                  <p className="text-sm text-muted">
                    {format.dateTime(s.date, { dateStyle: "long", timeZone: "UTC" })} ·{" "}
                    {ts(`status.${s.status === "closed" ? "closed" : "open"}`)} ·{" "}
                    {ts("participantCount", { count: s._count.participants })} · {ts(`lengths.${toWorkbookLength(s.workbookLength)}`)}
                  </p>
                </div>
                <Link href={`/sessions/${s.id}/results`} className="text-brand-strong underline">
                  {ts("viewResults")}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="agreements" className="mt-12 space-y-3" data-testid="agreements-summary">
        <h2 id="agreements" className="text-2xl font-semibold text-brand-strong">
          {tf("summaryTitle")}
        </h2>
        {agreements.length === 0 ? (
          <p>{tf("noneYet")}</p>
        ) : (
          <>
            <ul className="flex flex-wrap gap-3">
              {AGREEMENT_STATUSES.map((s) => (
                <li key={s} className="rounded border border-line px-3 py-1" data-summary-status={s}>
                  {tf(`status.${s}`)}: <strong>{agreements.filter((a) => a.status === s).length}</strong>
                </li>
              ))}
            </ul>
            {overdue > 0 ? (
              <p className="font-semibold text-warn" data-testid="overdue-count">
                {tf("overdueCount", { count: overdue })}
              </p>
            ) : null}
          </>
        )}
        <p>
          <Link href={`/partnerships/${partnership.id}/agreements`} className="inline-flex min-h-6 items-center font-semibold text-brand-strong underline">
            {tf("toList")}
          </Link>
        </p>
      </section>
      {trend.length > 0 ? <BalanceTrend trend={trend} agreements={agreements} acts={acts} /> : null}
      <SessionCompare partnershipId={partnership.id} trend={trend} agreements={agreements} acts={acts} pick={pick} />
      {isCoordinator ? <MembersSection partnershipId={partnership.id} currentUserId={user.id} /> : null}
      {isCoordinator ? <RetentionSection partnershipId={partnership.id} /> : null}
      {isCoordinator ? <PartnershipExport partnershipId={partnership.id} /> : null}
    </>
  );
}
