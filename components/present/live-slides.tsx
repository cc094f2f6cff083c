"use client";

import { useTranslations } from "next-intl";
import { ActBalanceFigure } from "@/components/charts/ActBalanceFigure";
import { BalanceBoardFigure } from "@/components/charts/BalanceBoardFigure";
import { ghostFromAct, ghostPositions } from "@/components/charts/ghost";
import { LastTimeReviewView, type TLastTime, type TReviewActTexts } from "@/components/agreements/last-time-review-view";
import type { TActTexts } from "@/lib/domain/figure-text";
import type { TFormAction } from "@/lib/server/action-result";
import { ActPrompts } from "./act-prompts";
import { DiscussSlideBody } from "./discuss-slide";
import { useLiveResult } from "./live-result-context";

/**
 * The parts of the slides that depend on the answers, drawn in the browser from the live
 * result (live-result-context.ts): the server page places them with the texts they need
 * (labels, act titles), the numbers and positions come from the result, which the
 * server computed once per tick for every listener with the anonymity threshold applied.
 * Nothing here decides what may be shown, and nothing identifies a participant.
 */

/** The start slide's counts: participants, respondents, and per role only the roles that reach the threshold. */
export function LiveParticipants({ roles }: { roles: readonly { id: string; label: string }[] }) {
  const t = useTranslations("present.start");
  const { participants, profile, roleCounts, otherRoles } = useLiveResult();
  const counted = roles.flatMap((r) => (roleCounts[r.id] ? [{ ...r, count: roleCounts[r.id]! }] : []));
  return (
    <section aria-labelledby="present-participants" className="space-y-3">
      <h3 id="present-participants" className="text-3xl font-semibold text-[var(--present-accent)]">
        {t("participantsTitle")}
      </h3>
      <p className="text-3xl font-semibold" data-testid="participant-count">
        {t("participants", { count: participants })}
      </p>
      <p className="text-2xl" data-testid="respondent-count">
        {t("respondents", { count: profile.respondents })}
      </p>
      {counted.length > 0 ? (
        <ul aria-label={t("byRole")} className="flex flex-wrap gap-3" data-testid="role-counts">
          {counted.map((r) => (
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
  );
}

/** The overview: the balance board with last session's positions as ghosts. */
export function LiveBoard({ acts }: { acts: readonly (TActTexts & { id: string })[] }) {
  const { profile, previous } = useLiveResult();
  return (
    <BalanceBoardFigure
      profile={profile}
      acts={acts}
      ghost={previous ? { acts: ghostPositions(previous.profile) } : null}
      size="projector"
      table="collapsed"
      summary={false}
    />
  );
}

function useActProfile(actId: string) {
  const { profile, previous } = useLiveResult();
  const act = profile.acts.find((a) => a.actId === actId);
  if (!act) throw new Error(`No act ${actId} in the live result`);
  return { act, threshold: profile.anonymityThreshold, previous: previous?.profile.acts.find((a) => a.actId === actId) };
}

/** How many partners answered an act. */
export function LiveActRespondents({ actId }: { actId: string }) {
  const t = useTranslations("present.act");
  return t("respondents", { count: useActProfile(actId).act.respondents });
}

/** One act's figure (chart, legend, table), with last session's positions as ghosts. */
export function LiveActFigure({ actId, act, roleLabels }: { actId: string; act: TActTexts; roleLabels: Readonly<Record<string, string>> }) {
  const { act: profile, threshold, previous } = useActProfile(actId);
  return (
    <ActBalanceFigure
      profile={profile}
      act={act}
      roleLabels={roleLabels}
      anonymityThreshold={threshold}
      ghost={ghostFromAct(previous)}
      size="projector"
      table="collapsed"
      compact
    />
  );
}

/** The questions for the conversation about an act, chosen by its signals. */
export function LiveActPrompts({ actId, poles }: { actId: string; poles: { a: string; b: string } }) {
  return <ActPrompts profile={useActProfile(actId).act} poles={poles} />;
}

/** What to discuss first. */
export function LiveDiscuss({ acts }: { acts: { id: string; slideId: string; title: string; oneLiner: string }[] }) {
  return <DiscussSlideBody profile={useLiveResult().profile} acts={acts} />;
}

/** The review of last time's agreements, set against where the partnership stands now. */
export function LiveReview({
  previous,
  acts,
  statusAction,
}: {
  previous: TLastTime;
  acts: TReviewActTexts[];
  statusAction: TFormAction | null;
}) {
  const live = useLiveResult();
  return (
    <LastTimeReviewView
      previous={previous}
      acts={acts}
      thisProfile={live.profile}
      lastProfile={live.previous?.profile ?? null}
      statusAction={statusAction}
      size="projector"
      headingLevel={3}
    />
  );
}
