"use server";

import { getLocale } from "next-intl/server";
import { redirect } from "@/i18n/navigation";
import type { TActionResult } from "@/lib/action-result";
import { toInvalidResult, toMessageResult, toUnexpectedResult } from "@/lib/action-errors";
import { createPartnership, getPartnership, ZPartnershipInput } from "@/lib/partnerships";
import { createSession, ZSessionInput } from "@/lib/sessions";

export async function createPartnershipAction(
  _prev: TActionResult | null,
  formData: FormData,
): Promise<TActionResult> {
  const parsed = ZPartnershipInput.safeParse({
    name: formData.get("name"),
    region: formData.get("region"),
  });
  if (!parsed.success) return toInvalidResult(parsed.error);
  let id: string;
  try {
    ({ id } = await createPartnership(parsed.data));
  } catch (e) {
    return toUnexpectedResult(e);
  }
  redirect({ href: `/partnerships/${id}`, locale: await getLocale() });
  return { ok: true };
}

export async function createSessionAction(
  _prev: TActionResult | null,
  formData: FormData,
): Promise<TActionResult> {
  const partnershipId = formData.get("partnershipId");
  if (typeof partnershipId !== "string" || !(await getPartnership(partnershipId))) {
    return toMessageResult("notFound");
  }
  const parsed = ZSessionInput.safeParse({
    title: formData.get("title"),
    date: formData.get("date"),
  });
  if (!parsed.success) return toInvalidResult(parsed.error);
  let id: string;
  try {
    ({ id } = await createSession(partnershipId, parsed.data));
  } catch (e) {
    return toUnexpectedResult(e);
  }
  redirect({ href: `/sessions/${id}`, locale: await getLocale() });
  return { ok: true };
}
