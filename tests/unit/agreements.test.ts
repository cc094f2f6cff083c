import { beforeAll, describe, expect, it } from "vitest";
import {
  createAgreement,
  deleteAgreement,
  listAgreements,
  updateAgreement,
  ZAgreementInput,
} from "@/lib/data/agreements";
import { readWorkbook } from "@/lib/data/content";
import { db } from "@/lib/platform/db";
import { createSession } from "@/lib/data/sessions";

const wb = readWorkbook();
const [act1, act2] = [wb.acts[0]!.id, wb.acts[1]!.id];

function parse(input: Record<string, unknown>) {
  return ZAgreementInput.safeParse({ actId: act1, action: "Elk kwartaal samen terugkijken", ...input });
}

function errorsOf(input: Record<string, unknown>) {
  const r = parse(input);
  if (r.success) return {};
  return Object.fromEntries(r.error.issues.map((i) => [String(i.path[0]), i.message]));
}

describe("ZAgreementInput", () => {
  it("accepts a complete agreement and trims the texts", () => {
    const r = parse({ position: "-0.3333333333333333", action: "  Samen één loket  ", owner: " Gemeente ", revisitOn: "2027-03-01" });
    expect(r.success).toBe(true);
    expect(r.data).toEqual({
      actId: act1,
      position: -1 / 3,
      action: "Samen één loket",
      owner: "Gemeente",
      revisitOn: new Date("2027-03-01T00:00:00.000Z"),
    });
  });

  it("needs only the act and what the partnership will do", () => {
    const r = parse({ position: "", owner: "", revisitOn: "" });
    expect(r.success && r.data).toEqual({ actId: act1, position: null, action: "Elk kwartaal samen terugkijken", owner: undefined, revisitOn: null });
    expect(parse({}).success).toBe(true);
    expect(parse({ position: null, revisitOn: null }).success).toBe(true);
  });

  it.each([undefined, "", "   ", null])("refuses a missing action (%j)", (action) => {
    expect(errorsOf({ action })).toEqual({ action: "required" });
  });

  it("refuses an action that is too long", () => {
    expect(errorsOf({ action: "x".repeat(1001) })).toEqual({ action: "tooLong" });
  });

  it.each([-1, 1, 0, 0.5, "-1", "1", "0.6666666666666666"])("accepts the position %j within -1..1", (position) => {
    expect(parse({ position }).success).toBe(true);
  });

  it.each([-1.01, 1.5, 2, "-3", "abc", Number.NaN, Number.POSITIVE_INFINITY, true])("refuses the position %j", (position) => {
    expect(errorsOf({ position })).toEqual({ position: "invalidChoice" });
  });

  it("never stores -0", () => {
    const r = parse({ position: -0 });
    expect(r.success && Object.is(r.data.position, 0)).toBe(true);
  });

  it.each(["2027-02-30", "01-03-2027", "tomorrow", "1999-12-31", "2027-13-01"])("refuses the date %j", (revisitOn) => {
    expect(errorsOf({ revisitOn })).toEqual({ revisitOn: "invalidDate" });
  });

  it.each(["no-such-act", 3, undefined])("refuses an unknown act (%j)", (actId) => {
    expect(errorsOf({ actId })).toEqual({ actId: "invalidChoice" });
  });
});

describe("agreements in the database", () => {
  let sessionId: string;
  let otherSessionId: string;

  beforeAll(async () => {
    const partnership = await db.partnership.create({ data: { name: "Test", region: "Regio" }, select: { id: true } });
    sessionId = (await createSession(partnership.id, { title: "S", date: new Date("2026-01-01") })).id;
    otherSessionId = (await createSession(partnership.id, { title: "T", date: new Date("2026-02-01") })).id;
  });

  const valid = (input: Record<string, unknown>) => ZAgreementInput.parse({ actId: act1, action: "Doen", ...input });

  it("creates, lists in act order, updates and deletes", async () => {
    const second = await createAgreement(sessionId, valid({ actId: act2, action: "Tweede act", position: "0.5" }));
    const first = await createAgreement(
      sessionId,
      valid({ action: "Eerste act", owner: "Anna", revisitOn: "2027-01-15", position: "-1" }),
    );
    expect(first).toMatchObject({ sessionId, actId: act1, position: -1, owner: "Anna", revisitOn: new Date("2027-01-15T00:00:00.000Z") });

    let list = await listAgreements(sessionId);
    expect(list.map((a) => a.action)).toEqual(["Eerste act", "Tweede act"]);
    expect(list[1]).toMatchObject({ position: 0.5, owner: null, revisitOn: null });

    expect(await updateAgreement(sessionId, second.id, valid({ actId: act2, action: "Aangepast", position: "" }))).toBe(true);
    list = await listAgreements(sessionId);
    expect(list[1]).toMatchObject({ id: second.id, action: "Aangepast", position: null });

    expect(await deleteAgreement(sessionId, first.id)).toBe(true);
    expect(await deleteAgreement(sessionId, first.id)).toBe(false);
    list = await listAgreements(sessionId);
    expect(list.map((a) => a.id)).toEqual([second.id]);
  });

  it("keeps sessions apart: another session's agreement can be neither listed, changed nor deleted", async () => {
    const mine = await createAgreement(otherSessionId, valid({ action: "Alleen van T" }));
    expect((await listAgreements(sessionId)).some((a) => a.id === mine.id)).toBe(false);
    expect(await updateAgreement(sessionId, mine.id, valid({ action: "Gekaapt" }))).toBe(false);
    expect(await deleteAgreement(sessionId, mine.id)).toBe(false);
    expect((await listAgreements(otherSessionId)).map((a) => a.action)).toEqual(["Alleen van T"]);
  });

  it("keeps agreements in the order they were made within one act", async () => {
    const partnership = await db.partnership.create({ data: { name: "Order", region: "Regio" }, select: { id: true } });
    const { id } = await createSession(partnership.id, { title: "O", date: new Date("2026-03-01") });
    for (const action of ["een", "twee", "drie"]) await createAgreement(id, valid({ action }));
    expect((await listAgreements(id)).map((a) => a.action)).toEqual(["een", "twee", "drie"]);
  });
});
