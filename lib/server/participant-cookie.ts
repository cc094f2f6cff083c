import "server-only";
import { cookies } from "next/headers";
import { getRequestOrigin } from "@/lib/platform/origin";
import { findParticipantByToken } from "@/lib/data/participants";

/**
 * A participant is recognised by their personal resume token, kept in an httpOnly
 * cookie per session. The same token, as a link, lets them continue on another device.
 */
function cookieName(sessionId: string): string {
  return `wb_p_${sessionId}`;
}

const ONE_YEAR = 60 * 60 * 24 * 365;

export async function setParticipantCookie(sessionId: string, token: string): Promise<void> {
  const store = await cookies();
  store.set(cookieName(sessionId), token, {
    httpOnly: true,
    sameSite: "lax",
    // Secure whenever the visitor came over HTTPS; a demo on the local network runs on plain HTTP.
    secure: (await getRequestOrigin()).startsWith("https:"),
    path: "/",
    maxAge: ONE_YEAR,
  });
}

/** Forgets this browser's participant in a session (after they withdrew). */
export async function clearParticipantCookie(sessionId: string): Promise<void> {
  const store = await cookies();
  store.delete(cookieName(sessionId));
}

export async function readParticipantToken(sessionId: string): Promise<string | undefined> {
  const store = await cookies();
  return store.get(cookieName(sessionId))?.value;
}

/** The participant of this browser in the given session, or null. */
export async function getCurrentParticipant(sessionId: string) {
  const token = await readParticipantToken(sessionId);
  if (!token) return null;
  const participant = await findParticipantByToken(token);
  if (!participant || participant.sessionId !== sessionId) return null;
  return { ...participant, token };
}
