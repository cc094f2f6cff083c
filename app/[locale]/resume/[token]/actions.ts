"use server";

import { getLocale } from "next-intl/server";
import { z } from "zod";
import { redirect } from "@/i18n/navigation";
import { toMessageResult } from "@/lib/server/action-errors";
import { formAction } from "@/lib/server/action";
import { setParticipantCookie } from "@/lib/server/participant-cookie";
import { findParticipantByToken } from "@/lib/data/participants";
import { ZToken } from "@/lib/domain/validation";

/** Switches this browser to the participant of a resume link, after the visitor chose so. */
export const confirmResumeAction = formAction({ schema: z.object({ token: ZToken }) }, async ({ input }) => {
  const participant = await findParticipantByToken(input.token);
  if (!participant) return toMessageResult("notFound");
  await setParticipantCookie(participant.sessionId, input.token);
  return redirect({ href: `/workbook/${participant.sessionId}`, locale: await getLocale() });
});
