/**
 * The signals of one act as text badges, each with a short explanation.
 *
 * Signals are prompts for the conversation, not grades: every badge looks the same
 * (ink outline, no colour coding); a neutral glyph and the text tell them apart.
 * "balanced-as-wished" is worded as an observation, not a reward.
 *
 * No "use client" and no async: useTranslations works in Server Components and, under
 * a NextIntlClientProvider with the "charts" messages, in Client Components too.
 */
import { useTranslations } from "next-intl";
import type { TSignal } from "@/lib/domain/scoring";

/** Message key and a neutral glyph per signal (the glyph is decorative). */
export const SIGNAL_META: Record<TSignal, { key: "changeWanted" | "talkAboutIt" | "rolesDiffer" | "balancedAsWished"; glyph: string }> = {
  "change-wanted": { key: "changeWanted", glyph: "⇄" },
  "talk-about-it": { key: "talkAboutIt", glyph: "?" },
  "roles-differ": { key: "rolesDiffer", glyph: "≠" },
  "balanced-as-wished": { key: "balancedAsWished", glyph: "=" },
};

export interface SignalBadgesProps {
  signals: readonly TSignal[];
  /** Heading level for "Signals for the conversation"; "none" leaves the heading out. */
  heading?: 2 | 3 | 4 | "none";
  size?: "screen" | "projector";
  className?: string;
}

export function SignalBadges({ signals, heading = 3, size = "screen", className }: SignalBadgesProps) {
  const t = useTranslations("charts");
  const known = signals.filter((s): s is TSignal => s in SIGNAL_META);
  if (known.length === 0) return null;
  const projector = size === "projector";
  const Heading = heading === "none" ? null : (`h${heading}` as const);
  return (
    <div className={className} data-signals="">
      {Heading ? <Heading className={`mb-2 font-semibold text-[var(--chart-ink,#1b1f24)] ${projector ? "text-2xl" : "text-base"}`}>{t("signals.heading")}</Heading> : null}
      <ul className="m-0 flex list-none flex-col gap-2 p-0">
        {known.map((signal) => {
          const meta = SIGNAL_META[signal];
          return (
            <li key={signal} className={`flex flex-wrap items-start gap-x-3 gap-y-1 ${projector ? "text-xl" : "text-sm"}`} data-signal={signal}>
              <span
                className={`inline-flex shrink-0 items-center gap-1.5 rounded-full border-2 border-[var(--chart-ink,#1b1f24)] bg-[var(--chart-paper,#ffffff)] px-3 py-0.5 font-semibold text-[var(--chart-ink,#1b1f24)] ${projector ? "text-xl" : "text-sm"}`}
              >
                <span aria-hidden="true" className="font-bold">
                  {meta.glyph}
                </span>
                {t(`signals.${meta.key}.label`)}
              </span>
              <span className="sr-only">: </span>
              <span className="pt-0.5 text-[var(--chart-muted,#4a5360)]">{t(`signals.${meta.key}.explanation`)}</span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

export default SignalBadges;
