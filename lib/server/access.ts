import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { getLocale } from "next-intl/server";
import { redirect } from "@/i18n/navigation";
import { getAuth } from "@/lib/platform/auth";
import { checkPartnershipAccess, checkSessionAccess, type TAccess, type TMemberRole } from "@/lib/data/memberships";
import { safeReturnPath } from "@/lib/domain/return-to";

/**
 * Guards for pages and server actions. Pages call the `require…` functions at the top:
 * anonymous visitors go to the sign-in page (and come back afterwards), signed-in users
 * without the right role get a 404, so they cannot tell whether the thing exists.
 * Server actions use `getCurrentUser` with `check…Access` from lib/memberships and
 * return a message instead.
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

async function redirectToSignIn(returnTo?: string): Promise<never> {
  return redirect({ href: signInHref(returnTo), locale: await getLocale() });
}

/** The signed-in user; anonymous visitors are sent to sign in first. */
export async function requireUser(returnTo?: string): Promise<TCurrentUser> {
  const user = await getCurrentUser();
  if (!user) return redirectToSignIn(returnTo);
  return user;
}

async function enforce(access: TAccess, returnTo?: string) {
  if (access.ok) return access;
  if (access.reason === "signIn") return redirectToSignIn(returnTo);
  notFound();
}

/**
 * The signed-in user with at least `required` in the partnership: "coordinator" for
 * managing it, "partner" for seeing results (coordinators may too).
 */
export async function requirePartnershipRole(partnershipId: string, required: TMemberRole, returnTo?: string) {
  const user = await getCurrentUser();
  const access = await enforce(await checkPartnershipAccess(user?.id, partnershipId, required), returnTo);
  return { user: user!, role: access.role, partnershipId: access.partnershipId };
}

/** As requirePartnershipRole, for a workbook session (through its partnership). */
export async function requireSessionRole(sessionId: string, required: TMemberRole, returnTo?: string) {
  const user = await getCurrentUser();
  const access = await enforce(await checkSessionAccess(user?.id, sessionId, required), returnTo);
  return { user: user!, role: access.role, partnershipId: access.partnershipId };
}

/** Whether the current user may see this partnership (for metadata, which must not leak names). */
export async function canAccessPartnership(partnershipId: string, required: TMemberRole): Promise<boolean> {
  const user = await getCurrentUser();
  return (await checkPartnershipAccess(user?.id, partnershipId, required)).ok;
}

/** Whether the current user may see this workbook session. */
export async function canAccessSession(sessionId: string, required: TMemberRole): Promise<boolean> {
  const user = await getCurrentUser();
  return (await checkSessionAccess(user?.id, sessionId, required)).ok;
}
