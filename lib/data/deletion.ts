import "server-only";
import { db } from "@/lib/platform/db";

/**
 * What a coordinator may delete, and what goes with it (issue 14): a participant, a
 * session, a whole partnership. The schema's cascades delete the rows below; the counts
 * here are what the confirmation says. Every query carries the access rule (the user is
 * a coordinator of the partnership), so a row the user may not delete is not found,
 * the same as a row that does not exist.
 */

function coordinatorOf(userId: string) {
  return { memberships: { some: { userId, role: "coordinator" } } };
}

/** A participant with their session and how many answers they gave, for a coordinator of its partnership. */
export async function findParticipantForDeletion(userId: string, sessionId: string, participantId: string) {
  return db.participant.findFirst({
    where: { id: participantId, sessionId, session: { partnership: coordinatorOf(userId) } },
    select: {
      id: true,
      role: true,
      organisation: true,
      displayName: true,
      isTest: true,
      createdAt: true,
      session: { select: { id: true, title: true, partnership: { select: { id: true, name: true } } } },
      _count: { select: { answers: true } },
    },
  });
}

/** Deletes a participant and their answers; the session's id when done, null when not found or not allowed. */
export async function deleteParticipantAsCoordinator(userId: string, sessionId: string, participantId: string) {
  const { count } = await db.participant.deleteMany({
    where: { id: participantId, sessionId, session: { partnership: coordinatorOf(userId) } },
  });
  return count > 0 ? { sessionId } : null;
}

export interface TSessionDeletionCounts {
  participants: number;
  testParticipants: number;
  answers: number;
  agreements: number;
  polarityEntries: number;
}

/** What deleting a session removes, for a coordinator of its partnership; null when not found or not allowed. */
export async function findSessionForDeletion(userId: string, sessionId: string) {
  const row = await db.session.findFirst({
    where: { id: sessionId, partnership: coordinatorOf(userId) },
    select: {
      id: true,
      title: true,
      date: true,
      partnership: { select: { id: true, name: true } },
      _count: { select: { agreements: true, polarityEntries: true } },
    },
  });
  if (!row) return null;
  const [participants, testParticipants, answers] = await Promise.all([
    db.participant.count({ where: { sessionId, isTest: false } }),
    db.participant.count({ where: { sessionId, isTest: true } }),
    db.answer.count({ where: { participant: { sessionId } } }),
  ]);
  const counts: TSessionDeletionCounts = {
    participants,
    testParticipants,
    answers,
    agreements: row._count.agreements,
    polarityEntries: row._count.polarityEntries,
  };
  const { _count, ...session } = row;
  void _count;
  return { session, counts };
}

/** Deletes a session with everything in it; its partnership's id when done, null when not found or not allowed. */
export async function deleteSessionAsCoordinator(userId: string, sessionId: string) {
  return db.$transaction(async (tx) => {
    const row = await tx.session.findFirst({ where: { id: sessionId, partnership: coordinatorOf(userId) }, select: { partnershipId: true } });
    if (!row) return null;
    await tx.session.delete({ where: { id: sessionId } });
    return { partnershipId: row.partnershipId };
  });
}

export interface TPartnershipDeletionCounts extends TSessionDeletionCounts {
  sessions: number;
  members: number;
  invites: number;
}

/** What deleting a partnership removes, for one of its coordinators; null when not found or not allowed. */
export async function findPartnershipForDeletion(userId: string, partnershipId: string) {
  const row = await db.partnership.findFirst({
    where: { id: partnershipId, ...coordinatorOf(userId) },
    select: { id: true, name: true, region: true, _count: { select: { sessions: true, memberships: true, invites: true } } },
  });
  if (!row) return null;
  const inPartnership = { session: { partnershipId } };
  const [participants, testParticipants, answers, agreements, polarityEntries] = await Promise.all([
    db.participant.count({ where: { ...inPartnership, isTest: false } }),
    db.participant.count({ where: { ...inPartnership, isTest: true } }),
    db.answer.count({ where: { participant: inPartnership } }),
    db.agreement.count({ where: inPartnership }),
    db.polarityEntry.count({ where: inPartnership }),
  ]);
  const counts: TPartnershipDeletionCounts = {
    sessions: row._count.sessions,
    members: row._count.memberships,
    invites: row._count.invites,
    participants,
    testParticipants,
    answers,
    agreements,
    polarityEntries,
  };
  return { partnership: { id: row.id, name: row.name, region: row.region }, counts };
}

/** Deletes a partnership with its sessions, answers, agreements, memberships and invitations; false when not found or not allowed. */
export async function deletePartnershipAsCoordinator(userId: string, partnershipId: string): Promise<boolean> {
  const { count } = await db.partnership.deleteMany({ where: { id: partnershipId, ...coordinatorOf(userId) } });
  return count > 0;
}
