import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { getLocale } from "next-intl/server";
import { redirect } from "@/i18n/navigation";
import { getAuth } from "@/lib/platform/auth";
import { findPartnershipForMember, findSessionForMember, type TMemberRole } from "@/lib/data/memberships";
import { safeReturnPath } from "@/lib/domain/return-to";

/**
 * Guards for pages. Pages call the `require…` functions at the top: anonymous visitors
 * go to the sign-in page (and come back afterwards), signed-in users without the right
 * role get a 404, so they cannot tell whether the thing exists. The guards return the
 * row itself, read in the same query as the access rule (lib/data/memberships.ts).
 * Server actions use lib/server/action.ts, which answers with a message instead.
 */
export type TCurrentUser = { id: string; name: string; email: string };

/** The signed-in user of this request, or null (read once per request). */
export const getCurrentUser = cache(async (): Promise<TCurrentUser | null> => {
  const auth = await getAuth();
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return null;
  return { id: session.user.id, name: session.user.name, email: session.user.email };
});

/** The sign-in page, with the path (without locale) to come back to. */
export function signInHref(returnTo?: string) {
  const next = safeReturnPath(returnTo);
  return next ? { pathname: "/sign-in", query: { next } } : { pathname: "/sign-in" };
}

/** The signed-in user; anonymous visitors are sent to sign in first. */
export async function requireUser(returnTo?: string): Promise<TCurrentUser> {
  const user = await getCurrentUser();
  if (!user) return redirect({ href: signInHref(returnTo), locale: await getLocale() });
  return user;
}

// Per request, so that a page and its metadata read the row once.
const partnershipForMember = cache(findPartnershipForMember);
const sessionForMember = cache(findSessionForMember);

/**
 * The partnership, for the signed-in user with at least `required` in it: "coordinator"
 * for managing it, "partner" for seeing results (coordinators may too).
 */
export async function requirePartnershipRole(partnershipId: string, required: TMemberRole, returnTo?: string) {
  const user = await requireUser(returnTo);
  const found = await partnershipForMember(user.id, partnershipId, required);
  if (!found) notFound();
  return { user, ...found };
}

/** As requirePartnershipRole, for a workbook session (through its partnership). */
export async function requireSessionRole(sessionId: string, required: TMemberRole, returnTo?: string) {
  const user = await requireUser(returnTo);
  const found = await sessionForMember(user.id, sessionId, required);
  if (!found) notFound();
  return { user, ...found };
}

/** The partnership if the current user may see it, else null (for metadata, which must not leak names). */
export async function findPartnershipForCurrentUser(partnershipId: string, required: TMemberRole) {
  const user = await getCurrentUser();
  return user ? partnershipForMember(user.id, partnershipId, required) : null;
}

/** The workbook session if the current user may see it, else null. */
export async function findSessionForCurrentUser(sessionId: string, required: TMemberRole) {
  const user = await getCurrentUser();
  return user ? sessionForMember(user.id, sessionId, required) : null;
}
