"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { TActionResult } from "@/lib/action-result";
import { toMessageResult, toUnexpectedResult } from "@/lib/action-errors";
import { getSession, setSessionStatus, ZSessionStatus } from "@/lib/sessions";

const ZStatusInput = z.object({ sessionId: z.string().min(1).max(40), status: ZSessionStatus });

export async function setSessionStatusAction(
  _prev: TActionResult | null,
  formData: FormData,
): Promise<TActionResult> {
  const parsed = ZStatusInput.safeParse({
    sessionId: formData.get("sessionId"),
    status: formData.get("status"),
  });
  if (!parsed.success || !(await getSession(parsed.data.sessionId))) return toMessageResult("notFound");
  try {
    await setSessionStatus(parsed.data.sessionId, parsed.data.status);
  } catch (e) {
    return toUnexpectedResult(e);
  }
  revalidatePath("/[locale]/sessions/[sessionId]", "page");
  return { ok: true };
}
