"use server";

import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { redirect } from "@/i18n/navigation";
import type { TActionResult } from "@/lib/server/action-result";
import { toAuthMessageResult, toUnexpectedResult } from "@/lib/server/action-errors";
import { getCurrentUser } from "@/lib/server/access";
import { acceptInvite, type TAcceptResult } from "@/lib/data/invites";

/** Accepts an invitation for the signed-in user; coordinators land on the partnership, partners at home. */
export async function acceptInviteAction(_prev: TActionResult | null, formData: FormData): Promise<TActionResult> {
  const t = await getTranslations("members.invite");
  const token = z.string().min(1).max(200).safeParse(formData.get("token"));
  if (!token.success) return { ok: false, errors: {}, message: t("unknown") };
  const user = await getCurrentUser();
  if (!user) return toAuthMessageResult("signInRequired");
  let result: TAcceptResult;
  try {
    result = await acceptInvite(token.data, user.id);
  } catch (e) {
    return toUnexpectedResult(e);
  }
  if (!result.ok) return { ok: false, errors: {}, message: t(result.reason) };
  const href = result.role === "coordinator" ? `/partnerships/${result.partnershipId}` : "/";
  return redirect({ href, locale: await getLocale() });
}
