import "server-only";
import { z } from "zod";
import { db } from "@/lib/platform/db";
import type { TSessionProfile } from "@/lib/domain/scoring";
import type { TSessionSummaries } from "@/lib/domain/summaries";
import {
  DEFAULT_RETENTION_MONTHS,
  MAX_RETENTION_MONTHS,
  rawDataRemovedAfter,
  retentionCutoff,
  WITHDRAWN_TOKEN_MONTHS,
} from "@/lib/domain/retention";

/**
 * Retention (issue 14): per partnership, how long a session's raw answers are kept; the
 * purge that removes them afterwards; and the stored results that stand in for them.
 *
 * At purge time a session's results are computed once more from its raw answers, with its
 * anonymity threshold, and stored as they may be shown (SessionProfile): the balance profile
 * and the summaries without open texts. Then, in the same transaction, the answers, the test
 * participants and the participants' names and organisations are removed; each
 * participant keeps only their role, so counts per role stay. Agreements and polarity maps
 * stay. lib/data/results.ts reads the stored results for a purged session, so the results
 * page, the history and comparisons show the same figures as before.
 */

/** The stored results of a purged session: what the results page may show, nothing more. */
export interface TStoredOutcome {
  version: 1;
  profile: TSessionProfile;
  /** The summaries with `texts` empty: open texts are removed with the raw answers. */
  summaries: TSessionSummaries;
}

const ZStoredOutcome = z.object({
  version: z.literal(1),
  profile: z.custom<TSessionProfile>((v) => typeof v === "object" && v !== null && Array.isArray((v as TSessionProfile).acts)),
  summaries: z.custom<TSessionSummaries>((v) => typeof v === "object" && v !== null && typeof (v as TSessionSummaries).choices === "object"),
});

/** The stored results of a session, or null while its raw answers are still there. */
export async function findStoredOutcome(sessionId: string): Promise<(TStoredOutcome & { computedAt: Date }) | null> {
  const row = await db.sessionProfile.findUnique({ where: { sessionId }, select: { profile: true, computedAt: true } });
  if (!row) return null;
  const parsed = ZStoredOutcome.safeParse(JSON.parse(row.profile));
  // A stored profile we cannot read is a defect, not "no data": say so loudly.
  if (!parsed.success) throw new Error(`Stored profile of session ${sessionId} is not readable`);
  return { ...parsed.data, computedAt: row.computedAt };
}

/** Sets how many months the partnership keeps raw answers (validated with ZRetentionMonths). */
export async function setRetentionMonths(partnershipId: string, retentionMonths: number) {
  await db.partnership.update({ where: { id: partnershipId }, data: { retentionMonths } });
}

export async function getRetentionMonths(partnershipId: string): Promise<number> {
  const row = await db.partnership.findUnique({ where: { id: partnershipId }, select: { retentionMonths: true } });
  return row?.retentionMonths ?? DEFAULT_RETENTION_MONTHS;
}

/** What the results page says about a session's raw data: removed on a date, or when it will be. */
export async function getRetentionStatus(
  sessionId: string,
): Promise<{ purgedAt: Date; removeAfter?: never } | { purgedAt: null; removeAfter: Date; retentionMonths: number } | null> {
  const row = await db.session.findUnique({
    where: { id: sessionId },
    select: { date: true, purgedAt: true, partnership: { select: { retentionMonths: true } } },
  });
  if (!row) return null;
  if (row.purgedAt) return { purgedAt: row.purgedAt };
  const months = row.partnership.retentionMonths;
  return { purgedAt: null, removeAfter: rawDataRemovedAfter(row.date, months), retentionMonths: months };
}

/**
 * Sessions whose raw answers are past their partnership's retention at `now` and not yet
 * purged, oldest first. The date test is exact per partnership (lib/domain/retention.ts).
 */
export async function listSessionsDueForPurge(now: Date) {
  const rows = await db.session.findMany({
    // No partnership keeps longer than the maximum: a cheap first cut in the query.
    where: { purgedAt: null, date: { lte: retentionCutoff(now, 1) } },
    orderBy: { date: "asc" },
    select: { id: true, title: true, date: true, anonymityThreshold: true, partnership: { select: { name: true, retentionMonths: true } } },
  });
  return rows.filter((s) => rawDataRemovedAfter(s.date, Math.min(s.partnership.retentionMonths, MAX_RETENTION_MONTHS)) <= now);
}

export interface TPurgeCounts {
  answers: number;
  testParticipants: number;
  participantsAnonymised: number;
}

/**
 * Purges one session: stores `outcome` (its results as computed from the raw answers, see
 * getSessionOutcome) without open texts, removes the raw data and closes the session, in
 * one transaction. Does nothing and returns null for a session that is already purged,
 * so running it twice is harmless.
 */
export async function purgeSession(
  sessionId: string,
  outcome: { profile: TSessionProfile; summaries: TSessionSummaries },
  now: Date,
): Promise<TPurgeCounts | null> {
  const stored: TStoredOutcome = { version: 1, profile: outcome.profile, summaries: { ...outcome.summaries, texts: {} } };
  return db.$transaction(async (tx) => {
    // Claims the session first: a second purge running at the same time finds nothing to claim.
    const claimed = await tx.session.updateMany({ where: { id: sessionId, purgedAt: null }, data: { purgedAt: now, status: "closed" } });
    if (claimed.count === 0) return null;
    await tx.sessionProfile.upsert({
      where: { sessionId },
      create: { sessionId, profile: JSON.stringify(stored), computedAt: now },
      update: { profile: JSON.stringify(stored), computedAt: now },
    });
    const answers = await tx.answer.deleteMany({ where: { participant: { sessionId } } });
    const testParticipants = await tx.participant.deleteMany({ where: { sessionId, isTest: true } });
    const anonymised = await tx.participant.updateMany({ where: { sessionId }, data: { displayName: null, organisation: null } });
    return { answers: answers.count, testParticipants: testParticipants.count, participantsAnonymised: anonymised.count };
  });
}

/** Removes the tombstones of withdrawn resume links older than WITHDRAWN_TOKEN_MONTHS; how many. */
export async function purgeWithdrawnTokens(now: Date): Promise<number> {
  const { count } = await db.withdrawnToken.deleteMany({ where: { withdrawnAt: { lt: retentionCutoff(now, WITHDRAWN_TOKEN_MONTHS) } } });
  return count;
}
