import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/platform/db";
import { isMemberRole, roleSatisfies, type TMemberRole } from "@/lib/data/memberships";
import { createToken, hashToken } from "@/lib/platform/tokens";

/** How long an invitation link works. */
export const INVITE_VALID_DAYS = 14;

/** Tokens from createToken() are 32 URL-safe characters; anything far off is not ours. */
export function isPlausibleInviteToken(token: string): boolean {
  return token.length >= 20 && token.length <= 100 && /^[A-Za-z0-9_-]+$/.test(token);
}

/**
 * Creates an invitation to become a member with `role`. Returns the token for the link;
 * only its SHA-256 is stored, so the link can be shown once and never again.
 */
export async function createInvite(input: {
  partnershipId: string;
  role: TMemberRole;
  createdById?: string | null;
  now?: Date;
}) {
  const token = createToken();
  const now = input.now ?? new Date();
  const expiresAt = new Date(now.getTime() + INVITE_VALID_DAYS * 24 * 60 * 60 * 1000);
  await db.invite.create({
    data: {
      partnershipId: input.partnershipId,
      role: input.role,
      tokenHash: hashToken(token),
      expiresAt,
      createdById: input.createdById ?? null,
      createdAt: now,
    },
  });
  return { token, expiresAt };
}

export type TInviteStatus = "valid" | "expired" | "used" | "unknown";

/** What an invitation link is about, for the page that opens it. */
export async function findInvite(token: string, now: Date = new Date()) {
  if (!isPlausibleInviteToken(token)) return { status: "unknown" as const };
  const invite = await db.invite.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      role: true,
      expiresAt: true,
      acceptedAt: true,
      partnership: { select: { id: true, name: true, region: true } },
    },
  });
  if (!invite || !isMemberRole(invite.role)) return { status: "unknown" as const };
  const status: TInviteStatus = invite.acceptedAt ? "used" : invite.expiresAt <= now ? "expired" : "valid";
  return { status, role: invite.role, partnership: invite.partnership };
}

export type TAcceptResult =
  | { ok: true; partnershipId: string; role: TMemberRole; alreadyMember: boolean }
  | { ok: false; reason: "unknown" | "expired" | "used" };

/**
 * Accepts an invitation for a signed-in user. Works once: the invite is marked as
 * used in the same transaction that adds the membership. A member who already has
 * the role (or more) keeps the link unused; a partner invited as coordinator is promoted.
 */
export async function acceptInvite(token: string, userId: string, now: Date = new Date()): Promise<TAcceptResult> {
  if (!isPlausibleInviteToken(token)) return { ok: false, reason: "unknown" };
  const tokenHash = hashToken(token);
  try {
    return await db.$transaction(async (tx) => {
      const invite = await tx.invite.findUnique({
        where: { tokenHash },
        select: { id: true, partnershipId: true, role: true, expiresAt: true, acceptedAt: true },
      });
      if (!invite || !isMemberRole(invite.role)) return { ok: false, reason: "unknown" } as const;
      if (invite.acceptedAt) return { ok: false, reason: "used" } as const;
      if (invite.expiresAt <= now) return { ok: false, reason: "expired" } as const;

      const existing = await tx.membership.findUnique({
        where: { userId_partnershipId: { userId, partnershipId: invite.partnershipId } },
        select: { role: true },
      });
      const existingRole = isMemberRole(existing?.role) ? existing.role : null;
      if (roleSatisfies(existingRole, invite.role)) {
        return { ok: true, partnershipId: invite.partnershipId, role: existingRole!, alreadyMember: true } as const;
      }

      // Claim the invite; a concurrent acceptance makes this count 0.
      const claimed = await tx.invite.updateMany({
        where: { id: invite.id, acceptedAt: null, expiresAt: { gt: now } },
        data: { acceptedAt: now, acceptedById: userId },
      });
      if (claimed.count !== 1) return { ok: false, reason: "used" } as const;

      await tx.membership.upsert({
        where: { userId_partnershipId: { userId, partnershipId: invite.partnershipId } },
        create: { userId, partnershipId: invite.partnershipId, role: invite.role },
        update: { role: invite.role },
      });
      return { ok: true, partnershipId: invite.partnershipId, role: invite.role, alreadyMember: false } as const;
    });
  } catch (e) {
    // Two acceptances by the same user at once: the second membership insert collides.
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") return { ok: false, reason: "used" };
    throw e;
  }
}

/** Invitations that can still be used, for the members section. */
export async function listOpenInvites(partnershipId: string, now: Date = new Date()) {
  const rows = await db.invite.findMany({
    where: { partnershipId, acceptedAt: null, expiresAt: { gt: now } },
    orderBy: { createdAt: "desc" },
    select: { id: true, role: true, expiresAt: true, createdAt: true },
  });
  return rows.map((r) => ({ ...r, role: isMemberRole(r.role) ? r.role : ("partner" as const) }));
}

/** Withdraws an open invitation of this partnership; its link stops working. */
export async function revokeInvite(partnershipId: string, inviteId: string): Promise<boolean> {
  const { count } = await db.invite.deleteMany({ where: { id: inviteId, partnershipId, acceptedAt: null } });
  return count === 1;
}
