"use server";

import { getLocale } from "next-intl/server";
import { z } from "zod";
import { redirect } from "@/i18n/navigation";
import { toMessageResult } from "@/lib/server/action-errors";
import { formAction } from "@/lib/server/action";
import { publishSessionChange } from "@/lib/platform/live";
import { setParticipantCookie } from "@/lib/server/participant-cookie";
import { createParticipant, ZJoinInput } from "@/lib/data/participants";
import { limits, requestAddress } from "@/lib/platform/rate-limit";
import { ZJoinCode } from "@/lib/data/sessions";
import { joinsAsTestParticipant, lookUpJoinCode } from "@/lib/server/join-code";

/** The code as typed on the join page. */
export const enterJoinCodeAction = formAction({ schema: z.object({ code: ZJoinCode }) }, async ({ input }) => {
  // Under the guessing limit of the address, as the page /join/[code] (lib/server/join-code.ts).
  const lookup = await lookUpJoinCode(input.code);
  if (lookup.status === "tooMany") return toMessageResult("tooManyAttempts");
  if (lookup.status === "unknown") return toMessageResult("codeUnknown");
  return redirect({ href: `/join/${input.code}`, locale: await getLocale() });
});

/** Joining the session of the code (a hidden field of the join step), with a role. */
export const joinSessionAction = formAction(
  // A malformed code is an unknown one.
  { schema: ZJoinInput.extend({ code: ZJoinCode.optional().catch(undefined) }) },
  async ({ input: { code, ...participant } }) => {
    // A wrong code here counts as a guess too.
    const lookup = await lookUpJoinCode(code ?? null);
    if (lookup.status === "tooMany") return toMessageResult("tooManyAttempts");
    if (lookup.status === "unknown") return toMessageResult("codeUnknown");
    const { session } = lookup;
    if (session.status !== "open") return toMessageResult("sessionClosed");
    // Participants created per session and per address (lib/platform/rate-limit.ts).
    const [perSession, perAddress] = [await limits.joinPerSession.consume(session.id), await limits.joinPerAddress.consume(await requestAddress())];
    if (!perSession.allowed || !perAddress.allowed) return toMessageResult("tooManyAttempts");
    // A signed-in member of the partnership testing their own session joins as a test
    // participant: shown to the coordinator, never in results or the anonymity threshold.
    const isTest = await joinsAsTestParticipant(session.id);
    const { token } = await createParticipant(session.id, participant, { isTest });
    publishSessionChange(session.id, "participant");
    await setParticipantCookie(session.id, token);
    return redirect({ href: `/workbook/${session.id}`, locale: await getLocale() });
  },
);
