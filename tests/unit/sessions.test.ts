import { describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { saveAnswer } from "@/lib/data/answers";
import { createParticipant } from "@/lib/data/participants";
import {
  canChangeWorkbookLength,
  createSession,
  listEarlierSessions,
  setAnonymityThreshold,
  setWorkbookLength,
  ZAnonymityThreshold,
  ZSessionInput,
} from "@/lib/data/sessions";

async function partnership() {
  return db.partnership.create({ data: { name: "Test", region: "Regio" }, select: { id: true } });
}

describe("session settings", () => {
  it.each([["3", 3], ["2", 2], [" 12 ", 12]])("accepts %j as an anonymity threshold", (input, value) => {
    expect(ZAnonymityThreshold.parse(input)).toBe(value);
  });

  it.each(["1", "0", "-3", "2.5", "abc", "51", ""])("refuses %j as an anonymity threshold", (input) => {
    const r = ZAnonymityThreshold.safeParse(input);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe("invalidThreshold");
  });

  it("defaults the threshold to 3 and stores a chosen one", async () => {
    expect(ZSessionInput.parse({ title: "S", date: "2026-05-01" }).anonymityThreshold).toBe(3);
    const { id: partnershipId } = await partnership();
    const { id } = await createSession(partnershipId, ZSessionInput.parse({ title: "S", date: "2026-05-01", anonymityThreshold: "5" }));
    expect((await db.session.findUniqueOrThrow({ where: { id } })).anonymityThreshold).toBe(5);
    await setAnonymityThreshold(id, 4);
    expect((await db.session.findUniqueOrThrow({ where: { id } })).anonymityThreshold).toBe(4);
  });

  it("defaults to the full workbook, stores the short one, and refuses other lengths", async () => {
    expect(ZSessionInput.parse({ title: "S", date: "2026-05-01" }).workbookLength).toBe("full");
    const bad = ZSessionInput.safeParse({ title: "S", date: "2026-05-01", workbookLength: "medium" });
    expect(bad.error?.issues[0]).toMatchObject({ path: ["workbookLength"], message: "invalidChoice" });
    const { id: partnershipId } = await partnership();
    const { id } = await createSession(partnershipId, ZSessionInput.parse({ title: "S", date: "2026-05-01", workbookLength: "short" }));
    expect((await db.session.findUniqueOrThrow({ where: { id } })).workbookLength).toBe("short");
  });

  it("changes the workbook length only while nobody has answered", async () => {
    const { id: partnershipId } = await partnership();
    const { id } = await createSession(partnershipId, { title: "S", date: new Date("2026-05-01") });
    const { participant } = await createParticipant(id, { role: "professional" });
    // Joined but not answered yet: still changeable.
    expect(await canChangeWorkbookLength(id)).toBe(true);
    expect(await setWorkbookLength(id, "short")).toBe(true);
    expect((await db.session.findUniqueOrThrow({ where: { id } })).workbookLength).toBe("short");
    await saveAnswer(participant.id, { itemId: "variety-task-mission", dimension: "now", value: 4, text: null });
    expect(await canChangeWorkbookLength(id)).toBe(false);
    expect(await setWorkbookLength(id, "full")).toBe(false);
    expect((await db.session.findUniqueOrThrow({ where: { id } })).workbookLength).toBe("short");
  });

  it("refuses an impossible date", () => {
    expect(ZSessionInput.safeParse({ title: "S", date: "2026-02-31" }).success).toBe(false);
    expect(ZSessionInput.safeParse({ title: "", date: "2026-02-01" }).success).toBe(false);
  });

  it("lists the partnership's earlier sessions, newest first, not later ones", async () => {
    const { id: partnershipId } = await partnership();
    const first = await createSession(partnershipId, { title: "Eerste", date: new Date("2026-01-10") });
    const second = await createSession(partnershipId, { title: "Tweede", date: new Date("2026-03-10") });
    const third = await createSession(partnershipId, { title: "Derde", date: new Date("2026-06-10") });
    expect((await listEarlierSessions(third.id)).map((s) => s.id)).toEqual([second.id, first.id]);
    expect(await listEarlierSessions(first.id)).toEqual([]);
  });
});
