import { getLocale, getTranslations } from "next-intl/server";
import { Form } from "@/components/ui/form";
import type { TAct } from "@/lib/domain/content/schema";
import { pickText } from "@/lib/domain/content/localize";
import { MAX_POLARITY_TEXT_LENGTH, POLARITY_READING_ORDER, quadrantKind, quadrantPrompt, quadrantSide } from "@/lib/domain/polarity";
import type { TFormAction } from "@/lib/server/action-result";

/**
 * On an act's step of the workbook: a partner sends an idea for the act's polarity map,
 * before or during the meeting. It reaches the facilitator without a name (nothing that
 * identifies the sender is stored). Folded away, so it does not lengthen the step.
 */
export async function PolaritySuggest({ sessionId, act, action }: { sessionId: string; act: TAct; action: TFormAction }) {
  const [t, tw, locale] = await Promise.all([getTranslations("polarity"), getTranslations("workbook"), getLocale()]);
  const pole = { a: pickText(act.poles.a.label, locale), b: pickText(act.poles.b.label, locale) };
  return (
    <section aria-labelledby={`polarity-suggest-${act.id}`} className="space-y-3" data-polarity-suggest={act.id}>
      <h2 id={`polarity-suggest-${act.id}`} className="text-2xl font-semibold text-brand-strong">
        {t("suggest.title")}
      </h2>
      <p className="max-w-3xl">{t("suggest.lead")}</p>
      <details className="max-w-3xl rounded-lg border-2 border-line p-4">
        <summary className="min-h-11 cursor-pointer py-2 font-semibold text-brand-strong">{t("suggest.open")}</summary>
        <div className="mt-4">
          <Form
            action={action}
            submitLabel={t("suggest.submit")}
            fields={[
              { kind: "hidden", name: "sessionId", value: sessionId },
              { kind: "hidden", name: "actId", value: act.id },
              {
                kind: "radio",
                name: "quadrant",
                label: t("suggest.field"),
                required: true,
                options: POLARITY_READING_ORDER.map((q) => ({
                  value: q,
                  label: t(`quadrant.${quadrantKind(q)}`, { pole: pole[quadrantSide(q)] }),
                  description: pickText(quadrantPrompt(act.polarityMap, q), locale),
                })),
              },
              {
                kind: "text",
                name: "text",
                label: t("suggest.text"),
                hint: `${t("suggest.textHint")} ${tw("openAnswerHint")}`,
                required: true,
                maxLength: MAX_POLARITY_TEXT_LENGTH,
              },
            ]}
          />
        </div>
      </details>
    </section>
  );
}
