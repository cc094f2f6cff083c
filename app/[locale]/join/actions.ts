"use server";

import { getLocale } from "next-intl/server";
import { z } from "zod";
import { redirect } from "@/i18n/navigation";
import type { TActionResult } from "@/lib/server/action-result";
import { toInvalidResult, toMessageResult, toUnexpectedResult } from "@/lib/server/action-errors";
import { publishSessionChange } from "@/lib/platform/live";
import { setParticipantCookie } from "@/lib/server/participant-cookie";
import { createParticipant, ZJoinInput } from "@/lib/data/participants";
import { createRateLimiter, currentClientAddress } from "@/lib/platform/rate-limit";
import { findSessionByJoinCode, ZJoinCode } from "@/lib/data/sessions";

/** At most 20 join-code attempts per 10 minutes per address. */
const codeAttempts = createRateLimiter({ limit: 20, windowMs: 10 * 60 * 1000 });

export async function enterJoinCodeAction(
  _prev: TActionResult | null,
  formData: FormData,
): Promise<TActionResult> {
  if (!codeAttempts.hit(await currentClientAddress())) return toMessageResult("tooManyAttempts");
  const parsed = z.object({ code: ZJoinCode }).safeParse({ code: formData.get("code") });
  if (!parsed.success) return toInvalidResult(parsed.error);
  const session = await findSessionByJoinCode(parsed.data.code);
  if (!session) return toMessageResult("codeUnknown");
  redirect({ href: `/join/${parsed.data.code}`, locale: await getLocale() });
  return { ok: true };
}

export async function joinSessionAction(
  _prev: TActionResult | null,
  formData: FormData,
): Promise<TActionResult> {
  const code = ZJoinCode.safeParse(formData.get("code"));
  const session = code.success ? await findSessionByJoinCode(code.data) : null;
  if (!session) {
    // A wrong code here counts as a guess too.
    if (!codeAttempts.hit(await currentClientAddress())) return toMessageResult("tooManyAttempts");
    return toMessageResult("codeUnknown");
  }
  if (session.status !== "open") return toMessageResult("sessionClosed");
  const parsed = ZJoinInput.safeParse({
    role: formData.get("role") ?? undefined,
    organisation: formData.get("organisation") ?? undefined,
    displayName: formData.get("displayName") ?? undefined,
  });
  if (!parsed.success) return toInvalidResult(parsed.error);
  try {
    const { token } = await createParticipant(session.id, parsed.data);
    publishSessionChange(session.id, "participant");
    await setParticipantCookie(session.id, token);
  } catch (e) {
    return toUnexpectedResult(e);
  }
  redirect({ href: `/workbook/${session.id}`, locale: await getLocale() });
  return { ok: true };
}
