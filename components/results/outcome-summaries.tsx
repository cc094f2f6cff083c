import { getLocale, getTranslations } from "next-intl/server";
import { positionWithNumber, spreadSentence, type TTranslate } from "@/lib/domain/figure-text";
import { pickText } from "@/lib/domain/content/localize";
import type { TOption, TWorkbook } from "@/lib/domain/content/schema";
import type { TSessionSummaries } from "@/lib/domain/summaries";

/**
 * The session's other answers: the partnership profile (four forms of variety), the
 * promises and downsides partners ticked, and what partners wrote. Server component.
 */
export async function OutcomeSummaries({
  summaries,
  workbook,
  anonymityThreshold,
}: {
  summaries: TSessionSummaries;
  workbook: TWorkbook;
  anonymityThreshold: number;
}) {
  const t = await getTranslations("results");
  const tc = (await getTranslations("charts")) as unknown as TTranslate;
  const locale = await getLocale();
  const text = (l: { nl: string; en: string }) => pickText(l, locale);

  if (summaries.hidden) {
    return (
      <section aria-labelledby="outcomes" className="space-y-3">
        <h2 id="outcomes" className="text-2xl font-semibold text-brand-strong">
          {t("outcomesTitle")}
        </h2>
        <p>{t("tooFew", { threshold: anonymityThreshold })}</p>
      </section>
    );
  }

  const checklist = (id: string, title: string, options: readonly TOption[], counts: { id: string; count: number }[]) => (
    <div className="space-y-2">
      <h3 id={id} className="text-xl font-semibold">
        {title}
      </h3>
      {counts.length === 0 && <p className="text-muted">{t("notEnough")}</p>}
      <ul aria-labelledby={id} className="space-y-1">
        {counts.map(({ id: optionId, count }) => {
          const option = options.find((o) => o.id === optionId);
          if (!option) return null;
          const pct = summaries.respondents === 0 ? 0 : (count / summaries.respondents) * 100;
          return (
            <li key={optionId} className="grid grid-cols-[1fr_auto] items-center gap-x-3 sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_auto]">
              <span>{text(option.label)}</span>
              <span aria-hidden="true" className="hidden h-2 rounded bg-line sm:block">
                <span className="block h-2 rounded bg-muted" style={{ width: `${pct}%` }} />
              </span>
              <span className="text-sm text-muted tabular-nums">{t("ticked", { count, total: summaries.respondents })}</span>
            </li>
          );
        })}
      </ul>
    </div>
  );

  const openQuestions = [
    ...workbook.acts.flatMap((act) => act.reflection.map((r) => ({ id: r.id, group: text(act.title), question: text(r.question) }))),
    ...workbook.interests.questions.map((q) => ({ id: q.id, group: t("interestsGroup"), question: text(q.question) })),
  ];

  return (
    <section aria-labelledby="outcomes" className="space-y-10">
      <h2 id="outcomes" className="text-2xl font-semibold text-brand-strong">
        {t("outcomesTitle")}
      </h2>

      <div className="space-y-3">
        <h3 className="text-xl font-semibold">{t("profileTitle")}</h3>
        <p className="max-w-3xl text-muted">{t("profileLead")}</p>
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">{t("profileTitle")}</caption>
            <thead>
              <tr className="border-b-2 border-line">
                <th scope="col" className="py-2 pr-4">{t("colQuestion")}</th>
                <th scope="col" className="py-2 pr-4">{t("colPosition")}</th>
                <th scope="col" className="py-2">{t("colSpread")}</th>
              </tr>
            </thead>
            <tbody>
              {summaries.varieties.map(({ id, stats, split }) => {
                const variety = workbook.profile.varieties.find((v) => v.id === id)!;
                const ctx = {
                  t: tc,
                  locale,
                  act: { title: text(variety.question), poleA: text(variety.poles.a), poleB: text(variety.poles.b) },
                };
                return (
                  <tr key={id} className="border-b border-line align-top">
                    <th scope="row" className="py-2 pr-4 font-normal">
                      <span className="font-medium">{text(variety.poles.a)}</span> ↔{" "}
                      <span className="font-medium">{text(variety.poles.b)}</span>
                    </th>
                    <td className="py-2 pr-4">{stats ? positionWithNumber(ctx, stats.median) : t("notEnough")}</td>
                    <td className="py-2">
                      {stats ? spreadSentence(ctx, { now: stats, desired: null, split: { now: split, desired: false } }) : "–"}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </div>

      <div className="grid gap-8 lg:grid-cols-2">
        {checklist("themes", text(workbook.profile.themes.question), workbook.profile.themes.options, summaries.choices.themes)}
        {checklist("drivers", text(workbook.profile.drivers.question), workbook.profile.drivers.options, summaries.choices.drivers)}
        {checklist("promises", text(workbook.promises.promises.question), workbook.promises.promises.items, summaries.choices.promises)}
        {checklist("downsides", text(workbook.promises.downsides.question), workbook.promises.downsides.items, summaries.choices.downsides)}
      </div>

      <div className="space-y-3">
        <h3 className="text-xl font-semibold">{t("textsTitle")}</h3>
        <p className="max-w-3xl text-muted">{t("textsLead")}</p>
        {openQuestions.map(({ id, group, question }) => {
          const answers = summaries.texts[id] ?? [];
          return (
            <details key={id} className="rounded border border-line p-4">
              <summary className="cursor-pointer">
                <span className="text-sm text-muted">{group}</span>
                <span className="block font-medium">
                  {question}
                  {answers.length > 0 && <span className="text-muted"> ({t("answerCount", { count: answers.length })})</span>}
                </span>
              </summary>
              {answers.length === 0 ? (
                <p className="mt-2 text-muted">{t("textsHidden", { threshold: anonymityThreshold })}</p>
              ) : (
                <ul className="mt-3 list-disc space-y-2 pl-5">
                  {answers.map((a, i) => (
                    <li key={i} className="whitespace-pre-line">
                      {a}
                    </li>
                  ))}
                </ul>
              )}
            </details>
          );
        })}
      </div>
    </section>
  );
}
