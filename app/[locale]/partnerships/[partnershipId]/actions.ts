"use server";

import { revalidatePath } from "next/cache";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import type { TActionResult } from "@/lib/server/action-result";
import {
  toAccessDeniedResult,
  toAuthMessageResult,
  toInvalidResult,
  toMessageResult,
  toUnexpectedResult,
} from "@/lib/server/action-errors";
import { getCurrentUser } from "@/lib/server/access";
import { getPublicOrigin } from "@/lib/platform/auth";
import { createInvite } from "@/lib/data/invites";
import { checkPartnershipAccess, removeMembership, ZMemberRole } from "@/lib/data/memberships";

const ZId = z.string().min(1).max(40);

/** The coordinator of the partnership in the form, or why not. */
async function coordinatorOf(formData: FormData) {
  const partnershipId = ZId.safeParse(formData.get("partnershipId"));
  if (!partnershipId.success) return { ok: false as const, result: await toMessageResult("notFound") };
  const user = await getCurrentUser();
  const access = await checkPartnershipAccess(user?.id, partnershipId.data, "coordinator");
  if (!access.ok) return { ok: false as const, result: await toAccessDeniedResult(access.reason) };
  return { ok: true as const, user: user!, partnershipId: partnershipId.data };
}

function revalidatePartnership() {
  revalidatePath("/[locale]/partnerships/[partnershipId]", "page");
}

/** Creates an invitation link; it is returned once, to be shown once. */
export async function createInviteAction(_prev: TActionResult | null, formData: FormData): Promise<TActionResult> {
  const coordinator = await coordinatorOf(formData);
  if (!coordinator.ok) return coordinator.result;
  const parsed = z.object({ role: ZMemberRole }).safeParse({ role: formData.get("role") ?? undefined });
  if (!parsed.success) return toInvalidResult(parsed.error);
  let token: string;
  try {
    ({ token } = await createInvite({
      partnershipId: coordinator.partnershipId,
      role: parsed.data.role,
      createdById: coordinator.user.id,
    }));
  } catch (e) {
    return toUnexpectedResult(e);
  }
  revalidatePartnership();
  const t = await getTranslations("members");
  const link = `${await getPublicOrigin()}/${await getLocale()}/invite/${token}`;
  return {
    ok: true,
    message: t("inviteCreated"),
    share: { label: t("inviteLinkLabel", { role: t(`roleNames.${parsed.data.role}`) }), value: link },
  };
}

export async function removeMemberAction(_prev: TActionResult | null, formData: FormData): Promise<TActionResult> {
  const coordinator = await coordinatorOf(formData);
  if (!coordinator.ok) return coordinator.result;
  const userId = ZId.safeParse(formData.get("userId"));
  if (!userId.success) return toMessageResult("notFound");
  // Coordinators do not remove themselves here (they would lock themselves out).
  if (userId.data === coordinator.user.id) return toAuthMessageResult("notAllowed");
  let outcome: Awaited<ReturnType<typeof removeMembership>>;
  try {
    outcome = await removeMembership(coordinator.partnershipId, userId.data);
  } catch (e) {
    return toUnexpectedResult(e);
  }
  if (outcome.status !== "removed") {
    return outcome.status === "lastCoordinator" ? toAuthMessageResult("lastCoordinator") : toMessageResult("notFound");
  }
  revalidatePartnership();
  const t = await getTranslations("members");
  return { ok: true, message: t("removed", { name: outcome.name }) };
}
