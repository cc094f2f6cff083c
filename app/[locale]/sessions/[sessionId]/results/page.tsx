import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { BalanceBoardFigure } from "@/components/charts/BalanceBoardFigure";
import { ghostPositions } from "@/components/charts/ghost";
import { AgreementsList } from "@/components/present/agreements-list";
import { LastTimeReview } from "@/components/agreements/last-time-review";
import { ReportDownloads } from "@/components/exports/report-downloads";
import { BalanceHistory } from "@/components/results/balance-history";
import { ActSections } from "@/components/results/act-sections";
import { OutcomeSummaries } from "@/components/results/outcome-summaries";
import { PolarityMaps } from "@/components/results/polarity-maps";
import { PageHeader } from "@/components/ui/page-header";
import { Link } from "@/i18n/navigation";
import { requireSessionRole } from "@/lib/server/access";
import { getWorkbook } from "@/lib/data/content";
import { pickText } from "@/lib/domain/content/localize";
import { getSessionResults, HISTORY_LENGTH } from "@/lib/data/results";
import { setAgreementStatusAction } from "@/app/[locale]/sessions/[sessionId]/present/actions";
import { RetentionNotice } from "@/components/results/retention-notice";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("results");
  return { title: t("title") };
}

export default async function ResultsPage({ params }: PageProps<"/[locale]/sessions/[sessionId]/results">) {
  const { sessionId } = await params;
  // Results are for the partnership's members: coordinators and partners.
  const { role, session } = await requireSessionRole(sessionId, "partner", `/sessions/${sessionId}/results`);
  const t = await getTranslations("results");
  const tp = await getTranslations("present");
  const format = await getFormatter();
  const locale = await getLocale();
  const workbook = getWorkbook();
  const { profile, summaries, previous, history, workbookLength } = await getSessionResults(session, { historyLength: HISTORY_LENGTH });

  const actTexts = workbook.acts.map((act) => ({
    id: act.id,
    title: pickText(act.title, locale),
    poleA: pickText(act.poles.a.label, locale),
    poleB: pickText(act.poles.b.label, locale),
  }));
  const roleLabels = Object.fromEntries(workbook.roles.map((r) => [r.id, pickText(r.label, locale)]));
  const ghostLabel = previous
    ? t("ghostLabel", {
        title: previous.session.title,
        date: format.dateTime(previous.session.date, { dateStyle: "medium", timeZone: "UTC" }),
      })
    : undefined;
  const titleOf = (actId: string) => actTexts.find((a) => a.id === actId)?.title ?? actId;

  return (
    <>
      <PageHeader
        title={t("title")}
        kicker={
          <>
            <Link href={`/partnerships/${session.partnership.id}`} className="underline">
              {session.partnership.name}
            </Link>{" "}
            · {session.title} · {format.dateTime(session.date, { dateStyle: "long", timeZone: "UTC" })}
          </>
        }
      >
        {t("lead", { count: profile.respondents })}
      </PageHeader>

      <p className="mb-4">
        <Link
          href={`/sessions/${session.id}/present`}
          className="inline-block rounded bg-brand px-4 py-2 font-semibold text-white no-underline hover:bg-brand-strong"
        >
          {tp("open")}
        </Link>
      </p>

      <div className="mb-8">
        <ReportDownloads sessionId={session.id} isCoordinator={role === "coordinator"} place="results" />
      </div>

      <p className="mb-4 max-w-3xl rounded border-l-4 border-brand bg-wash p-4">{t("notAScore")}</p>
      <p className="mb-8 max-w-3xl" data-testid="workbook-length">
        {t("length", { length: workbookLength })}
      </p>

      {/* The next session starts where the last one ended (coordinators update statuses here). */}
      <div className="mb-10">
        <LastTimeReview
          sessionId={session.id}
          thisProfile={profile}
          lastProfile={previous?.profile ?? null}
          statusAction={role === "coordinator" ? setAgreementStatusAction : null}
        />
      </div>
      <RetentionNotice sessionId={session.id} />

      <section aria-labelledby="discuss" className="mb-10 space-y-3">
        <h2 id="discuss" className="text-2xl font-semibold text-brand-strong">
          {t("discussTitle")}
        </h2>
        {profile.discussFirst.length === 0 ? (
          <p>{profile.respondents < profile.anonymityThreshold ? t("tooFew", { threshold: profile.anonymityThreshold }) : t("nothingToDiscuss")}</p>
        ) : (
          <>
            <p>{t("discussLead")}</p>
            <ol className="list-decimal space-y-1 pl-6 text-lg">
              {profile.discussFirst.map((actId) => (
                <li key={actId}>
                  <a href={`#act-${actId}`} className="text-brand-strong underline">
                    {titleOf(actId)}
                  </a>
                </li>
              ))}
            </ol>
          </>
        )}
      </section>

      <section aria-labelledby="board" className="mb-12 space-y-3">
        <h2 id="board" className="text-2xl font-semibold text-brand-strong">
          {t("boardTitle")}
        </h2>
        {previous && <p className="text-muted">{t("ghostLead", { label: ghostLabel ?? "" })}</p>}
        <BalanceBoardFigure
          profile={profile}
          acts={actTexts}
          ghost={previous ? { label: ghostLabel, acts: ghostPositions(previous.profile) } : null}
          table="collapsed"
        />
      </section>

      <ActSections profile={profile} previous={previous?.profile} acts={actTexts} roleLabels={roleLabels} ghostLabel={ghostLabel} place="results" />

      <section aria-labelledby="agreements" className="mt-12 space-y-3">
        <h2 id="agreements" className="text-2xl font-semibold text-brand-strong">
          {tp("slides.agreements")}
        </h2>
        <p>{tp("agreements.resultsLead")}</p>
        <AgreementsList sessionId={session.id} />
      </section>

      <div className="mt-12">
        <PolarityMaps sessionId={session.id} />
      </div>

      {history.length > 1 && (
        <div className="mt-14">
          <BalanceHistory history={history} acts={actTexts} currentSessionId={session.id} />
        </div>
      )}

      <div className="mt-14">
        <OutcomeSummaries summaries={summaries} workbook={workbook} anonymityThreshold={profile.anonymityThreshold} />
      </div>
    </>
  );
}
