"use server";

import { getLocale } from "next-intl/server";
import { redirect } from "@/i18n/navigation";
import type { TActionResult } from "@/lib/server/action-result";
import { toAccessDeniedResult, toAuthMessageResult, toInvalidResult, toMessageResult, toUnexpectedResult } from "@/lib/server/action-errors";
import { getCurrentUser } from "@/lib/server/access";
import { checkPartnershipAccess } from "@/lib/data/memberships";
import { createPartnership, ZPartnershipInput } from "@/lib/data/partnerships";
import { createSession, ZSessionInput } from "@/lib/data/sessions";

export async function createPartnershipAction(
  _prev: TActionResult | null,
  formData: FormData,
): Promise<TActionResult> {
  const user = await getCurrentUser();
  if (!user) return toAuthMessageResult("signInRequired");
  const parsed = ZPartnershipInput.safeParse({
    name: formData.get("name"),
    region: formData.get("region"),
  });
  if (!parsed.success) return toInvalidResult(parsed.error);
  let id: string;
  try {
    ({ id } = await createPartnership(parsed.data, user.id));
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
  if (typeof partnershipId !== "string" || partnershipId.length > 40) return toMessageResult("notFound");
  const user = await getCurrentUser();
  const access = await checkPartnershipAccess(user?.id, partnershipId, "coordinator");
  if (!access.ok) return toAccessDeniedResult(access.reason);
  const parsed = ZSessionInput.safeParse({
    title: formData.get("title"),
    date: formData.get("date"),
    anonymityThreshold: formData.get("anonymityThreshold") || undefined,
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
