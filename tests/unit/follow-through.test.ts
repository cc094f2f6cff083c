import ICAL from "ical.js";
import { beforeAll, describe, expect, it } from "vitest";
import { createAgreement, listAgreements, setAgreementStatus, updateAgreement, ZAgreementFollowUp, ZAgreementInput } from "@/lib/data/agreements";
import { readWorkbook } from "@/lib/data/content";
import {
  findAgreementForMember,
  findFeedByToken,
  getPartnershipTrend,
  getPreviousAgreements,
  hasFeedToken,
  listPartnershipAgreements,
  renewFeedToken,
} from "@/lib/data/follow-through";
import { createSession } from "@/lib/data/sessions";
import { describeMovement, isOverdue, reviewActs, watchedSides, ZAgreementFilter } from "@/lib/domain/agreements";
import { toICalendar } from "@/lib/platform/calendar";
import { db } from "@/lib/platform/db";
import { hashToken } from "@/lib/platform/tokens";
import { createTestPartnership } from "./support/partnership";

const wb = readWorkbook();
const [act1, act2] = [wb.acts[0]!.id, wb.acts[1]!.id];
const NOW = new Date("2027-03-10T15:00:00.000Z");

describe("agreement rules", () => {
  it("is overdue only after its revisit day and only while not finished", () => {
    const day = new Date("2027-03-10T00:00:00.000Z");
    const before = new Date("2027-03-09T00:00:00.000Z");
    expect(isOverdue({ status: "open", revisitOn: day }, NOW)).toBe(false); // due today, not overdue
    expect(isOverdue({ status: "open", revisitOn: before }, NOW)).toBe(true);
    expect(isOverdue({ status: "in_progress", revisitOn: before }, NOW)).toBe(true);
    expect(isOverdue({ status: "done", revisitOn: before }, NOW)).toBe(false);
    expect(isOverdue({ status: "dropped", revisitOn: before }, NOW)).toBe(false);
    expect(isOverdue({ status: "open", revisitOn: null }, NOW)).toBe(false);
  });

  it("words a movement as direction and size, symmetric for both poles", () => {
    expect(describeMovement(0, 0.4)).toMatchObject({ side: "b", delta: 0.4 });
    expect(describeMovement(0, -0.4)).toMatchObject({ side: "a", size: describeMovement(0, 0.4).size });
    expect(describeMovement(0.2, 0.22).side).toBeNull();
  });

  it("reads the watched drifts from the warning quadrants", () => {
    expect(watchedSides(["warningB", "upsideA"])).toEqual(["b"]);
    expect(watchedSides(["warningA", "warningB"])).toEqual(["a", "b"]);
    expect(watchedSides(["actionA"])).toEqual([]);
  });

  it("reviews only acts with something to review, and shows no movement for a hidden act", () => {
    const profile = (now: number, hidden = false) => ({
      acts: [
        { actId: act1, hidden, now: hidden ? null : { median: now }, desired: null },
        { actId: act2, hidden: false, now: { median: now }, desired: null },
      ],
    });
    const review = reviewActs({
      actIds: [act1, act2, "other"],
      agreements: [{ actId: act1, id: "x" }],
      warnings: [{ actId: act2, quadrant: "warningB", text: "We horen de gemeente niet meer" }],
      lastProfile: profile(0),
      thisProfile: profile(0.4, true),
    });
    expect(review.map((r) => r.actId)).toEqual([act1, act2]);
    expect(review[0]).toMatchObject({ lastNow: 0, thisNow: null, movement: null, watched: [] });
    expect(review[1]).toMatchObject({ watched: ["b"], warnings: { a: [], b: ["We horen de gemeente niet meer"] } });
    expect(review[1]!.movement).toMatchObject({ side: "b", delta: 0.4 });
  });

  it("parses the list filter from search params and ignores anything else", () => {
    expect(ZAgreementFilter.parse({ act: act1, status: "overdue" })).toEqual({ act: act1, status: "overdue" });
    expect(ZAgreementFilter.parse({ act: ["x", "y"], status: "done" })).toEqual({ act: "x", status: "done" });
    expect(ZAgreementFilter.parse({ act: "<script>", status: "finished" })).toEqual({ act: undefined, status: undefined });
  });

  it("refuses an unknown status and keeps line breaks in a note", () => {
    expect(ZAgreementFollowUp.safeParse({ status: "closed" }).success).toBe(false);
    expect(ZAgreementFollowUp.parse({ status: "done", note: " Gedaan.\nVolgend jaar weer. " })).toEqual({ status: "done", note: "Gedaan.\nVolgend jaar weer." });
    expect(ZAgreementFollowUp.parse({ status: "open", note: "" })).toEqual({ status: "open", note: null });
  });
});

describe("agreements across sessions, in the database", () => {
  let p: Awaited<ReturnType<typeof createTestPartnership>>;
  let laterSessionId: string;
  let early: { id: string };
  let late: { id: string };

  beforeAll(async () => {
    p = await createTestPartnership();
    laterSessionId = (await createSession(p.partnershipId, { title: "Later", date: new Date("2026-06-01") })).id;
    const input = (x: Record<string, unknown>) => ZAgreementInput.parse({ actId: act1, action: "Doen", ...x });
    early = await createAgreement(p.sessionId, input({ action: "Samen één loket\nmet de wijkteams", revisitOn: "2027-01-15", owner: "Gemeente", position: "0.5" }));
    late = await createAgreement(p.sessionId, input({ actId: act2, action: "Elk kwartaal terugkijken", revisitOn: "2027-06-01" }));
    await createAgreement(laterSessionId, input({ action: "Zonder datum" }));
  });

  it("starts open, keeps line breaks, and changes status with one call (only in its own session)", async () => {
    const [first] = await listAgreements(p.sessionId);
    expect(first).toMatchObject({ status: "open", note: null, statusChangedAt: null, action: "Samen één loket\nmet de wijkteams" });
    expect(await setAgreementStatus(laterSessionId, early.id, "done")).toBe(false);
    expect(await setAgreementStatus(p.sessionId, early.id, "in_progress")).toBe(true);
    const [after] = await listAgreements(p.sessionId);
    expect(after).toMatchObject({ status: "in_progress" });
    expect(after!.statusChangedAt).toBeInstanceOf(Date);
  });

  it("updates status and note with the rest of the agreement", async () => {
    const input = ZAgreementInput.parse({ actId: act1, action: "Samen één loket\nmet de wijkteams", revisitOn: "2027-01-15", owner: "Gemeente", position: "0.5" });
    expect(await updateAgreement(p.sessionId, early.id, input, { status: "in_progress", note: "Loopt, eerste gesprek in maart." })).toBe(true);
    const [row] = await listAgreements(p.sessionId);
    expect(row).toMatchObject({ status: "in_progress", note: "Loopt, eerste gesprek in maart." });
    expect(await updateAgreement(laterSessionId, early.id, input, { status: "done", note: null })).toBe(false);
  });

  it("lists every session's agreements for members only, filtered by act and status", async () => {
    expect(await listPartnershipAgreements(p.outsider.id, p.partnershipId)).toBeNull();
    const all = await listPartnershipAgreements(p.partner.id, p.partnershipId, {}, NOW);
    expect(all!.map((a) => a.action)).toEqual(["Samen één loket\nmet de wijkteams", "Elk kwartaal terugkijken", "Zonder datum"]);
    expect(all!.map((a) => a.session.id)).toEqual([p.sessionId, p.sessionId, laterSessionId]);
    const byAct = await listPartnershipAgreements(p.coordinator.id, p.partnershipId, { act: act2 }, NOW);
    expect(byAct!.map((a) => a.id)).toEqual([late.id]);
    const inProgress = await listPartnershipAgreements(p.coordinator.id, p.partnershipId, { status: "in_progress" }, NOW);
    expect(inProgress!.map((a) => a.id)).toEqual([early.id]);
    // 15 January has passed on 10 March; 1 June has not.
    const overdue = await listPartnershipAgreements(p.coordinator.id, p.partnershipId, { status: "overdue" }, NOW);
    expect(overdue!.map((a) => a.id)).toEqual([early.id]);
    expect(all!.find((a) => a.id === late.id)!.overdue).toBe(false);
  });

  it("finds one agreement only for a member of its partnership", async () => {
    expect(await findAgreementForMember(p.outsider.id, early.id)).toBeNull();
    const found = await findAgreementForMember(p.partner.id, early.id);
    expect(found).toMatchObject({ partnership: { id: p.partnershipId }, agreement: { id: early.id } });
  });

  it("serves the feed by its secret token only, stores only the hash, and renewing ends the old one", async () => {
    expect(await hasFeedToken(p.partnershipId)).toBe(false);
    const token = await renewFeedToken(p.partnershipId);
    const row = await db.partnership.findUnique({ where: { id: p.partnershipId }, select: { feedTokenHash: true } });
    expect(row!.feedTokenHash).toBe(hashToken(token));
    const feed = await findFeedByToken(token);
    // Only agreements with a revisit date.
    expect(feed!.agreements.map((a) => a.id)).toEqual([early.id, late.id]);
    const renewed = await renewFeedToken(p.partnershipId);
    expect(await findFeedByToken(token)).toBeNull();
    expect(await findFeedByToken(renewed)).not.toBeNull();
    expect(await findFeedByToken("not-a-token")).toBeNull();
  });

  it("gives the next session last time's agreements, and the trend to members only", async () => {
    expect(await getPreviousAgreements(p.sessionId)).toBeNull();
    const previous = await getPreviousAgreements(laterSessionId);
    expect(previous!.session.id).toBe(p.sessionId);
    expect(previous!.agreements.map((a) => a.id)).toEqual([early.id, late.id]);
    expect(await getPartnershipTrend(p.outsider.id, p.partnershipId)).toBeNull();
    const trend = await getPartnershipTrend(p.partner.id, p.partnershipId);
    expect(trend!.map((s) => s.session.id)).toEqual([p.sessionId, laterSessionId]);
    // No answers: every act is hidden, no positions.
    expect(trend!.every((s) => s.profile.acts.every((a) => a.hidden && a.now === null))).toBe(true);
  });
});

describe("calendar file", () => {
  it("is read back by an iCalendar parser: one all-day event per revisit date, with a stable uid", () => {
    const text = toICalendar({
      name: "Afspraken van Zorgregio",
      events: [
        { uid: "agreement-a@werkboek.test", day: new Date("2027-01-15T00:00:00.000Z"), summary: "Afspraak opnieuw bekijken: loket", description: "Regel 1\nRegel 2", url: "https://werkboek.test/nl/partnerships/p/agreements" },
        { uid: "agreement-b@werkboek.test", day: new Date("2027-06-01T00:00:00.000Z"), summary: "Tweede", description: "" },
      ],
    });
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.uid)).toEqual(["agreement-a@werkboek.test", "agreement-b@werkboek.test"]);
    expect(events[0]!.summary).toBe("Afspraak opnieuw bekijken: loket");
    expect(events[0]!.description).toBe("Regel 1\nRegel 2");
    expect(events[0]!.startDate.isDate).toBe(true);
    expect(events[0]!.startDate.toString()).toBe("2027-01-15");
    expect(events[0]!.endDate.toString()).toBe("2027-01-16");
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe("Afspraken van Zorgregio");
  });
});

describe("last time's early warnings", () => {
  it("come from the accepted warning lines of the previous session's polarity maps", async () => {
    const p = await createTestPartnership();
    const next = (await createSession(p.partnershipId, { title: "Volgende", date: new Date("2026-09-01") })).id;
    await db.polarityEntry.createMany({
      data: [
        { sessionId: p.sessionId, actId: act1, quadrant: "warningB", text: "Niemand belt de huisarts meer", status: "accepted" },
        { sessionId: p.sessionId, actId: act1, quadrant: "warningA", text: "Alleen nog overleg", status: "suggested" },
        { sessionId: p.sessionId, actId: act1, quadrant: "upsideA", text: "Korte lijnen", status: "accepted" },
      ],
    });
    const previous = await getPreviousAgreements(next);
    expect(previous!.warnings).toEqual([{ actId: act1, quadrant: "warningB", text: "Niemand belt de huisarts meer" }]);
  });
});
