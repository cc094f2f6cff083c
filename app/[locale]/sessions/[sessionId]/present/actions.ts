"use server";

import { refresh } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import type { TActionResult } from "@/lib/server/action-result";
import { toAccessDeniedResult, toInvalidResult, toMessageResult, toUnexpectedResult } from "@/lib/server/action-errors";
import { getCurrentUser } from "@/lib/server/access";
import { createAgreement, deleteAgreement, updateAgreement, ZAgreementInput } from "@/lib/data/agreements";
import { publishSessionChange } from "@/lib/platform/live";
import { checkSessionAccess } from "@/lib/data/memberships";

/**
 * Agreements recorded during the meeting. Facilitators are coordinators: only they may
 * add, change or delete agreements (members who are partners can read them).
 */

const ZId = z.string().min(1).max(40);

/** The session of the form, when the signed-in user coordinates its partnership. */
async function coordinatedSession(formData: FormData): Promise<{ ok: true; sessionId: string } | { ok: false; result: TActionResult }> {
  const sessionId = ZId.safeParse(formData.get("sessionId"));
  if (!sessionId.success) return { ok: false, result: await toMessageResult("notFound") };
  const user = await getCurrentUser();
  const access = await checkSessionAccess(user?.id, sessionId.data, "coordinator");
  if (!access.ok) return { ok: false, result: await toAccessDeniedResult(access.reason) };
  return { ok: true, sessionId: sessionId.data };
}

function agreementInput(formData: FormData) {
  return ZAgreementInput.safeParse({
    actId: formData.get("actId"),
    position: formData.get("position"),
    action: formData.get("action"),
    owner: formData.get("owner"),
    revisitOn: formData.get("revisitOn"),
  });
}

async function saved(sessionId: string, key: "saved" | "updated" | "deleted"): Promise<TActionResult> {
  publishSessionChange(sessionId, "agreement");
  refresh();
  const t = await getTranslations("present.agreements");
  return { ok: true, message: t(key) };
}

export async function createAgreementAction(_prev: TActionResult | null, formData: FormData): Promise<TActionResult> {
  const session = await coordinatedSession(formData);
  if (!session.ok) return session.result;
  const parsed = agreementInput(formData);
  if (!parsed.success) return toInvalidResult(parsed.error);
  try {
    await createAgreement(session.sessionId, parsed.data);
  } catch (e) {
    return toUnexpectedResult(e);
  }
  return saved(session.sessionId, "saved");
}

export async function updateAgreementAction(_prev: TActionResult | null, formData: FormData): Promise<TActionResult> {
  const session = await coordinatedSession(formData);
  if (!session.ok) return session.result;
  const id = ZId.safeParse(formData.get("id"));
  if (!id.success) return toMessageResult("notFound");
  const parsed = agreementInput(formData);
  if (!parsed.success) return toInvalidResult(parsed.error);
  try {
    if (!(await updateAgreement(session.sessionId, id.data, parsed.data))) return toMessageResult("notFound");
  } catch (e) {
    return toUnexpectedResult(e);
  }
  return saved(session.sessionId, "updated");
}

export async function deleteAgreementAction(_prev: TActionResult | null, formData: FormData): Promise<TActionResult> {
  const session = await coordinatedSession(formData);
  if (!session.ok) return session.result;
  const id = ZId.safeParse(formData.get("id"));
  if (!id.success) return toMessageResult("notFound");
  try {
    if (!(await deleteAgreement(session.sessionId, id.data))) return toMessageResult("notFound");
  } catch (e) {
    return toUnexpectedResult(e);
  }
  return saved(session.sessionId, "deleted");
}
