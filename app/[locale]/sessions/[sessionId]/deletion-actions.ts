"use server";

import { getLocale } from "next-intl/server";
import { z } from "zod";
import { redirect } from "@/i18n/navigation";
import { toMessageResult } from "@/lib/server/action-errors";
import { memberOfSession, signedInAction } from "@/lib/server/action";
import { deleteParticipantAsCoordinator, deleteSessionAsCoordinator } from "@/lib/data/deletion";
import { publishSessionChange } from "@/lib/platform/live";
import { ZId } from "@/lib/domain/validation";

/**
 * Deletions by a coordinator, after their confirmation pages (issue 14). The access rule
 * runs twice: in the guarded action (coordinator of the session) and inside the delete
 * query itself (lib/data/deletion.ts), so nothing is deleted without it.
 */

export const deleteParticipantAction = signedInAction(
  { schema: z.object({ sessionId: ZId, participantId: ZId }), access: memberOfSession("coordinator") },
  async ({ input, user }) => {
    const deleted = await deleteParticipantAsCoordinator(user.id, input.sessionId, input.participantId);
    if (!deleted) return toMessageResult("notFound");
    // The results are computed again without them; the presentation hears it.
    publishSessionChange(input.sessionId, "participant");
    return redirect({ href: `/sessions/${input.sessionId}#participants`, locale: await getLocale() });
  },
);

export const deleteSessionAction = signedInAction(
  { schema: z.object({ sessionId: ZId }), access: memberOfSession("coordinator") },
  async ({ input, user }) => {
    const deleted = await deleteSessionAsCoordinator(user.id, input.sessionId);
    if (!deleted) return toMessageResult("notFound");
    publishSessionChange(input.sessionId, "participant");
    return redirect({ href: `/partnerships/${deleted.partnershipId}`, locale: await getLocale() });
  },
);
