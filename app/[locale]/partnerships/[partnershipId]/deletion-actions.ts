"use server";

import { revalidatePath } from "next/cache";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { redirect } from "@/i18n/navigation";
import { toMessageResult } from "@/lib/server/action-errors";
import { memberOfPartnership, signedInAction } from "@/lib/server/action";
import { deletePartnershipAsCoordinator } from "@/lib/data/deletion";
import { setRetentionMonths } from "@/lib/data/retention";
import { ZRetentionMonths } from "@/lib/domain/retention";
import { ZId } from "@/lib/domain/validation";

/** Deletes a whole partnership, after its confirmation page (issue 14); coordinators only, checked in the query too. */
export const deletePartnershipAction = signedInAction(
  { schema: z.object({ partnershipId: ZId }), access: memberOfPartnership("coordinator") },
  async ({ input, user }) => {
    if (!(await deletePartnershipAsCoordinator(user.id, input.partnershipId))) return toMessageResult("notFound");
    return redirect({ href: "/", locale: await getLocale() });
  },
);

/** How many months the partnership keeps raw answers (1..120). */
export const setRetentionAction = signedInAction(
  { schema: z.object({ partnershipId: ZId, retentionMonths: ZRetentionMonths }), access: memberOfPartnership("coordinator") },
  async ({ input }) => {
    await setRetentionMonths(input.partnershipId, input.retentionMonths);
    revalidatePath("/[locale]/partnerships/[partnershipId]", "page");
    const t = await getTranslations("rights.retention");
    return { ok: true, message: t("saved") };
  },
);
