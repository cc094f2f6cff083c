"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import type { TActionResult } from "@/lib/server/action-result";
import { toAccessDeniedResult, toInvalidResult, toMessageResult, toUnexpectedResult } from "@/lib/server/action-errors";
import { getCurrentUser } from "@/lib/server/access";
import { checkSessionAccess } from "@/lib/data/memberships";
import { setAnonymityThreshold, setSessionStatus, ZAnonymityThreshold, ZSessionStatus } from "@/lib/data/sessions";

const ZStatusInput = z.object({ sessionId: z.string().min(1).max(40), status: ZSessionStatus });

export async function setSessionStatusAction(
  _prev: TActionResult | null,
  formData: FormData,
): Promise<TActionResult> {
  const parsed = ZStatusInput.safeParse({
    sessionId: formData.get("sessionId"),
    status: formData.get("status"),
  });
  if (!parsed.success) return toMessageResult("notFound");
  const user = await getCurrentUser();
  const access = await checkSessionAccess(user?.id, parsed.data.sessionId, "coordinator");
  if (!access.ok) return toAccessDeniedResult(access.reason);
  try {
    await setSessionStatus(parsed.data.sessionId, parsed.data.status);
  } catch (e) {
    return toUnexpectedResult(e);
  }
  revalidatePath("/[locale]/sessions/[sessionId]", "page");
  return { ok: true };
}

export async function setAnonymityThresholdAction(
  _prev: TActionResult | null,
  formData: FormData,
): Promise<TActionResult> {
  const sessionId = z.string().min(1).max(40).safeParse(formData.get("sessionId"));
  if (!sessionId.success) return toMessageResult("notFound");
  const user = await getCurrentUser();
  const access = await checkSessionAccess(user?.id, sessionId.data, "coordinator");
  if (!access.ok) return toAccessDeniedResult(access.reason);
  const parsed = z.object({ anonymityThreshold: ZAnonymityThreshold }).safeParse({
    anonymityThreshold: formData.get("anonymityThreshold"),
  });
  if (!parsed.success) return toInvalidResult(parsed.error);
  try {
    await setAnonymityThreshold(sessionId.data, parsed.data.anonymityThreshold);
  } catch (e) {
    return toUnexpectedResult(e);
  }
  revalidatePath("/[locale]/sessions/[sessionId]", "page");
  const t = await getTranslations("session");
  return { ok: true, message: t("thresholdSaved") };
}
