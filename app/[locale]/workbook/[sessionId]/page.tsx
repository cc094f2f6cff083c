import type { Metadata } from "next";
import { CopyButton } from "@/components/ui/copy-button";
import { estimateStepMinutes, estimateWorkbookMinutes } from "@/lib/domain/duration";
import { getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { ProgressBar } from "@/components/ui/progress-bar";
import { Link } from "@/i18n/navigation";
import { getWorkbook } from "@/lib/data/content";
import { pickText } from "@/lib/domain/content/localize";
import { getRequestOrigin } from "@/lib/platform/origin";
import { computeOverallProgress } from "@/lib/domain/workbook";
import { requireWorkbookParticipant } from "@/lib/server/workbook-session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("workbook");
  return { title: t("title") };
}

export default async function WorkbookPage({ params }: PageProps<"/[locale]/workbook/[sessionId]">) {
  const { sessionId } = await params;
  const { session, participant, answers, length } = await requireWorkbookParticipant(sessionId);
  const t = await getTranslations("workbook");
  const ta = await getTranslations("app");
  const tr = await getTranslations("rights.answers");
  const locale = await getLocale();
  const workbook = getWorkbook();
  const { steps, overall } = computeOverallProgress(workbook, answers, length);
  const stepMinutes = estimateStepMinutes(workbook, length);
  const totalMinutes = estimateWorkbookMinutes(workbook, length);
  const resumeUrl = `${await getRequestOrigin()}/resume/${participant.token}?locale=${locale}`;

  return (
    <>
      <PageHeader title={t("title")} kicker={`${session.partnership.name} · ${session.title}`}>
        {t("lead")} {t("duration", { minutes: totalMinutes })}
      </PageHeader>
      {length === "short" && (
        <p className="mb-6 max-w-3xl rounded border-l-4 border-brand bg-wash p-4" data-testid="workbook-length">
          {t("shortNotice")}
        </p>
      )}
      {session.status !== "open" && (
        <p role="status" className="mb-6 rounded border-2 border-warn p-4 font-semibold text-warn">
          {t("closedNotice")}
        </p>
      )}
      {session.status === "open" && overall.total > 0 && overall.answered >= overall.total && (
        <p role="status" className="mb-6 rounded border-2 border-ok p-4 font-semibold text-ok">
          {t("allDone")}
        </p>
      )}
      <ProgressBar
        value={overall.answered}
        max={overall.total}
        label={t("overallProgress", { answered: overall.answered, total: overall.total })}
      />
      <ol className="mt-8 space-y-3">
        {steps.map(({ step, progress }, i) => {
          const title =
            step.kind === "act" ? pickText(step.act.title, locale) : t(`steps.${step.kind}`);
          const state =
            progress.answered === 0 ? "notStarted" : progress.answered >= progress.total ? "done" : "inProgress";
          return (
            <li key={step.id} className="flex flex-wrap items-center justify-between gap-3 rounded border border-line p-4">
              <div>
                <p className="text-sm text-muted">{t("stepNumber", { number: i + 1, total: steps.length })}</p>
                <Link href={`/workbook/${session.id}/${step.id}`} className="text-lg font-semibold text-brand-strong underline">
                  {title}
                </Link>
              </div>
              <p className="text-sm">
                {t(`stepState.${state}`)} · {t("stepProgress", { answered: progress.answered, total: progress.total })} ·{" "}
                {t("stepDuration", { minutes: stepMinutes.get(step.id) ?? 1 })}
              </p>
            </li>
          );
        })}
      </ol>

      <section aria-labelledby="resume" className="mt-10 space-y-2 rounded border border-line bg-wash p-5">
        <h2 id="resume" className="text-xl font-semibold text-brand-strong">
          {t("resumeTitle")}
        </h2>
        <p>{t("resumeLead")}</p>
        <p className="break-all font-mono text-sm">
          <a href={resumeUrl} className="text-brand-strong underline" data-testid="resume-link">
            {resumeUrl}
          </a>
        </p>
        <CopyButton text={resumeUrl} label={ta("copyLink")} copiedLabel={ta("copied")} />
        <p className="pt-2">
          <Link href={`/resume/${encodeURIComponent(participant.token)}/answers`} className="font-semibold text-brand-strong underline" data-testid="own-answers-link">
            {tr("manage")}
          </Link>
        </p>
      </section>
    </>
  );
}
