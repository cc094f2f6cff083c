"use server";

import { refresh } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import type { TActionResult } from "@/lib/server/action-result";
import { toMessageResult } from "@/lib/server/action-errors";
import { memberOfSession, signedInAction } from "@/lib/server/action";
import {
  createAgreement,
  deleteAgreement,
  setAgreementStatus,
  updateAgreement,
  ZAgreementFollowUp,
  ZAgreementInput,
} from "@/lib/data/agreements";
import { ZAgreementStatus } from "@/lib/domain/agreements";
import { publishSessionChange } from "@/lib/platform/live";
import { ZId } from "@/lib/domain/validation";

/**
 * Agreements recorded during the meeting. Facilitators are coordinators: only they may
 * add, change or delete agreements (members who are partners can read them).
 */
const facilitator = memberOfSession("coordinator");
const ZAgreementForm = ZAgreementInput.extend({ sessionId: ZId });

async function saved(sessionId: string, key: "saved" | "updated" | "deleted" | "statusSaved"): Promise<TActionResult> {
  publishSessionChange(sessionId, "agreement");
  refresh();
  const t = await getTranslations("present.agreements");
  return { ok: true, message: t(key) };
}

export const createAgreementAction = signedInAction(
  { schema: ZAgreementForm, access: facilitator },
  async ({ input: { sessionId, ...agreement } }) => {
    await createAgreement(sessionId, agreement);
    return saved(sessionId, "saved");
  },
);

export const updateAgreementAction = signedInAction(
  { schema: ZAgreementForm.extend({ id: ZId }).merge(ZAgreementFollowUp), access: facilitator },
  async ({ input: { sessionId, id, status, note, ...agreement } }) => {
    if (!(await updateAgreement(sessionId, id, agreement, { status, note }))) return toMessageResult("notFound");
    return saved(sessionId, "updated");
  },
);

/**
 * One click in the meeting: the status of an agreement (of this session or, in the
 * review at the start of the next one, of an earlier session of the same partnership).
 */
export const setAgreementStatusAction = signedInAction(
  { schema: z.object({ sessionId: ZId, id: ZId, status: ZAgreementStatus }), access: facilitator },
  async ({ input }) => {
    if (!(await setAgreementStatus(input.sessionId, input.id, input.status))) return toMessageResult("notFound");
    return saved(input.sessionId, "statusSaved");
  },
);

export const deleteAgreementAction = signedInAction(
  { schema: z.object({ sessionId: ZId, id: ZId }), access: facilitator },
  async ({ input }) => {
    if (!(await deleteAgreement(input.sessionId, input.id))) return toMessageResult("notFound");
    return saved(input.sessionId, "deleted");
  },
);
