import "server-only";
import { findSessionByJoinCode } from "@/lib/data/sessions";
import { findSessionForMember } from "@/lib/data/memberships";
import { getCurrentUser } from "@/lib/server/access";
import { limits, requestAddress } from "@/lib/platform/rate-limit";

export type TJoinCodeLookup =
  | { status: "found"; session: NonNullable<Awaited<ReturnType<typeof findSessionByJoinCode>>> }
  | { status: "unknown" }
  | { status: "tooMany"; retryAfterSeconds: number };

/**
 * Looks up the session of a join code, under the guessing limit of the request's address
 * (`limits.joinCode`): every lookup counts, one that finds its session is given back, so
 * only wrong codes use up the budget, also while many are sent at once. The page
 * /join/[code] and the join form both come here. `code` is an already parsed ZJoinCode,
 * or null for input that is no code at all (that counts as a wrong code).
 */
export async function lookUpJoinCode(code: string | null): Promise<TJoinCodeLookup> {
  const address = await requestAddress();
  const attempt = await limits.joinCode.consume(address);
  if (!attempt.allowed) return { status: "tooMany", retryAfterSeconds: attempt.retryAfterSeconds };
  const session = code ? await findSessionByJoinCode(code) : null;
  if (!session) return { status: "unknown" };
  await limits.joinCode.refund(address);
  return { status: "found", session };
}

/**
 * Whether joining this session now makes a test participant: the visitor is signed in as
 * a member of the session's partnership (testing their own session). Their answers are
 * shown to the coordinator but never count in results or toward the anonymity threshold.
 * The join page says so beforehand; the join action marks the participant.
 */
export async function joinsAsTestParticipant(sessionId: string): Promise<boolean> {
  const user = await getCurrentUser();
  return user !== null && (await findSessionForMember(user.id, sessionId, "partner")) !== null;
}
