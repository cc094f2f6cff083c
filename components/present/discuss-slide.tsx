import { useTranslations } from "next-intl";
import { SignalBadges } from "@/components/charts/SignalBadges";
import type { TSessionProfile } from "@/lib/domain/scoring";

/**
 * The "discuss first" slide: the acts in the order the signals suggest, each with its
 * signals. No "use client" and no async: the deck draws it from the live result.
 */
export function DiscussSlideBody({
  profile,
  acts,
}: {
  profile: Pick<TSessionProfile, "discussFirst" | "respondents" | "anonymityThreshold" | "acts">;
  acts: { id: string; slideId: string; title: string; oneLiner: string }[];
}) {
  const t = useTranslations("present.discuss");
  if (profile.discussFirst.length === 0) {
    return (
      <p className="max-w-5xl text-3xl leading-snug">
        {profile.respondents < profile.anonymityThreshold ? t("tooFew", { threshold: profile.anonymityThreshold }) : t("none")}
      </p>
    );
  }
  return (
    <div className="space-y-4">
      <p className="max-w-5xl text-3xl leading-snug">{t("lead")}</p>
      <ol className="space-y-4" data-testid="discuss-first">
        {profile.discussFirst.map((actId, i) => {
          const act = acts.find((a) => a.id === actId);
          const signals = profile.acts.find((a) => a.actId === actId)?.signals ?? [];
          if (!act) return null;
          return (
            <li key={actId} className="flex gap-6 rounded-xl bg-[var(--chart-paper,#ffffff)] p-5 text-[var(--chart-ink,#1b1f24)]" data-chart-panel="">
              <span aria-hidden="true" className="text-6xl font-bold tabular-nums text-[var(--chart-link,#1f4e79)]">
                {i + 1}
              </span>
              <div className="space-y-2">
                <h3 className="text-4xl font-semibold">
                  <a href={`?slide=${act.slideId}`} data-goto-slide={act.slideId} className="text-[var(--chart-link,#163a5c)] underline">
                    {act.title}
                  </a>
                </h3>
                <p className="text-2xl">{act.oneLiner}</p>
                <SignalBadges signals={signals} heading="none" size="projector" />
              </div>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
