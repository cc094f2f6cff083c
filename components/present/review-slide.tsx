import { readLastTime } from "@/components/agreements/last-time-review";
import type { TFormAction } from "@/lib/server/action-result";
import { LiveReview } from "./live-slides";

/**
 * The review slide at the start of a session that follows an earlier one: what was
 * agreed last time, act by act, in projector type (24 px and more at 1080p). The
 * facilitator (a coordinator) sets each agreement's status with one click or the keyboard.
 * Last time's agreements are read here, on the server (a status change refreshes the
 * page); where the partnership stands now comes from the live result (LiveReview).
 */
export async function ReviewSlideBody({ sessionId, statusAction }: { sessionId: string; statusAction: TFormAction | null }) {
  const data = await readLastTime(sessionId);
  if (!data) return null;
  return (
    <div data-review-slide="">
      <LiveReview previous={data.previous} acts={data.acts} statusAction={statusAction} />
    </div>
  );
}
