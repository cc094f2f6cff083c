"use server";

import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { redirect } from "@/i18n/navigation";
import type { TActionFailure } from "@/lib/server/action-result";
import { signedInAction } from "@/lib/server/action";
import { acceptInvite, type TAcceptResult } from "@/lib/data/invites";
import { ZToken } from "@/lib/domain/validation";

async function inviteFailure(reason: Extract<TAcceptResult, { ok: false }>["reason"]): Promise<TActionFailure> {
  const t = await getTranslations("members.invite");
  return { ok: false, errors: {}, message: t(reason) };
}

/** Accepts an invitation for the signed-in user, then confirms it: which partnership, which role, what now. */
export const acceptInviteAction = signedInAction(
  { schema: z.object({ token: ZToken }), notFound: () => inviteFailure("unknown") },
  async ({ input, user }) => {
    const result = await acceptInvite(input.token, user.id);
    if (!result.ok) return inviteFailure(result.reason);
    return redirect({ href: `/invite/accepted/${result.partnershipId}`, locale: await getLocale() });
  },
);
