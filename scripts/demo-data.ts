import type { PrismaClient } from "../lib/generated/prisma/client";
import { DEMO_ACCOUNT } from "../lib/domain/demo";

export type TDemoRemoval =
  | { ok: true; removedUser: boolean; removedPartnerships: string[] }
  | { ok: false; sharedPartnerships: string[] };

/**
 * Removes the demo data that `npm run db:seed` added (`npm run db:remove-demo`): the demo
 * coordinator's account (with its sign-in sessions and memberships) and every partnership
 * whose only member is that account, with their sessions, participants, answers,
 * agreements and invitations (the database cascades). A partnership that has other
 * members too is real work: then nothing is removed and its name is reported, so that
 * its members can first give the coordinator role to one of them.
 */
export async function removeDemoData(db: PrismaClient): Promise<TDemoRemoval> {
  const user = await db.user.findUnique({ where: { email: DEMO_ACCOUNT.email }, select: { id: true } });
  if (!user) return { ok: true, removedUser: false, removedPartnerships: [] };
  const partnerships = await db.partnership.findMany({
    where: { memberships: { some: { userId: user.id } } },
    select: { id: true, name: true, memberships: { select: { userId: true } } },
  });
  const shared = partnerships.filter((p) => p.memberships.some((m) => m.userId !== user.id));
  if (shared.length > 0) return { ok: false, sharedPartnerships: shared.map((p) => p.name) };
  await db.$transaction([
    db.partnership.deleteMany({ where: { id: { in: partnerships.map((p) => p.id) } } }),
    db.user.delete({ where: { id: user.id } }),
  ]);
  return { ok: true, removedUser: true, removedPartnerships: partnerships.map((p) => p.name) };
}
