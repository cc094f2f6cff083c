import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { ActIntro } from "@/components/workbook/act-intro";
import { AutosaveProvider } from "@/components/workbook/autosave";
import { ChoiceList } from "@/components/workbook/choice-list";
import { getWorkbookLabels } from "@/components/workbook/labels";
import { ScaleQuestion } from "@/components/workbook/scale-question";
import { ANSWERED_MARK, TOTAL_MARK } from "@/components/workbook/progress-marks";
import { StepProgress } from "@/components/workbook/step-progress";
import { TextQuestion } from "@/components/workbook/text-question";
import { PolaritySuggest } from "@/components/workbook/polarity-suggest";
import { Link } from "@/i18n/navigation";
import { getWorkbook } from "@/lib/data/content";
import { pickText } from "@/lib/domain/content/localize";
import type { TLocalized } from "@/lib/domain/content/schema";
import { listSteps, MAX_TEXT_LENGTH, positionAnswers, type TStep } from "@/lib/domain/workbook";
import { requireWorkbookParticipant, toInitialValues } from "@/lib/server/workbook-session";
import { suggestPolarityEntryAction } from "../polarity-actions";

async function stepTitle(step: TStep, locale: string): Promise<string> {
  if (step.kind === "act") return pickText(step.act.title, locale);
  const t = await getTranslations("workbook");
  return t(`steps.${step.kind}`);
}

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/workbook/[sessionId]/[step]">): Promise<Metadata> {
  const { step: stepId, locale } = await params;
  const step = listSteps(getWorkbook()).find((s) => s.id === stepId);
  return { title: step ? await stepTitle(step, locale) : undefined };
}

export default async function WorkbookStepPage({
  params,
}: PageProps<"/[locale]/workbook/[sessionId]/[step]">) {
  const { sessionId, step: stepId } = await params;
  const workbook = getWorkbook();
  const { session, participant, answers, length } = await requireWorkbookParticipant(sessionId);
  // The steps with the statements this session asks (a short session: the core ones).
  const steps = listSteps(workbook, length);
  const index = steps.findIndex((s) => s.id === stepId);
  const step = steps[index];
  if (!step) notFound();
  const t = await getTranslations("workbook");
  const locale = await getLocale();
  const text = (l: TLocalized) => pickText(l, locale);
  const labels = await getWorkbookLabels();
  const prev = steps[index - 1];
  const next = steps[index + 1];
  const title = await stepTitle(step, locale);

  return (
    <>
      <nav aria-label={t("breadcrumb")} className="mb-4 text-sm">
        <Link href={`/workbook/${session.id}`} className="inline-flex min-h-6 items-center text-brand-strong underline">
          {t("backToOverview")}
        </Link>
      </nav>
      <PageHeader title={title} kicker={t("stepNumber", { number: index + 1, total: steps.length })} />
      {session.status !== "open" && (
        <p role="status" className="mb-6 rounded border-2 border-warn p-4 font-semibold text-warn">
          {t("closedNotice")}
        </p>
      )}

      <AutosaveProvider sessionId={session.id} participantId={participant.id} initial={toInitialValues(answers)}>
        <div className="space-y-6 sm:space-y-10">
          {step.kind === "act" && (
            <>
              <ActIntro act={step.act} />
              <section aria-labelledby="statements" className="space-y-4">
                <h2 id="statements" className="text-2xl font-semibold text-brand-strong">
                  {t("statementsTitle")}
                </h2>
                <p className="max-w-3xl">{t("statementsLead")}</p>
                <StepProgress
                  required={positionAnswers(workbook, step, length)}
                  label={t("stepProgress", { answered: ANSWERED_MARK, total: TOTAL_MARK })}
                />
                {step.act.statements.map((s) => (
                  <ScaleQuestion
                    key={s.id}
                    itemId={s.id}
                    topic={text(s.topic)}
                    leftText={text(s.left === "a" ? s.a : s.b)}
                    rightText={text(s.left === "a" ? s.b : s.a)}
                    dimensions={["now", "desired"]}
                    labels={labels.scale}
                    offerNotApplicable
                  />
                ))}
              </section>
              <section aria-labelledby="reflection" className="space-y-4">
                <h2 id="reflection" className="text-2xl font-semibold text-brand-strong">
                  {t("reflectionTitle")}
                </h2>
                <p className="max-w-3xl">{t("reflectionLead")}</p>
                {step.act.reflection.map((r) => (
                  <TextQuestion key={r.id} itemId={r.id} label={text(r.question)} maxLength={MAX_TEXT_LENGTH} labels={labels.text} />
                ))}
              </section>
              {session.status === "open" ? <PolaritySuggest sessionId={session.id} act={step.act} action={suggestPolarityEntryAction} /> : null}
            </>
          )}

          {step.kind === "profile" && (
            <>
              <p className="max-w-3xl text-lg">{text(workbook.profile.intro)}</p>
              <section aria-labelledby="varieties" className="space-y-4">
                <h2 id="varieties" className="text-2xl font-semibold text-brand-strong">
                  {t("varietiesTitle")}
                </h2>
                {workbook.profile.varieties.map((v) => (
                  <div key={v.id} className="space-y-2">
                    <p className="text-sm text-muted">{text(v.explanation)}</p>
                    <ScaleQuestion
                      itemId={v.id}
                      topic={text(v.question)}
                      leftText={text(v.poles.a)}
                      rightText={text(v.poles.b)}
                      dimensions={["now"]}
                      labels={labels.scale}
                    />
                  </div>
                ))}
              </section>
              <ChoiceList
                legend={text(workbook.profile.themes.question)}
                options={workbook.profile.themes.options.map((o) => ({ id: o.id, label: text(o.label), description: o.description && text(o.description) }))}
                status={labels.status}
              />
              <ChoiceList
                legend={text(workbook.profile.drivers.question)}
                options={workbook.profile.drivers.options.map((o) => ({ id: o.id, label: text(o.label), description: o.description && text(o.description) }))}
                status={labels.status}
              />
            </>
          )}

          {step.kind === "promises" && (
            <>
              <p className="max-w-3xl text-lg">{text(workbook.promises.intro)}</p>
              {[workbook.promises.promises, workbook.promises.downsides].map((group, i) => (
                <ChoiceList
                  key={i}
                  legend={text(group.question)}
                  options={group.items.map((o) => ({ id: o.id, label: text(o.label), description: o.description && text(o.description) }))}
                  status={labels.status}
                />
              ))}
            </>
          )}

          {step.kind === "interests" && (
            <>
              <p className="max-w-3xl text-lg">{text(workbook.interests.intro)}</p>
              {workbook.interests.questions.map((q) => (
                <TextQuestion
                  key={q.id}
                  itemId={q.id}
                  label={text(q.question)}
                  hint={text(q.hint)}
                  maxLength={MAX_TEXT_LENGTH}
                  labels={labels.text}
                />
              ))}
            </>
          )}
        </div>
      </AutosaveProvider>

      <nav aria-label={t("stepNav")} className="mt-12 flex flex-wrap justify-between gap-3 border-t border-line pt-6">
        {prev ? (
          <Link href={`/workbook/${session.id}/${prev.id}`} className="font-semibold text-brand-strong underline" rel="prev">
            ← {t("previous")}: {await stepTitle(prev, locale)}
          </Link>
        ) : (
          <span />
        )}
        {next ? (
          <Link
            href={`/workbook/${session.id}/${next.id}`}
            className="rounded bg-brand px-5 py-2.5 font-semibold text-white no-underline hover:bg-brand-strong"
            rel="next"
          >
            {t("next")}: {await stepTitle(next, locale)} →
          </Link>
        ) : (
          <Link
            href={`/workbook/${session.id}`}
            className="rounded bg-brand px-5 py-2.5 font-semibold text-white no-underline hover:bg-brand-strong"
          >
            {t("finish")}
          </Link>
        )}
      </nav>
    </>
  );
}
