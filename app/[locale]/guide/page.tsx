import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ContentsNav } from "@/components/ui/contents-nav";
import { PageHeader } from "@/components/ui/page-header";
import { getWorkbook } from "@/lib/data/content";
import { pickText } from "@/lib/domain/content/localize";
import type { TLocalized } from "@/lib/domain/content/schema";

export async function generateMetadata(): Promise<Metadata> {
  const locale = await getLocale();
  return { title: pickText(getWorkbook().guide.title, locale) };
}

/** The facilitator guide: a readable, printable page. */
export default async function GuidePage() {
  const t = await getTranslations("guide");
  const locale = await getLocale();
  const text = (l: TLocalized) => pickText(l, locale);
  const { guide, acts } = getWorkbook();
  const workForms = new Map(guide.workForms.map((w) => [w.id, w]));

  return (
    <article className="space-y-10 print:space-y-6">
      <PageHeader title={text(guide.title)}>{text(guide.intro)}</PageHeader>

      <ContentsNav
        id="toc"
        title={t("contents")}
        items={[
          ...guide.sections.map((s) => ({ id: s.id, label: text(s.title) })),
          { id: "meeting-plans", label: t("meetingPlans") },
          { id: "work-forms", label: t("workForms") },
          { id: "acts", label: t("acts") },
        ]}
      />

      {guide.sections.map((s) => (
        <section key={s.id} id={s.id} aria-labelledby={`${s.id}-title`} className="max-w-3xl space-y-3">
          <h2 id={`${s.id}-title`} className="text-2xl font-semibold text-brand-strong">
            {text(s.title)}
          </h2>
          {s.paragraphs.map((p, i) => (
            <p key={i}>{text(p)}</p>
          ))}
        </section>
      ))}

      <section id="meeting-plans" aria-labelledby="meeting-plans-title" className="space-y-6">
        <h2 id="meeting-plans-title" className="text-2xl font-semibold text-brand-strong">
          {t("meetingPlans")}
        </h2>
        {guide.meetingPlans.map((plan) => (
          <div key={plan.id} className="space-y-2 break-inside-avoid">
            <h3 className="text-xl font-semibold">
              {text(plan.title)} <span className="font-normal text-muted">({t("minutes", { count: plan.totalMinutes })})</span>
            </h3>
            <table className="w-full border-collapse text-left">
              <caption className="sr-only">{text(plan.title)}</caption>
              <thead>
                <tr className="border-b-2 border-line">
                  <th scope="col" className="w-28 py-2 pr-3">{t("time")}</th>
                  <th scope="col" className="py-2 pr-3">{t("part")}</th>
                  <th scope="col" className="py-2">{t("workForm")}</th>
                </tr>
              </thead>
              <tbody>
                {plan.blocks.map((b, i) => {
                  const form = b.workForm ? workForms.get(b.workForm) : undefined;
                  return (
                    <tr key={i} className="border-b border-line align-top">
                      <td className="py-2 pr-3">{t("minutes", { count: b.minutes })}</td>
                      <td className="py-2 pr-3">
                        <span className="font-medium">{text(b.title)}</span>
                        <span className="block text-sm text-muted">{text(b.description)}</span>
                      </td>
                      <td className="py-2">
                        {form ? (
                          <a href={`#${form.id}`} className="text-brand-strong underline">
                            {text(form.title)}
                          </a>
                        ) : (
                          "–"
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        ))}
      </section>

      <section id="work-forms" aria-labelledby="work-forms-title" className="space-y-6">
        <h2 id="work-forms-title" className="text-2xl font-semibold text-brand-strong">
          {t("workForms")}
        </h2>
        <div className="grid gap-4 md:grid-cols-2">
          {guide.workForms.map((w) => (
            <section key={w.id} id={w.id} aria-labelledby={`${w.id}-title`} className="break-inside-avoid space-y-2 rounded border border-line p-5">
              <h3 id={`${w.id}-title`} className="text-lg font-semibold text-brand-strong">
                {text(w.title)}
              </h3>
              <p>{text(w.purpose)}</p>
              <dl className="grid grid-cols-[auto_1fr] gap-x-3 text-sm">
                <dt className="font-semibold">{t("groupSize")}</dt>
                <dd>{text(w.groupSize)}</dd>
                <dt className="font-semibold">{t("time")}</dt>
                <dd>{t("minutes", { count: w.minutes })}</dd>
              </dl>
              <ol className="list-decimal space-y-1 pl-5">
                {w.steps.map((s, i) => (
                  <li key={i}>{text(s)}</li>
                ))}
              </ol>
            </section>
          ))}
        </div>
      </section>

      <section id="acts" aria-labelledby="acts-title" className="space-y-4">
        <h2 id="acts-title" className="text-2xl font-semibold text-brand-strong">
          {t("acts")}
        </h2>
        <p className="max-w-3xl">{t("actsLead")}</p>
        {acts.map((act) => (
          <div key={act.id} className="break-inside-avoid space-y-2 rounded border border-line p-5">
            <h3 className="text-lg font-semibold text-brand-strong">
              {act.order}. {text(act.title)}
            </h3>
            <p>{text(act.oneLiner)}</p>
            <h4 className="font-semibold">{t("polarityMap")}</h4>
            <dl className="grid gap-x-6 gap-y-2 md:grid-cols-2">
              {(
                [
                  ["upsideA", act.poles.a.label, act.polarityMap.upsideA],
                  ["upsideB", act.poles.b.label, act.polarityMap.upsideB],
                  ["signalsA", act.poles.a.label, act.polarityMap.signalsA],
                  ["signalsB", act.poles.b.label, act.polarityMap.signalsB],
                  ["actionsA", act.poles.a.label, act.polarityMap.actionsA],
                  ["actionsB", act.poles.b.label, act.polarityMap.actionsB],
                ] as const
              ).map(([key, pole, prompt]) => (
                <div key={key}>
                  <dt className="text-sm font-semibold">{t(`map.${key.slice(0, -1) as "upside" | "signals" | "actions"}`, { pole: text(pole) })}</dt>
                  <dd>{text(prompt)}</dd>
                </div>
              ))}
            </dl>
          </div>
        ))}
      </section>
    </article>
  );
}
