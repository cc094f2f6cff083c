import { getTranslations } from "next-intl/server";
import { SignalBadges } from "@/components/charts/SignalBadges";
import { QrCode } from "@/components/ui/qr-code";
import type { TSessionProfile } from "@/lib/domain/scoring";
import type { TWorkbookLength } from "@/lib/domain/workbook";

/**
 * Server-rendered bodies of the start and "discuss first" slides. Counts only: nothing
 * on the projector names or otherwise identifies a participant.
 */

export async function StartSlideBody({
  joinCode,
  joinUrl,
  participants,
  respondents,
  roleCounts,
  otherRoles,
  anonymityThreshold,
  workbookLength,
}: {
  joinCode: string;
  joinUrl: string;
  participants: number;
  respondents: number;
  /**
   * Roles in the workbook's order with the number of participants in each: only the roles
   * that may be named within the anonymity threshold (roleTally in lib/domain/scoring).
   */
  roleCounts: { id: string; label: string; count: number }[];
  /** Everyone not in a named role (0 or at least the threshold); shown only beside named roles. */
  otherRoles: number;
  anonymityThreshold: number;
  /** The full or the short workbook (the core statements), as the coordinator chose for the session. */
  workbookLength: TWorkbookLength;
}) {
  const t = await getTranslations("present.start");
  return (
    <div className="grid grid-cols-[auto_minmax(0,1fr)] items-start gap-12">
      <div className="w-fit rounded-xl bg-white p-4" data-light-panel="">
        <QrCode value={joinUrl} label={t("qrLabel", { url: joinUrl })} size={400} />
      </div>
      <div className="space-y-8">
        <p className="max-w-5xl text-3xl leading-snug">{t("lead")}</p>
        <dl className="space-y-4">
          <div className="flex flex-wrap items-baseline gap-x-6">
            <dt className="text-3xl text-muted">{t("codeLabel")}</dt>
            <dd className="font-mono text-8xl font-bold tracking-[0.2em]" data-testid="present-join-code">
              {joinCode}
            </dd>
          </div>
          <div className="flex flex-wrap items-baseline gap-x-6">
            <dt className="text-3xl text-muted">{t("linkLabel")}</dt>
            <dd className="text-4xl font-semibold break-all" data-testid="present-join-link">
              {joinUrl}
            </dd>
          </div>
        </dl>
        <section aria-labelledby="present-participants" className="space-y-3">
          <h3 id="present-participants" className="text-3xl font-semibold text-[var(--present-accent)]">
            {t("participantsTitle")}
          </h3>
          <p className="text-3xl font-semibold" data-testid="participant-count">
            {t("participants", { count: participants })}
          </p>
          <p className="text-2xl" data-testid="respondent-count">
            {t("respondents", { count: respondents })}
          </p>
          {roleCounts.length > 0 ? (
            <ul aria-label={t("byRole")} className="flex flex-wrap gap-3" data-testid="role-counts">
              {roleCounts.map((r) => (
                <li key={r.id} className="rounded-lg border-2 border-line px-4 py-2 text-2xl" data-role={r.id}>
                  <strong className="tabular-nums">{r.count}</strong> {r.label}
                </li>
              ))}
              {otherRoles > 0 ? (
                <li className="rounded-lg border-2 border-line px-4 py-2 text-2xl" data-role="other">
                  <strong className="tabular-nums">{otherRoles}</strong> {t("otherRoles")}
                </li>
              ) : null}
            </ul>
          ) : null}
        </section>
        <p className="max-w-5xl text-2xl" data-testid="workbook-length">
          {t("workbookLength", { length: workbookLength })}
        </p>
        <p className="max-w-5xl text-xl text-muted">{t("anonymity", { threshold: anonymityThreshold })}</p>
      </div>
    </div>
  );
}

export async function DiscussSlideBody({
  profile,
  acts,
}: {
  profile: Pick<TSessionProfile, "discussFirst" | "respondents" | "anonymityThreshold" | "acts">;
  acts: { id: string; slideId: string; title: string; oneLiner: string }[];
}) {
  const t = await getTranslations("present.discuss");
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
