"use server";

import { getLocale } from "next-intl/server";
import { z } from "zod";
import { redirect } from "@/i18n/navigation";
import { toMessageResult } from "@/lib/server/action-errors";
import { formAction } from "@/lib/server/action";
import { publishSessionChange } from "@/lib/platform/live";
import { setParticipantCookie } from "@/lib/server/participant-cookie";
import { createParticipant, ZJoinInput } from "@/lib/data/participants";
import { createRateLimiter, currentClientAddress } from "@/lib/platform/rate-limit";
import { findSessionByJoinCode, ZJoinCode } from "@/lib/data/sessions";

/** At most 20 join-code attempts per 10 minutes per address. */
const codeAttempts = createRateLimiter({ limit: 20, windowMs: 10 * 60 * 1000 });

async function tooManyGuesses(): Promise<boolean> {
  return !codeAttempts.hit(await currentClientAddress());
}

/** The code as typed on the join page. */
export const enterJoinCodeAction = formAction({ schema: z.object({ code: ZJoinCode }) }, async ({ input }) => {
  if (await tooManyGuesses()) return toMessageResult("tooManyAttempts");
  if (!(await findSessionByJoinCode(input.code))) return toMessageResult("codeUnknown");
  return redirect({ href: `/join/${input.code}`, locale: await getLocale() });
});

/** Joining the session of the code (a hidden field of the join step), with a role. */
export const joinSessionAction = formAction(
  // A malformed code is an unknown one.
  { schema: ZJoinInput.extend({ code: ZJoinCode.optional().catch(undefined) }) },
  async ({ input: { code, ...participant } }) => {
    const session = code ? await findSessionByJoinCode(code) : null;
    if (!session) {
      // A wrong code here counts as a guess too.
      if (await tooManyGuesses()) return toMessageResult("tooManyAttempts");
      return toMessageResult("codeUnknown");
    }
    if (session.status !== "open") return toMessageResult("sessionClosed");
    const { token } = await createParticipant(session.id, participant);
    publishSessionChange(session.id, "participant");
    await setParticipantCookie(session.id, token);
    return redirect({ href: `/workbook/${session.id}`, locale: await getLocale() });
  },
);
