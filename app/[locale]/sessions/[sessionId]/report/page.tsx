import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { BalanceBoardFigure } from "@/components/charts/BalanceBoardFigure";
import { SignalBadges } from "@/components/charts/SignalBadges";
import { ghostPositions } from "@/components/charts/ghost";
import { ReportDownloads } from "@/components/exports/report-downloads";
import { AgreementsList } from "@/components/present/agreements-list";
import { ReportParticipation } from "@/components/report/report-participation";
import { ActSections } from "@/components/results/act-sections";
import { BalanceHistory } from "@/components/results/balance-history";
import { PolarityMaps } from "@/components/results/polarity-maps";
import { Link } from "@/i18n/navigation";
import { findSessionForCurrentUser, requireSessionRole } from "@/lib/server/access";
import { getWorkbook } from "@/lib/data/content";
import { getSessionResults, HISTORY_LENGTH } from "@/lib/data/results";
import { pickText } from "@/lib/domain/content/localize";
import "@/components/report/report.css";

/**
 * The session report for the board meeting (issue 12): server-rendered, for the
 * partnership's coordinators and partners, laid out for A4 by components/report/report.css.
 * The PDF download prints this very page (app/api/sessions/[sessionId]/report/pdf).
 * Its title is the PDF's title, its headings the PDF's bookmarks (one per act).
 */
export async function generateMetadata({ params }: PageProps<"/[locale]/sessions/[sessionId]/report">): Promise<Metadata> {
  const { sessionId } = await params;
  const t = await getTranslations("report");
  const found = await findSessionForCurrentUser(sessionId, "partner");
  return { title: found ? t("metaTitle", { title: `${found.session.title} · ${found.session.partnership.name}` }) : t("title") };
}

export default async function ReportPage({ params }: PageProps<"/[locale]/sessions/[sessionId]/report">) {
  const { sessionId } = await params;
  const { session, role } = await requireSessionRole(sessionId, "partner", `/sessions/${sessionId}/report`);
  const t = await getTranslations("report");
  const tr = await getTranslations("results");
  const format = await getFormatter();
  const locale = await getLocale();
  const workbook = getWorkbook();
  const { profile, participants, previous, history } = await getSessionResults(session, { historyLength: HISTORY_LENGTH });

  const actTexts = workbook.acts.map((act) => ({
    id: act.id,
    title: pickText(act.title, locale),
    poleA: pickText(act.poles.a.label, locale),
    poleB: pickText(act.poles.b.label, locale),
  }));
  const roles = workbook.roles.map((r) => ({ id: r.id, label: pickText(r.label, locale) }));
  const roleLabels = Object.fromEntries(roles.map((r) => [r.id, r.label]));
  const date = (d: Date, style: "long" | "medium") => format.dateTime(d, { dateStyle: style, timeZone: "UTC" });
  const ghostLabel = previous ? tr("ghostLabel", { title: previous.session.title, date: date(previous.session.date, "medium") }) : undefined;
  const actById = new Map(profile.acts.map((a) => [a.actId, a]));
  const titleOf = (actId: string) => actTexts.find((a) => a.id === actId)?.title ?? actId;

  return (
    <article className="report space-y-10">
      <header className="report-keep space-y-4">
        <h1 className="text-3xl font-bold tracking-tight text-brand-strong">
          {t("title")}: {session.title}
        </h1>
        <dl className="grid max-w-2xl grid-cols-[auto_1fr] gap-x-6 gap-y-1">
          <dt className="font-semibold">{t("partnership")}</dt>
          <dd>
            {session.partnership.name} ({session.partnership.region})
          </dd>
          <dt className="font-semibold">{t("session")}</dt>
          <dd>{session.title}</dd>
          <dt className="font-semibold">{t("date")}</dt>
          <dd>{date(session.date, "long")}</dd>
        </dl>
        <p className="max-w-3xl">{t("lead")}</p>
        <p className="max-w-3xl rounded border-l-4 border-brand bg-wash p-3">{tr("notAScore")}</p>
        <ReportParticipation
          participants={participants}
          respondents={profile.respondents}
          threshold={profile.anonymityThreshold}
          roles={roles}
        />
        <div className="report-screen-only space-y-3">
          <ReportDownloads sessionId={session.id} isCoordinator={role === "coordinator"} place="report" />
          <p>
            <Link href={`/sessions/${session.id}/results`} className="text-brand-strong underline">
              {t("backToResults")}
            </Link>
          </p>
        </div>
      </header>

      <section aria-labelledby="board" className="report-keep space-y-3">
        <h2 id="board" className="text-2xl font-semibold text-brand-strong">
          {tr("boardTitle")}
        </h2>
        {previous && <p className="text-muted">{tr("ghostLead", { label: ghostLabel ?? "" })}</p>}
        <BalanceBoardFigure
          profile={profile}
          acts={actTexts}
          ghost={previous ? { label: ghostLabel, acts: ghostPositions(previous.profile) } : null}
          table="open"
        />
      </section>

      <section aria-labelledby="discuss" className="report-keep space-y-3">
        <h2 id="discuss" className="text-2xl font-semibold text-brand-strong">
          {t("discussTitle")}
        </h2>
        {profile.discussFirst.length === 0 ? (
          <p>
            {profile.respondents < profile.anonymityThreshold
              ? tr("tooFew", { threshold: profile.anonymityThreshold })
              : tr("nothingToDiscuss")}
          </p>
        ) : (
          <>
            <p>{tr("discussLead")}</p>
            <ol className="list-decimal space-y-3 pl-6">
              {profile.discussFirst.map((actId) => (
                <li key={actId}>
                  <span className="text-lg font-semibold">{titleOf(actId)}</span>
                  <SignalBadges signals={actById.get(actId)?.signals ?? []} heading="none" className="mt-1" />
                </li>
              ))}
            </ol>
          </>
        )}
      </section>

      <ActSections profile={profile} previous={previous?.profile} acts={actTexts} roleLabels={roleLabels} ghostLabel={ghostLabel} place="report" />

      <PolarityMaps sessionId={session.id} whenEmpty="hide" className="report-section" />

      <section aria-labelledby="agreements" className="report-section space-y-3">
        <h2 id="agreements" className="text-2xl font-semibold text-brand-strong">
          {t("agreementsTitle")}
        </h2>
        <AgreementsList sessionId={session.id} />
      </section>

      {history.length > 1 ? (
        <div className="report-keep">
          <BalanceHistory history={history} acts={actTexts} currentSessionId={session.id} />
        </div>
      ) : (
        <section aria-labelledby="compare" className="report-keep space-y-3">
          <h2 id="compare" className="text-2xl font-semibold text-brand-strong">
            {t("compareTitle")}
          </h2>
          <p>{t("noPrevious")}</p>
        </section>
      )}

      <p className="text-sm text-muted">{t("made", { date: date(new Date(), "long") })}</p>
    </article>
  );
}
