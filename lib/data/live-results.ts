import "server-only";
import { getSessionOutcome, getSessionResults } from "@/lib/data/results";
import { getWorkbook } from "@/lib/data/content";
import { deckTextQuestionIds, type TLiveResult } from "@/lib/domain/live-result";
import { roleTally } from "@/lib/domain/scoring";
import { cachedForSession } from "@/lib/platform/live-cache";

export type { TLiveResult } from "@/lib/domain/live-result";

/**
 * Results for live screens (the projector, the live result payload of the events
 * stream), computed once per session per tick however many screens listen, and earlier
 * sessions' profiles (ghost markers, history) once until their data changes. The
 * computation is the one of lib/data/results.ts (computeSessionProfile with the
 * session's anonymity threshold); only how often it runs differs. See lib/platform/live-cache.ts.
 */

/** getSessionOutcome through the live cache (the threshold is part of the key). */
export async function getLiveSessionOutcome(sessionId: string, anonymityThreshold: number) {
  return (await cachedForSession(sessionId, `outcome:${anonymityThreshold}`, () => getSessionOutcome(sessionId, anonymityThreshold))).value;
}

/** getSessionResults with every session's outcome read through the live cache. */
export async function getLiveSessionResults(
  current: Parameters<typeof getSessionResults>[0],
  { historyLength = 2 }: { historyLength?: number } = {},
) {
  return getSessionResults(current, { historyLength, outcome: getLiveSessionOutcome });
}

/**
 * What a live screen needs to redraw, as the events stream sends it (`event: result`)
 * and the presentation page hands to the deck (TLiveResult in lib/domain/live-result.ts):
 * the anonymised profile, the previous session's (the ghost markers), how many
 * participants joined per role (counts only, never names, organisations or answers, and
 * only for roles that reach the anonymity threshold, roleTally; everyone else is one
 * figure, `otherRoles`, 0 or at least the threshold), and the open answers the projector
 * shows (`texts`: the deck's questions only, as computeSessionSummaries lists them, so
 * only questions that reach the threshold, in an order that reveals nobody).
 * `readAt`: every answer stored before this moment is in it.
 *
 * Serialised once per tick and shared by every listener.
 */
export async function getLiveResultJson(session: Parameters<typeof getSessionResults>[0]): Promise<string> {
  const { value } = await cachedForSession(session.id, `json:${session.anonymityThreshold}`, async () => {
    // This session is read afresh (once per tick, see cachedForSession), so that readAt is
    // true; earlier sessions come from the cache.
    const readAt = Date.now();
    const { profile, previous, participants, summaries } = await getSessionResults(session, {
      outcome: (id, threshold) => (id === session.id ? getSessionOutcome(id, threshold) : getLiveSessionOutcome(id, threshold)),
    });
    const workbook = getWorkbook();
    const tally = roleTally(participants, profile.anonymityThreshold, workbook.roles.map((r) => r.id));
    // summaries.texts lists a question only when it reaches the threshold: nothing below it gets here.
    const texts: Record<string, string[]> = {};
    for (const id of deckTextQuestionIds(workbook)) {
      const answers = summaries.texts[id];
      if (answers) texts[id] = answers;
    }
    const result: TLiveResult = {
      sessionId: session.id,
      readAt,
      participants: participants.length,
      roleCounts: Object.fromEntries(tally.byRole.map((r) => [r.role, r.count])),
      otherRoles: tally.other,
      profile,
      previous: previous ? { sessionId: previous.session.id, title: previous.session.title, profile: previous.profile } : null,
      texts,
    };
    return JSON.stringify(result);
  });
  return value;
}

/** The live result as an object (the presentation page's first paint): the same cached computation as the stream's. */
export async function getLiveResult(session: Parameters<typeof getSessionResults>[0]): Promise<TLiveResult> {
  return JSON.parse(await getLiveResultJson(session)) as TLiveResult;
}
