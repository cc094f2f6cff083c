import { getLocale, getTranslations } from "next-intl/server";
import { getWorkbook } from "@/lib/data/content";
import { listAcceptedPolarityEntries } from "@/lib/data/polarity";
import { pickText } from "@/lib/domain/content/localize";
import { POLARITY_READING_ORDER, quadrantKind, quadrantSide } from "@/lib/domain/polarity";
import "@/components/present/polarity.css";

/**
 * The session's polarity maps on the results page (and on paper): one section per act
 * that has a map, pole A and pole B side by side, each with its upside, action steps,
 * downside and early warnings. Only accepted lines; suggestions never show (and carry no
 * name anyway). For pages whose guard already checked that the user may see the session.
 * The report (and so its PDF) shows the same section, with `whenEmpty="hide"`: nothing at
 * all when no map was made; in print the two poles stay side by side (polarity.css), and
 * every field has a heading that names its pole, so the PDF's structure reads on its own.
 */
export async function PolarityMaps({
  sessionId,
  headingLevel = 2,
  whenEmpty = "say",
  className = "",
}: {
  sessionId: string;
  headingLevel?: 2 | 3;
  /** "say": a line that no map was made (results page); "hide": render nothing (report). */
  whenEmpty?: "say" | "hide";
  className?: string;
}) {
  const [entries, t, locale] = await Promise.all([listAcceptedPolarityEntries(sessionId), getTranslations("polarity"), getLocale()]);
  const Heading = `h${headingLevel}` as const;
  const Sub = `h${headingLevel + 1}` as "h3" | "h4";
  const Field = `h${headingLevel + 2}` as "h4" | "h5";
  const acts = getWorkbook()
    .acts.map((act) => ({ act, entries: entries.filter((e) => e.actId === act.id) }))
    .filter((a) => a.entries.length > 0);
  if (acts.length === 0 && whenEmpty === "hide") return null;

  return (
    <section aria-labelledby="polarity-maps" className={`space-y-4 ${className}`.trim()} data-polarity-maps="">
      <Heading id="polarity-maps" className="text-2xl font-semibold text-brand-strong">
        {t("results.title")}
      </Heading>
      {acts.length === 0 ? (
        <p>{t("results.none")}</p>
      ) : (
        <>
          <p className="max-w-3xl">{t("results.lead")}</p>
          {acts.map(({ act, entries: own }) => {
            const pole = { a: pickText(act.poles.a.label, locale), b: pickText(act.poles.b.label, locale) };
            return (
              <section key={act.id} aria-labelledby={`polarity-map-${act.id}`} className="polarity-act space-y-3" data-polarity-act={act.id}>
                <Sub id={`polarity-map-${act.id}`} className="text-xl font-semibold text-brand-strong">
                  {t("title")}: {pickText(act.title, locale)}
                </Sub>
                <div className="polarity-sheet">
                  {(["a", "b"] as const).map((side) => (
                    <div key={side} className="space-y-3" data-pole={side}>
                      <p className="font-semibold">{t("results.pole", { pole: pole[side] })}</p>
                      {POLARITY_READING_ORDER.filter((q) => quadrantSide(q) === side).map((q) => {
                        const lines = own.filter((e) => e.quadrant === q);
                        if (lines.length === 0) return null;
                        return (
                          <div key={q} className="polarity-field" data-polarity-field={q} data-kind={quadrantKind(q)}>
                            <Field className="font-semibold">{t(`quadrant.${quadrantKind(q)}`, { pole: pole[side] })}</Field>
                            <ul className="list-disc space-y-1 pl-5">
                              {lines.map((e) => (
                                <li key={e.id} data-polarity-line={e.id}>
                                  {e.text}
                                </li>
                              ))}
                            </ul>
                          </div>
                        );
                      })}
                    </div>
                  ))}
                </div>
              </section>
            );
          })}
        </>
      )}
    </section>
  );
}
