"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { memberOfSession, signedInAction } from "@/lib/server/action";
import {
  setAnonymityThreshold,
  setSessionStatus,
  setWorkbookLength,
  ZAnonymityThreshold,
  ZSessionStatus,
  ZWorkbookLength,
} from "@/lib/data/sessions";
import { INVALID_ID, ZId } from "@/lib/domain/validation";

function revalidateSession() {
  revalidatePath("/[locale]/sessions/[sessionId]", "page");
}

export const setSessionStatusAction = signedInAction(
  {
    // The status comes from the page's own button: anything else is answered "does not exist".
    schema: z.object({ sessionId: ZId, status: z.enum(ZSessionStatus.options, INVALID_ID) }),
    access: memberOfSession("coordinator"),
  },
  async ({ input }) => {
    await setSessionStatus(input.sessionId, input.status);
    revalidateSession();
    return { ok: true };
  },
);

/**
 * The full or the short workbook, changeable only while nobody has answered: then every
 * answer of the session belongs to the same set of statements. An answer that arrives
 * first wins, and the form says that nothing changed.
 */
export const setWorkbookLengthAction = signedInAction(
  {
    schema: z.object({ sessionId: ZId, workbookLength: ZWorkbookLength }),
    access: memberOfSession("coordinator"),
  },
  async ({ input }) => {
    const t = await getTranslations("session");
    if (!(await setWorkbookLength(input.sessionId, input.workbookLength))) {
      return { ok: false, errors: {}, message: t("lengthLocked") };
    }
    revalidateSession();
    return { ok: true, message: t("lengthSaved") };
  },
);

export const setAnonymityThresholdAction = signedInAction(
  {
    schema: z.object({ sessionId: ZId, anonymityThreshold: ZAnonymityThreshold }),
    access: memberOfSession("coordinator"),
  },
  async ({ input }) => {
    if (!(await setAnonymityThreshold(input.sessionId, input.anonymityThreshold))) {
      const tr = await getTranslations("rights.retention");
      return { ok: false, errors: {}, message: tr("thresholdFixed") };
    }
    revalidateSession();
    const t = await getTranslations("session");
    return { ok: true, message: t("thresholdSaved") };
  },
);
