import { getLocale, getTranslations } from "next-intl/server";
import type { TAct } from "@/lib/domain/content/schema";
import { pickText } from "@/lib/domain/content/localize";
import type { TPolarityEntry } from "@/lib/data/polarity";
import { POLARITY_LAYOUT, promptQuestion, quadrantKind, quadrantPrompt, quadrantSide, type TPolarityQuadrant } from "@/lib/domain/polarity";
import { PolarityFieldEditor, type TPolarityActions } from "./polarity-editor";
import "./polarity.css";

/**
 * The polarity-map slide of one act: the classic map in two rows of four fields, pole A
 * on the left and pole B on the right (every field's heading names its pole) (action steps beside the upside they keep, early
 * warnings beside the downside they announce). The question of a field's prompt from the
 * content shows until the field has a line. Coordinators (the facilitator) edit every field and see
 * the partners' suggestions, which carry no name; other members see the accepted lines.
 */
export async function PolaritySlideBody({
  sessionId,
  act,
  accepted,
  suggested,
  actions,
}: {
  sessionId: string;
  act: TAct;
  /** The act's accepted lines, in order. */
  accepted: TPolarityEntry[];
  /** The act's waiting suggestions (coordinators only; null for others). */
  suggested: TPolarityEntry[] | null;
  actions: TPolarityActions | null;
}) {
  const [t, locale] = await Promise.all([getTranslations("polarity"), getLocale()]);
  const pole = { a: pickText(act.poles.a.label, locale), b: pickText(act.poles.b.label, locale) };
  const label = (q: TPolarityQuadrant) => t(`quadrant.${quadrantKind(q)}`, { pole: pole[quadrantSide(q)] });
  const lines = (q: TPolarityQuadrant) => accepted.filter((e) => e.quadrant === q).map((e) => ({ id: e.id, text: e.text }));
  const waiting = (q: TPolarityQuadrant) => (suggested ?? []).filter((e) => e.quadrant === q).map((e) => ({ id: e.id, text: e.text }));
  const mergeTargets = [...accepted, ...(suggested ?? [])].map((e) => ({ id: e.id, text: e.text }));

  return (
    <div className="space-y-3 text-2xl" data-polarity-map-slide={act.id}>
      {actions ? null : <p className="text-muted">{t("slide.coordinatorsOnly")}</p>}
      <div className="polarity-board" data-polarity-board="">
        {POLARITY_LAYOUT.flat().map((q) => {
          const own = lines(q);
          return (
            <section
              key={q}
              aria-labelledby={`polarity-${act.id}-${q}`}
              className="polarity-field"
              data-polarity-field={q}
              data-kind={quadrantKind(q)}
            >
              <h3 id={`polarity-${act.id}-${q}`} className="font-semibold leading-tight text-[var(--present-accent)]">
                {label(q)}
              </h3>
              {own.length === 0 ? (
                <p className="polarity-prompt text-muted">{promptQuestion(pickText(quadrantPrompt(act.polarityMap, q), locale))}</p>
              ) : null}
              {actions ? (
                <PolarityFieldEditor
                  sessionId={sessionId}
                  actId={act.id}
                  quadrant={q}
                  fieldLabel={label(q)}
                  lines={own}
                  suggestions={waiting(q)}
                  mergeTargets={mergeTargets}
                  actions={actions}
                />
              ) : own.length > 0 ? (
                <ul className="space-y-2">
                  {own.map((line) => (
                    <li key={line.id} className="rounded bg-wash p-2" data-polarity-line={line.id}>
                      {line.text}
                    </li>
                  ))}
                </ul>
              ) : null}
            </section>
          );
        })}
      </div>
    </div>
  );
}
