"use server";

import { getLocale } from "next-intl/server";
import { z } from "zod";
import { redirect } from "@/i18n/navigation";
import { toMessageResult } from "@/lib/server/action-errors";
import { formAction } from "@/lib/server/action";
import { clearParticipantCookie, setParticipantCookie } from "@/lib/server/participant-cookie";
import { findParticipantByToken } from "@/lib/data/participants";
import { withdrawParticipant } from "@/lib/data/participant-rights";
import { publishSessionChange } from "@/lib/platform/live";
import { ZToken } from "@/lib/domain/validation";
import { lookUpResumeToken } from "@/lib/server/resume-token";

/** Switches this browser to the participant of a resume link, after the visitor chose so. */
export const confirmResumeAction = formAction({ schema: z.object({ token: ZToken }) }, async ({ input }) => {
  const lookup = await lookUpResumeToken(() => findParticipantByToken(input.token));
  if (lookup.status === "tooMany") return toMessageResult("tooManyAttempts");
  if (lookup.status === "unknown") return toMessageResult("notFound");
  const participant = lookup.value;
  await setParticipantCookie(participant.sessionId, input.token);
  return redirect({ href: `/workbook/${participant.sessionId}`, locale: await getLocale() });
});

/**
 * Withdraws the participant of a resume link, after the confirmation page (issue 14): their
 * answers and the participant are deleted, the live view hears that the session changed
 * (its results are computed again without them), and the link then says the answers are gone.
 */
export const withdrawAction = formAction({ schema: z.object({ token: ZToken }) }, async ({ input }) => {
  const lookup = await lookUpResumeToken(() => withdrawParticipant(input.token));
  if (lookup.status === "tooMany") return toMessageResult("tooManyAttempts");
  if (lookup.status === "unknown") return toMessageResult("notFound");
  const withdrawn = lookup.value;
  publishSessionChange(withdrawn.sessionId, "participant");
  await clearParticipantCookie(withdrawn.sessionId);
  return redirect({ href: `/resume/${encodeURIComponent(input.token)}`, locale: await getLocale() });
});
