import "server-only";
import { z } from "zod";
import { db } from "@/lib/platform/db";

/**
 * Members of a partnership and what they may do:
 * - `coordinator`: manages the partnership, its sessions and its members;
 * - `partner`: sees the partnership's results and history.
 * Participants who join a session with a code are not members and need no account.
 */
export const MEMBER_ROLES = ["coordinator", "partner"] as const;
export type TMemberRole = (typeof MEMBER_ROLES)[number];
export const ZMemberRole = z.enum(MEMBER_ROLES, "invalidChoice");

export function isMemberRole(value: unknown): value is TMemberRole {
  return typeof value === "string" && (MEMBER_ROLES as readonly string[]).includes(value);
}

/** Whether a member with `role` may do what needs `required` (a coordinator may do all a partner may). */
export function roleSatisfies(role: TMemberRole | null | undefined, required: TMemberRole): boolean {
  if (!role) return false;
  return required === "partner" ? true : role === "coordinator";
}

export async function getMembershipRole(userId: string, partnershipId: string): Promise<TMemberRole | null> {
  const membership = await db.membership.findUnique({
    where: { userId_partnershipId: { userId, partnershipId } },
    select: { role: true },
  });
  return isMemberRole(membership?.role) ? membership.role : null;
}

/**
 * The outcome of an access check. Anonymous visitors are asked to sign in; signed-in
 * users without the role get "notFound", so they cannot tell whether it exists.
 */
export type TAccess =
  | { ok: true; role: TMemberRole; partnershipId: string }
  | { ok: false; reason: "signIn" | "notFound" };

export async function checkPartnershipAccess(
  userId: string | null | undefined,
  partnershipId: string,
  required: TMemberRole,
): Promise<TAccess> {
  if (!userId) return { ok: false, reason: "signIn" };
  const role = await getMembershipRole(userId, partnershipId);
  if (!roleSatisfies(role, required)) return { ok: false, reason: "notFound" };
  return { ok: true, role: role!, partnershipId };
}

/** Access to a workbook session goes through its partnership. */
export async function checkSessionAccess(
  userId: string | null | undefined,
  sessionId: string,
  required: TMemberRole,
): Promise<TAccess> {
  if (!userId) return { ok: false, reason: "signIn" };
  const session = await db.session.findUnique({ where: { id: sessionId }, select: { partnershipId: true } });
  if (!session) return { ok: false, reason: "notFound" };
  return checkPartnershipAccess(userId, session.partnershipId, required);
}

/** Makes a user a member, or changes the role of an existing member. */
export async function setMembership(userId: string, partnershipId: string, role: TMemberRole) {
  await db.membership.upsert({
    where: { userId_partnershipId: { userId, partnershipId } },
    create: { userId, partnershipId, role },
    update: { role },
  });
}

export async function listMembers(partnershipId: string) {
  const rows = await db.membership.findMany({
    where: { partnershipId },
    orderBy: [{ createdAt: "asc" }],
    select: { role: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
  });
  return rows.map((m) => ({ ...m.user, role: isMemberRole(m.role) ? m.role : ("partner" as const), since: m.createdAt }));
}

/** The partnerships a user is a member of, with their sessions (newest first). */
export async function listPartnershipsForUser(userId: string) {
  const rows = await db.membership.findMany({
    where: { userId },
    orderBy: { partnership: { createdAt: "desc" } },
    select: {
      role: true,
      partnership: {
        select: {
          id: true,
          name: true,
          region: true,
          sessions: {
            orderBy: [{ date: "desc" }, { createdAt: "desc" }],
            select: { id: true, title: true, date: true, status: true },
          },
        },
      },
    },
  });
  return rows.map((m) => ({ ...m.partnership, role: isMemberRole(m.role) ? m.role : ("partner" as const) }));
}

/**
 * Removes a member. A partnership always keeps at least one coordinator, so the last
 * one cannot be removed.
 */
export async function removeMembership(
  partnershipId: string,
  userId: string,
): Promise<{ status: "removed"; name: string } | { status: "notFound" | "lastCoordinator" }> {
  return db.$transaction(async (tx) => {
    const membership = await tx.membership.findUnique({
      where: { userId_partnershipId: { userId, partnershipId } },
      select: { id: true, role: true, user: { select: { name: true } } },
    });
    if (!membership) return { status: "notFound" as const };
    if (membership.role === "coordinator") {
      const coordinators = await tx.membership.count({ where: { partnershipId, role: "coordinator" } });
      if (coordinators <= 1) return { status: "lastCoordinator" as const };
    }
    await tx.membership.delete({ where: { id: membership.id } });
    return { status: "removed" as const, name: membership.user.name };
  });
}
