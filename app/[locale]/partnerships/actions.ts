"use server";

import { getLocale } from "next-intl/server";
import { redirect } from "@/i18n/navigation";
import { memberOfPartnership, signedInAction } from "@/lib/server/action";
import { createPartnership, ZPartnershipInput } from "@/lib/data/partnerships";
import { createSession, ZSessionInput } from "@/lib/data/sessions";
import { ZId } from "@/lib/domain/validation";

export const createPartnershipAction = signedInAction({ schema: ZPartnershipInput }, async ({ input, user }) => {
  const { id } = await createPartnership(input, user.id);
  return redirect({ href: `/partnerships/${id}`, locale: await getLocale() });
});

export const createSessionAction = signedInAction(
  { schema: ZSessionInput.extend({ partnershipId: ZId }), access: memberOfPartnership("coordinator") },
  async ({ input: { partnershipId, ...input } }) => {
    const { id } = await createSession(partnershipId, input);
    return redirect({ href: `/sessions/${id}`, locale: await getLocale() });
  },
);
