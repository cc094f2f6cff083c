import "server-only";
import { getSessionOutcome } from "@/lib/data/results";
import { listSessionsDueForPurge, purgeSession, purgeWithdrawnTokens, type TPurgeCounts } from "@/lib/data/retention";

/**
 * `npm run data:purge` (scripts/data-purge.ts): removes the raw answers of every session
 * past its partnership's retention, keeping its results (lib/data/retention.ts). Each
 * session is one transaction; a session that fails is reported and the others still run.
 * Idempotent: a purged session is never purged again.
 */

export interface TPurgeReport {
  purged: ({ id: string; title: string; partnership: string; date: Date } & TPurgeCounts)[];
  failed: { id: string; error: string }[];
  withdrawnTokens: number;
}

export async function purgeExpiredSessions(now: Date = new Date()): Promise<TPurgeReport> {
  const report: TPurgeReport = { purged: [], failed: [], withdrawnTokens: 0 };
  for (const session of await listSessionsDueForPurge(now)) {
    try {
      // The results as the results page shows them now, from the raw answers, with the session's threshold.
      const { profile, summaries } = await getSessionOutcome(session.id, session.anonymityThreshold);
      const counts = await purgeSession(session.id, { profile, summaries }, now);
      if (counts) report.purged.push({ id: session.id, title: session.title, partnership: session.partnership.name, date: session.date, ...counts });
    } catch (e) {
      report.failed.push({ id: session.id, error: e instanceof Error ? e.message : String(e) });
    }
  }
  report.withdrawnTokens = await purgeWithdrawnTokens(now);
  return report;
}
