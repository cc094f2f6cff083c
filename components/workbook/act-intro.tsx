import { getLocale, getTranslations } from "next-intl/server";
import type { TAct } from "@/lib/domain/content/schema";
import { pickText } from "@/lib/domain/content/localize";

/** The introduction of a balancing act: the dilemma, both poles with their promise and risk, examples. */
export async function ActIntro({ act }: { act: TAct }) {
  const t = await getTranslations("act");
  const locale = await getLocale();
  const poles = [
    { key: "a" as const, pole: act.poles.a, promise: act.intro.promiseA, risk: act.intro.riskA, color: "border-pole-a" },
    { key: "b" as const, pole: act.poles.b, promise: act.intro.promiseB, risk: act.intro.riskB, color: "border-pole-b" },
  ];
  return (
    <section aria-labelledby="intro" className="space-y-3">
      <h2 id="intro" className="sr-only">
        {t("introTitle")}
      </h2>
      <p className="max-w-3xl sm:text-lg" data-act-summary>
        {pickText(act.summary, locale)}
      </p>
      <details className="rounded border border-line">
        <summary className="flex min-h-11 cursor-pointer items-center px-4 font-semibold text-brand-strong">{t("readMore")}</summary>
        <div className="space-y-6 px-4 pb-4">
      <div className="max-w-3xl space-y-3 text-lg">
        {act.intro.dilemma.map((p, i) => (
          <p key={i}>{pickText(p, locale)}</p>
        ))}
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        {poles.map(({ key, pole, promise, risk, color }) => (
          <div key={key} className={`space-y-3 rounded border border-line border-t-8 ${color} p-5`}>
            <h3 className="text-xl font-semibold">
              <span className="sr-only">{t("pole")} </span>
              {pickText(pole.label, locale)}
            </h3>
            <p>{pickText(pole.description, locale)}</p>
            <div>
              <h4 className="font-semibold">{t("promise")}</h4>
              <p>{pickText(promise, locale)}</p>
            </div>
            <div>
              <h4 className="font-semibold">{t("risk")}</h4>
              <p>{pickText(risk, locale)}</p>
            </div>
          </div>
        ))}
      </div>
      <p className="max-w-3xl text-muted">{t("noBestPole")}</p>
      <div>
        <h3 className="font-semibold text-brand-strong">{t("examples")}</h3>
        <ul className="mt-3 list-disc space-y-2 pl-5">
          {act.intro.examples.map((e, i) => (
            <li key={i}>{pickText(e, locale)}</li>
          ))}
        </ul>
      </div>
        </div>
      </details>
    </section>
  );
}
