"use server";

import { getTranslations } from "next-intl/server";
import { toMessageResult } from "@/lib/server/action-errors";
import { formAction } from "@/lib/server/action";
import { readParticipantToken } from "@/lib/server/participant-cookie";
import { suggestPolarityEntry, ZPolarityEntryInput } from "@/lib/data/polarity";
import { publishSessionChange } from "@/lib/platform/live";
import { limits, requestAddress } from "@/lib/platform/rate-limit";
import { ZId } from "@/lib/domain/validation";

/**
 * A partner's suggestion for an act's polarity map, sent from the workbook. Only this
 * browser's participant cookie of the session lets it through (checked in the query of
 * suggestPolarityEntry); what is stored names nobody.
 */
export const suggestPolarityEntryAction = formAction(
  { schema: ZPolarityEntryInput.extend({ sessionId: ZId }) },
  async ({ input: { sessionId, ...entry } }) => {
    const token = await readParticipantToken(sessionId);
    if (!token) return toMessageResult("notFound");
    // Per session and address, never per participant (lib/platform/rate-limit.ts).
    const limit = await limits.polaritySuggestion.consume(`${sessionId}:${await requestAddress()}`);
    if (!limit.allowed) return toMessageResult("tooManyAttempts");
    const result = await suggestPolarityEntry(token, sessionId, entry);
    if (!result.ok) {
      if (result.reason === "closed") return toMessageResult("sessionClosed");
      if (result.reason === "notFound") return toMessageResult("notFound");
      const t = await getTranslations("polarity.suggest");
      return { ok: false, errors: {}, message: t("full") };
    }
    publishSessionChange(sessionId, "polarity");
    const t = await getTranslations("polarity.suggest");
    return { ok: true, message: t("sent") };
  },
);
