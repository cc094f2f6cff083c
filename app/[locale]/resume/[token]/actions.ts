"use server";

import { getLocale } from "next-intl/server";
import { z } from "zod";
import { redirect } from "@/i18n/navigation";
import type { TActionResult } from "@/lib/server/action-result";
import { toMessageResult } from "@/lib/server/action-errors";
import { setParticipantCookie } from "@/lib/server/participant-cookie";
import { findParticipantByToken } from "@/lib/data/participants";

/** Switches this browser to the participant of a resume link, after the visitor chose so. */
export async function confirmResumeAction(_prev: TActionResult | null, formData: FormData): Promise<TActionResult> {
  const token = z.string().min(20).max(100).safeParse(formData.get("token"));
  const participant = token.success ? await findParticipantByToken(token.data) : null;
  if (!token.success || !participant) return toMessageResult("notFound");
  await setParticipantCookie(participant.sessionId, token.data);
  redirect({ href: `/workbook/${participant.sessionId}`, locale: await getLocale() });
  return { ok: true };
}
