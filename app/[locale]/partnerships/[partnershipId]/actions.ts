"use server";

import { revalidatePath } from "next/cache";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { toAuthMessageResult, toMessageResult } from "@/lib/server/action-errors";
import { memberOfPartnership, signedInAction } from "@/lib/server/action";
import { getPublicOrigin } from "@/lib/platform/auth";
import { createInvite } from "@/lib/data/invites";
import { removeMembership, ZMemberRole } from "@/lib/data/memberships";
import { ZId } from "@/lib/domain/validation";

/** Members are managed by the partnership's coordinators. */
const coordinator = memberOfPartnership("coordinator");

function revalidatePartnership() {
  revalidatePath("/[locale]/partnerships/[partnershipId]", "page");
}

/** Creates an invitation link; it is returned once, to be shown once. */
export const createInviteAction = signedInAction(
  { schema: z.object({ partnershipId: ZId, role: ZMemberRole }), access: coordinator },
  async ({ input, user }) => {
    const { token } = await createInvite({ partnershipId: input.partnershipId, role: input.role, createdById: user.id });
    revalidatePartnership();
    const t = await getTranslations("members");
    const link = `${await getPublicOrigin()}/${await getLocale()}/invite/${token}`;
    return {
      ok: true,
      message: t("inviteCreated"),
      share: { label: t("inviteLinkLabel", { role: t(`roleNames.${input.role}`) }), value: link },
    };
  },
);

export const removeMemberAction = signedInAction(
  { schema: z.object({ partnershipId: ZId, userId: ZId }), access: coordinator },
  async ({ input, user }) => {
    // Coordinators do not remove themselves here (they would lock themselves out).
    if (input.userId === user.id) return toAuthMessageResult("notAllowed");
    const outcome = await removeMembership(input.partnershipId, input.userId);
    if (outcome.status !== "removed") {
      return outcome.status === "lastCoordinator" ? toAuthMessageResult("lastCoordinator") : toMessageResult("notFound");
    }
    revalidatePartnership();
    const t = await getTranslations("members");
    return { ok: true, message: t("removed", { name: outcome.name }) };
  },
);
