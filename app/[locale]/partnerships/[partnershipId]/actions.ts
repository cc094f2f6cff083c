"use server";

import { revalidatePath } from "next/cache";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { toAuthMessageResult, toMessageResult } from "@/lib/server/action-errors";
import { memberOfPartnership, signedInAction } from "@/lib/server/action";
import { getPublicOrigin } from "@/lib/platform/auth";
import { createInvite } from "@/lib/data/invites";
import { renewFeedToken } from "@/lib/data/follow-through";
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

/**
 * Makes (or renews) the secret address of the partnership's calendar feed. It is shown
 * once; renewing ends the old address, for when it reached the wrong people.
 */
export const renewFeedTokenAction = signedInAction(
  { schema: z.object({ partnershipId: ZId }), access: coordinator },
  async ({ input }) => {
    const token = await renewFeedToken(input.partnershipId);
    revalidatePath("/[locale]/partnerships/[partnershipId]/agreements", "page");
    const t = await getTranslations("followThrough.feed");
    const locale = await getLocale();
    return { ok: true, message: t("created"), share: { label: t("addressLabel"), value: `${await getPublicOrigin()}/api/calendar/${token}.ics?lang=${locale}` } };
  },
);
