import "server-only";
import { z } from "zod";
import { db } from "@/lib/platform/db";
import { PARTNERSHIP_SELECT } from "@/lib/data/partnerships";
import { SESSION_SELECT } from "@/lib/data/sessions";

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

/** The roles that may do what needs `required`: the access rule as a query condition. */
function rolesSatisfying(required: TMemberRole): TMemberRole[] {
  return MEMBER_ROLES.filter((role) => roleSatisfies(role, required));
}

export async function getMembershipRole(userId: string, partnershipId: string): Promise<TMemberRole | null> {
  const membership = await db.membership.findUnique({
    where: { userId_partnershipId: { userId, partnershipId } },
    select: { role: true },
  });
  return isMemberRole(membership?.role) ? membership.role : null;
}

/** A membership of `userId` with a role that satisfies `required`, as a Prisma condition. */
function memberWhere(userId: string, required: TMemberRole) {
  return { some: { userId, role: { in: rolesSatisfying(required) } } };
}

/** The member's own role, read along with the row (the condition above already holds). */
function ownRole(userId: string) {
  return { where: { userId }, select: { role: true }, take: 1 } as const;
}

function roleOf(memberships: { role: string }[]): TMemberRole {
  const role = memberships[0]?.role;
  // The query only finds rows where the user has a satisfying role.
  if (!isMemberRole(role)) throw new Error("Membership without a known role");
  return role;
}

/**
 * The partnership, when `userId` is a member with at least `required`, else null: one
 * query, so there is no gap between the check and the read. A partnership that does not
 * exist and one the user may not see give the same answer.
 */
export async function findPartnershipForMember(userId: string, partnershipId: string, required: TMemberRole) {
  const row = await db.partnership.findFirst({
    where: { id: partnershipId, memberships: memberWhere(userId, required) },
    select: { ...PARTNERSHIP_SELECT, memberships: ownRole(userId) },
  });
  if (!row) return null;
  const { memberships, ...partnership } = row;
  return { role: roleOf(memberships), partnership };
}

/** As findPartnershipForMember, for a workbook session (access goes through its partnership). */
export async function findSessionForMember(userId: string, sessionId: string, required: TMemberRole) {
  const row = await db.session.findFirst({
    where: { id: sessionId, partnership: { memberships: memberWhere(userId, required) } },
    select: {
      ...SESSION_SELECT,
      partnership: { select: { ...SESSION_SELECT.partnership.select, memberships: ownRole(userId) } },
    },
  });
  if (!row) return null;
  const { memberships, ...partnership } = row.partnership;
  return { role: roleOf(memberships), session: { ...row, partnership } };
}

export type TPartnershipForMember = NonNullable<Awaited<ReturnType<typeof findPartnershipForMember>>>;
export type TSessionForMember = NonNullable<Awaited<ReturnType<typeof findSessionForMember>>>;

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
