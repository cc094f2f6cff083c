import { execFileSync } from "node:child_process";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/platform/db";
import { getWorkbook } from "@/lib/data/content";
import { createParticipant } from "@/lib/data/participants";
import { createSession } from "@/lib/data/sessions";
import { getSessionOutcome, getSessionResults } from "@/lib/data/results";
import { getRetentionStatus, findStoredOutcome } from "@/lib/data/retention";
import { purgeExpiredSessions } from "@/lib/data/purge";
import { findOwnAnswers } from "@/lib/data/participant-rights";
import { addMonths, isPastRetention, rawDataRemovedAfter, ZRetentionMonths } from "@/lib/domain/retention";
import { listItems } from "@/lib/domain/workbook";
import nl from "@/messages/nl.json";
import { request } from "./support/request";
import { createTestPartnership } from "./support/partnership";

vi.mock("next/headers", async () => (await import("./support/request")).headersModule);
vi.mock("next-intl/server", async () => (await import("./support/request")).intlServerModule);
vi.mock("@/i18n/navigation", async () => (await import("./support/request")).navigationModule);
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
const signedIn: { user: { id: string; name: string; email: string } | null } = { user: null };
vi.mock("@/lib/server/access", () => ({ getCurrentUser: async () => signedIn.user }));

const { setRetentionAction } = await import("@/app/[locale]/partnerships/[partnershipId]/deletion-actions");

const workbook = getWorkbook();
const items = listItems(workbook);

/**
 * A session like the demo's: `count` partners of varied roles answer every item (positions
 * spread over the scale, some "don't know" and "does not apply", ticks, open texts), plus a
 * test participant who answers too.
 */
async function fillSession(sessionId: string, count: number, seed: number) {
  const people = [];
  const rows: { participantId: string; itemId: string; dimension: string; value: number | null; text: string | null; notApplicable: boolean }[] = [];
  for (let i = 0; i < count + 1; i++) {
    const isTest = i === count;
    const { participant, token } = await createParticipant(
      sessionId,
      { role: workbook.roles[i % 3]!.id, organisation: `Organisatie ${seed}-${i}`, displayName: `Naam ${seed}-${i}` },
      { isTest },
    );
    people.push({ id: participant.id, token });
    const answer = (itemId: string, dimension: string, value: number | null, text: string | null = null, notApplicable = false) =>
      rows.push({ participantId: participant.id, itemId, dimension, value, text, notApplicable });
    for (const [k, item] of items.entries()) {
      const v = ((i * 3 + k * 5 + seed) % 7) + 1;
      if (item.kind === "scale") {
        answer(item.id, "now", (i + k) % 11 === 0 ? null : v);
        const na = (i + k) % 13 === 0;
        answer(item.id, "desired", na ? null : ((v + 2) % 7) + 1, null, na);
      } else if (item.kind === "position") {
        answer(item.id, "now", v);
      } else if (item.kind === "choice") {
        answer(item.id, "choice", (i + k) % 2);
      } else {
        answer(item.id, "text", null, `Open antwoord ${seed}-${i}-${k}`);
      }
    }
  }
  // One write for the whole session (saveAnswer per answer would be thousands of commits).
  await db.answer.createMany({ data: rows });
  return people;
}

/** A partnership with two aged sessions (2020) and one recent one, filled in. */
async function agedPartnership() {
  const base = await createTestPartnership();
  await db.session.update({ where: { id: base.sessionId }, data: { date: new Date("2020-03-31T00:00:00Z"), title: "Voorjaar 2020" } });
  const { id: later } = await createSession(base.partnershipId, { title: "Najaar 2020", date: new Date("2020-09-15T00:00:00Z") });
  const { id: recent } = await createSession(base.partnershipId, { title: "Nu", date: new Date() });
  const { id: small } = await createSession(base.partnershipId, { title: "Klein", date: new Date("2020-05-01T00:00:00Z") });
  const first = await fillSession(base.sessionId, 6, 1);
  const second = await fillSession(later, 5, 2);
  await fillSession(recent, 3, 3);
  // Two partners: below the threshold of three, so nothing of them may be stored.
  await fillSession(small, 2, 4);
  const sessions = await db.session.findMany({ where: { partnershipId: base.partnershipId }, orderBy: { date: "asc" } });
  return { ...base, first, second, later, recent, small, sessions };
}

async function resultsOf(sessionId: string) {
  const s = await db.session.findUniqueOrThrow({ where: { id: sessionId } });
  const r = await getSessionResults(s, { historyLength: 4 });
  return { profile: r.profile, summaries: r.summaries, history: r.history.map((h) => ({ id: h.session.id, profile: h.profile })), participants: r.participants.length };
}

describe("retention dates (issue 14)", () => {
  it("adds calendar months in UTC; a missing day becomes the month's last", () => {
    expect(addMonths(new Date("2024-01-31T00:00:00Z"), 1).toISOString()).toBe("2024-02-29T00:00:00.000Z");
    expect(addMonths(new Date("2024-03-31T00:00:00Z"), 24).toISOString()).toBe("2026-03-31T00:00:00.000Z");
    expect(addMonths(new Date("2026-12-02T10:00:00Z"), -24).toISOString()).toBe("2024-12-02T10:00:00.000Z");
    const date = new Date("2024-06-15T00:00:00Z");
    expect(rawDataRemovedAfter(date, 24).toISOString()).toBe("2026-06-15T00:00:00.000Z");
    expect(isPastRetention(date, 24, new Date("2026-06-14T23:59:59Z"))).toBe(false);
    expect(isPastRetention(date, 24, new Date("2026-06-15T00:00:00Z"))).toBe(true);
  });

  it("the setting is a whole number of months from 1 to 120", () => {
    expect(ZRetentionMonths.parse("24")).toBe(24);
    for (const bad of ["0", "121", "2.5", "abc", "-3", ""]) expect(ZRetentionMonths.safeParse(bad).success).toBe(false);
  });
});

describe("the retention setting (issue 14)", () => {
  async function submit(fields: Record<string, string>) {
    request.headers = new Headers({ host: "werkboek.test", origin: "http://werkboek.test" });
    const data = new FormData();
    for (const [k, v] of Object.entries(fields)) data.append(k, v);
    return setRetentionAction(null, data);
  }

  it("a coordinator sets it; bad input gets a clear message and nothing changes; a partner may not", async () => {
    const { coordinator, partner, partnershipId, sessionId } = await createTestPartnership();
    expect((await db.partnership.findUniqueOrThrow({ where: { id: partnershipId } })).retentionMonths).toBe(24);
    signedIn.user = coordinator;
    expect(await submit({ partnershipId, retentionMonths: "0" })).toMatchObject({
      ok: false,
      errors: { retentionMonths: nl.errors.invalidRetention },
    });
    expect(await submit({ partnershipId, retentionMonths: "12" })).toMatchObject({ ok: true, message: nl.rights.retention.saved });
    expect((await db.partnership.findUniqueOrThrow({ where: { id: partnershipId } })).retentionMonths).toBe(12);
    const status = await getRetentionStatus(sessionId);
    expect(status?.removeAfter?.toISOString()).toBe("2027-01-01T00:00:00.000Z");
    signedIn.user = partner;
    expect(await submit({ partnershipId, retentionMonths: "60" })).toMatchObject({ ok: false, message: nl.errors.notFound });
    expect((await db.partnership.findUniqueOrThrow({ where: { id: partnershipId } })).retentionMonths).toBe(12);
    signedIn.user = null;
  });
});

describe("npm run data:purge (issue 14)", () => {
  it("on aged demo-like data: results, history and counts stay the same, raw answers and open texts are gone", async () => {
    const data = await agedPartnership();
    const before = await resultsOf(data.later);
    const beforeFirst = await resultsOf(data.sessionId);
    const beforeRecent = await resultsOf(data.recent);
    expect(before.history.map((h) => h.id)).toEqual([data.sessionId, data.small, data.later]);
    expect(before.profile.respondents).toBe(5);
    expect(Object.keys(before.summaries.texts).length).toBeGreaterThan(0);
    const recentAnswers = await db.answer.count({ where: { participant: { sessionId: data.recent } } });

    // The command as cron runs it, on this test's database.
    const out = execFileSync("npx", ["tsx", "--conditions=react-server", "scripts/data-purge.ts"], {
      env: { ...process.env },
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    expect(out).toContain("3 session(s) purged, 0 failed");
    expect(out).toContain(`purged session ${data.later}`);

    // Raw data gone for the three aged sessions; the recent one untouched.
    for (const id of [data.sessionId, data.later, data.small]) {
      expect(await db.answer.count({ where: { participant: { sessionId: id } } })).toBe(0);
      expect(await db.participant.count({ where: { sessionId: id, isTest: true } })).toBe(0);
      expect(await db.participant.count({ where: { sessionId: id, OR: [{ displayName: { not: null } }, { organisation: { not: null } }] } })).toBe(0);
      const s = await db.session.findUniqueOrThrow({ where: { id } });
      expect(s.purgedAt).toBeInstanceOf(Date);
      expect(s.status).toBe("closed");
    }
    expect(await db.answer.count({ where: { participant: { sessionId: data.recent } } })).toBe(recentAnswers);

    // The same figures, read from the stored profiles.
    const after = await resultsOf(data.later);
    expect(after.profile).toEqual(before.profile);
    expect(after.history).toEqual(before.history);
    expect(after.participants).toBe(before.participants);
    expect(after.summaries).toEqual({ ...before.summaries, texts: {} });
    expect((await resultsOf(data.sessionId)).profile).toEqual(beforeFirst.profile);
    expect(await resultsOf(data.recent)).toEqual(beforeRecent);
    expect((await getRetentionStatus(data.later))?.purgedAt).toBeInstanceOf(Date);

    // The resume link still finds the participant, without answers, and says the data was removed.
    const own = await findOwnAnswers(data.second[0]!.token);
    expect(own?.answers).toEqual([]);
    expect(own?.session.purgedAt).toBeInstanceOf(Date);

    // Idempotent: a second run purges nothing and changes nothing.
    const again = await purgeExpiredSessions();
    expect(again.purged).toEqual([]);
    expect(again.failed).toEqual([]);
    expect(await resultsOf(data.later)).toEqual(after);
  }, 120_000);

  it("stores only what may be shown: nothing below the threshold, no ids, names, organisations or open texts", async () => {
    const data = await agedPartnership();
    const small = await getSessionOutcome(data.small, 3);
    expect(small.profile.acts.every((a) => a.hidden && a.dots === null)).toBe(true);
    await purgeExpiredSessions(new Date("2026-12-02T00:00:00Z"));
    const rows = await db.sessionProfile.findMany({ where: { sessionId: { in: [data.sessionId, data.later, data.small] } } });
    expect(rows).toHaveLength(3);
    const participantIds = data.first.concat(data.second).map((p) => p.id);
    for (const row of rows) {
      expect(row.profile).not.toMatch(/Open antwoord|Organisatie|Naam /);
      for (const id of participantIds) expect(row.profile).not.toContain(id);
    }
    const stored = await findStoredOutcome(data.small);
    expect(stored?.profile).toEqual(small.profile);
    expect(stored?.summaries.texts).toEqual({});
    expect(stored?.summaries.hidden).toBe(true);
    // A purged session's threshold is fixed.
    const { setAnonymityThreshold } = await import("@/lib/data/sessions");
    expect(await setAnonymityThreshold(data.small, 2)).toBe(false);
    expect(await setAnonymityThreshold(data.recent, 4)).toBe(true);
  }, 120_000);

  it("a partnership's own retention counts: 120 months keeps 2020's raw answers", async () => {
    const data = await agedPartnership();
    await db.partnership.update({ where: { id: data.partnershipId }, data: { retentionMonths: 120 } });
    const report = await purgeExpiredSessions(new Date("2026-12-02T00:00:00Z"));
    expect(report.purged.map((p) => p.id)).not.toContain(data.later);
    expect(await db.answer.count({ where: { participant: { sessionId: data.later } } })).toBeGreaterThan(0);
    expect(isPastRetention(new Date("2020-09-15T00:00:00Z"), 120, new Date("2030-09-15T00:00:00Z"))).toBe(true);
  }, 120_000);
});
