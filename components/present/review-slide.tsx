import { LastTimeReview } from "@/components/agreements/last-time-review";
import type { TSessionProfile } from "@/lib/domain/scoring";
import type { TFormAction } from "@/lib/server/action-result";

/**
 * The review slide at the start of a session that follows an earlier one: what was
 * agreed last time, act by act, in projector type (24 px and more at 1080p). The
 * facilitator (a coordinator) sets each agreement's status with one click or the keyboard.
 */
export async function ReviewSlideBody({
  sessionId,
  thisProfile,
  lastProfile,
  statusAction,
}: {
  sessionId: string;
  thisProfile: TSessionProfile;
  lastProfile: TSessionProfile | null;
  statusAction: TFormAction | null;
}) {
  return (
    <div data-review-slide="">
      <LastTimeReview
        sessionId={sessionId}
        thisProfile={thisProfile}
        lastProfile={lastProfile}
        statusAction={statusAction}
        size="projector"
        headingLevel={3}
      />
    </div>
  );
}
