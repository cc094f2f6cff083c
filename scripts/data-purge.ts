/**
 * `npm run data:purge`: removes the raw answers, open texts and participants' names of every
 * session past its partnership's retention (Partnership.retentionMonths, default 24 months
 * after the session's date), keeping each session's anonymised results and agreements, so
 * the results page, the history and comparisons stay as they were (lib/data/purge.ts).
 *
 * Safe from cron: idempotent (a purged session is skipped), one transaction per session,
 * one line per session it purged and a summary on stdout, errors on stderr. Exit code 0
 * when every due session was purged (or none was due), 1 when any failed.
 *
 *   15 3 * * *  cd /srv/werkboek && DATABASE_URL=file:/srv/werkboek/data/werkboek.db npm run data:purge >> /var/log/werkboek-purge.log 2>&1
 */
import { purgeExpiredSessions } from "@/lib/data/purge";
import { db } from "@/lib/platform/db";

async function main(): Promise<number> {
  const startedAt = new Date();
  try {
    const report = await purgeExpiredSessions(startedAt);
    for (const s of report.purged) {
      console.log(
        `[data:purge] purged session ${s.id} ("${s.title}", ${s.partnership}, ${s.date.toISOString().slice(0, 10)}): ` +
          `${s.answers} answers and ${s.testParticipants} test participants removed, ${s.participantsAnonymised} participants without name and organisation; results stored`,
      );
    }
    for (const f of report.failed) console.error(`[data:purge] FAILED session ${f.id}: ${f.error}`);
    console.log(
      `[data:purge] ${startedAt.toISOString()}: ${report.purged.length} session(s) purged, ${report.failed.length} failed, ` +
        `${report.withdrawnTokens} old withdrawn resume link(s) forgotten`,
    );
    return report.failed.length > 0 ? 1 : 0;
  } catch (e) {
    console.error("[data:purge] stopped:", e);
    return 1;
  } finally {
    await db.$disconnect();
  }
}

void main().then((code) => {
  process.exitCode = code;
});
