import { getFormatter, getLocale } from "next-intl/server";
import { getWorkbook } from "@/lib/data/content";
import { getPreviousAgreements } from "@/lib/data/follow-through";
import { pickText } from "@/lib/domain/content/localize";
import type { TSessionProfile } from "@/lib/domain/scoring";
import type { TFormAction } from "@/lib/server/action-result";
import { LastTimeReviewView, type TLastTime, type TReviewActTexts } from "./last-time-review-view";

/**
 * The start of a new session: what was agreed last time, act by act (see
 * LastTimeReviewView, which draws it). This Server Component reads last time's
 * agreements and early warnings; the presentation deck reads them the same way
 * (readLastTime) and draws the view in the browser from the live result. Renders
 * nothing for a first session.
 */
export async function LastTimeReview({
  sessionId,
  thisProfile,
  lastProfile,
  statusAction,
  size = "screen",
  headingLevel = 2,
}: {
  sessionId: string;
  thisProfile: TSessionProfile;
  /** The previous session's profile, as getSessionResults read it (null for a first session). */
  lastProfile: TSessionProfile | null;
  /** For coordinators: the one-click status update. */
  statusAction?: TFormAction | null;
  size?: "screen" | "projector";
  headingLevel?: 2 | 3;
}) {
  const data = await readLastTime(sessionId);
  if (!data) return null;
  return (
    <LastTimeReviewView
      previous={data.previous}
      acts={data.acts}
      thisProfile={thisProfile}
      lastProfile={lastProfile}
      statusAction={statusAction}
      size={size}
      headingLevel={headingLevel}
    />
  );
}

/**
 * Last time's agreements (only what the review shows) and early warnings, with the date
 * in words and the act texts in the page's language; null for a first session.
 */
export async function readLastTime(sessionId: string): Promise<{ previous: TLastTime; acts: TReviewActTexts[] } | null> {
  const previous = await getPreviousAgreements(sessionId);
  if (!previous) return null;
  const [locale, format] = await Promise.all([getLocale(), getFormatter()]);
  return {
    previous: {
      session: { id: previous.session.id, title: previous.session.title },
      when: format.dateTime(previous.session.date, { dateStyle: "long", timeZone: "UTC" }),
      agreements: previous.agreements.map((a) => ({
        id: a.id,
        actId: a.actId,
        position: a.position,
        action: a.action,
        owner: a.owner,
        status: a.status,
        note: a.note,
      })),
      warnings: previous.warnings,
    },
    acts: getWorkbook().acts.map((a) => ({
      id: a.id,
      title: pickText(a.title, locale),
      a: pickText(a.poles.a.label, locale),
      b: pickText(a.poles.b.label, locale),
    })),
  };
}
