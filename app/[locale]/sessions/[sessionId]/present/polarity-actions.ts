"use server";

import { refresh } from "next/cache";
import { z } from "zod";
import type { TActionResult } from "@/lib/server/action-result";
import { toMessageResult } from "@/lib/server/action-errors";
import { memberOfSession, signedInAction } from "@/lib/server/action";
import {
  acceptPolaritySuggestion,
  addPolarityEntry,
  deletePolarityEntry,
  mergePolaritySuggestion,
  movePolarityEntry,
  updatePolarityEntryText,
  ZPolarityEntryInput,
} from "@/lib/data/polarity";
import { publishSessionChange } from "@/lib/platform/live";
import { ZMoveDirection, ZPolarityQuadrant, ZPolarityText } from "@/lib/domain/polarity";
import { ZId } from "@/lib/domain/validation";

/**
 * The polarity map on the projector: the facilitator (a coordinator of the session's
 * partnership) types what the room says and handles the partners' suggestions. The data
 * functions check the same access again inside their queries.
 */
const facilitator = memberOfSession("coordinator");
const ZEntry = z.object({ sessionId: ZId, id: ZId });

async function changed(sessionId: string, done: boolean): Promise<TActionResult> {
  if (!done) return toMessageResult("notFound");
  publishSessionChange(sessionId, "polarity");
  refresh();
  return { ok: true };
}

export const addPolarityEntryAction = signedInAction(
  { schema: ZPolarityEntryInput.extend({ sessionId: ZId }), access: facilitator },
  async ({ input: { sessionId, ...entry }, user }) => changed(sessionId, (await addPolarityEntry(user.id, sessionId, entry)) !== null),
);

export const updatePolarityEntryAction = signedInAction(
  { schema: ZEntry.extend({ text: ZPolarityText }), access: facilitator },
  async ({ input, user }) => changed(input.sessionId, await updatePolarityEntryText(user.id, input.sessionId, input.id, input.text)),
);

export const movePolarityEntryAction = signedInAction(
  { schema: ZEntry.extend({ direction: ZMoveDirection }), access: facilitator },
  async ({ input, user }) => changed(input.sessionId, await movePolarityEntry(user.id, input.sessionId, input.id, input.direction)),
);

export const deletePolarityEntryAction = signedInAction(
  { schema: ZEntry, access: facilitator },
  async ({ input, user }) => changed(input.sessionId, await deletePolarityEntry(user.id, input.sessionId, input.id)),
);

export const acceptPolaritySuggestionAction = signedInAction(
  { schema: ZEntry.extend({ text: ZPolarityText.optional(), quadrant: ZPolarityQuadrant.optional() }), access: facilitator },
  async ({ input: { sessionId, id, ...change }, user }) =>
    changed(sessionId, await acceptPolaritySuggestion(user.id, sessionId, id, change)),
);

export const mergePolaritySuggestionAction = signedInAction(
  { schema: ZEntry.extend({ intoId: ZId, text: ZPolarityText }), access: facilitator },
  async ({ input: { sessionId, ...merge }, user }) => changed(sessionId, await mergePolaritySuggestion(user.id, sessionId, merge)),
);
