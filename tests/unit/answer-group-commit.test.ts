import { describe, expect, it } from "vitest";
import { listParticipantAnswers, saveAnswer } from "@/lib/data/answers";
import { readWorkbook } from "@/lib/data/content";
import { createParticipant } from "@/lib/data/participants";
import { createPartnership } from "@/lib/data/partnerships";
import { createSession } from "@/lib/data/sessions";
import { db } from "@/lib/platform/db";
import { createTestUser } from "./support/users";

const statements = readWorkbook().acts.flatMap((a) => a.statements.filter((s) => !s.retired)).map((s) => s.id);

async function sessionWith(participants: number) {
  const coordinator = await createTestUser();
  const { id: partnershipId } = await createPartnership({ name: "Groep", region: "Regio" }, coordinator.id);
  const { id: sessionId } = await createSession(partnershipId, { title: "S", date: new Date("2026-01-01") });
  const ids: string[] = [];
  for (let i = 0; i < participants; i++) ids.push((await createParticipant(sessionId, { role: "professional" })).participant.id);
  return ids;
}

describe("saveAnswer: answers sent at once are committed together", () => {
  it("stores every one of many concurrent answers, the last one sent per item winning", async () => {
    const participants = await sessionWith(5);
    const sent = participants.flatMap((participantId, p) =>
      statements.slice(0, 20).map((itemId, i) => ({ participantId, answer: { itemId, dimension: "now" as const, value: ((p + i) % 7) + 1, text: null } })),
    );
    // The same item twice for the first participant: the later one wins.
    sent.push({ participantId: participants[0]!, answer: { itemId: statements[0]!, dimension: "now", value: 7, text: null } });
    const rows = await Promise.all(sent.map((s) => saveAnswer(s.participantId, s.answer)));
    expect(rows.every((r) => r.updatedAt instanceof Date)).toBe(true);
    expect(await db.answer.count({ where: { participantId: { in: participants } } })).toBe(100);
    const first = await listParticipantAnswers(participants[0]!);
    expect(first.find((a) => a.itemId === statements[0])?.value).toBe(7);
  });

  it("one failing answer in a group fails alone", async () => {
    const [participant] = await sessionWith(1);
    const good = statements.slice(0, 10).map((itemId) => saveAnswer(participant!, { itemId, dimension: "now", value: 4, text: null }));
    const bad = saveAnswer("no-such-participant", { itemId: statements[0]!, dimension: "now", value: 4, text: null });
    const results = await Promise.allSettled([...good, bad]);
    expect(results.slice(0, 10).every((r) => r.status === "fulfilled")).toBe(true);
    expect(results[10]!.status).toBe("rejected");
    expect(await db.answer.count({ where: { participantId: participant! } })).toBe(10);
  });

  it("writes rows that read back as Prisma writes them: types, a later answer replacing all fields, the time", async () => {
    const [participant] = await sessionWith(1);
    const before = Date.now();
    // Group of several (one statement), then a group of one: "does not apply" replaced by a position.
    await Promise.all([
      saveAnswer(participant!, { itemId: statements[0]!, dimension: "now", value: null, text: null, notApplicable: true }),
      saveAnswer(participant!, { itemId: statements[1]!, dimension: "desired", value: 6, text: null }),
      saveAnswer(participant!, { itemId: statements[2]!, dimension: "now", value: null, text: null }),
    ]);
    let rows = await db.answer.findMany({ where: { participantId: participant! }, orderBy: { itemId: "asc" } });
    const byItem = (id: string) => rows.find((r) => r.itemId === id)!;
    expect(byItem(statements[0]!)).toMatchObject({ dimension: "now", value: null, text: null, notApplicable: true });
    expect(byItem(statements[1]!)).toMatchObject({ dimension: "desired", value: 6, notApplicable: false });
    expect(byItem(statements[2]!)).toMatchObject({ value: null, notApplicable: false });
    for (const r of rows) {
      expect(r.updatedAt).toBeInstanceOf(Date);
      expect(r.updatedAt.getTime()).toBeGreaterThanOrEqual(before - 5);
      expect(r.updatedAt.getTime()).toBeLessThanOrEqual(Date.now() + 5);
      expect(r.id).toMatch(/^[A-Za-z0-9_-]{1,40}$/);
    }
    const { updatedAt } = await saveAnswer(participant!, { itemId: statements[0]!, dimension: "now", value: 2, text: null });
    rows = await db.answer.findMany({ where: { participantId: participant! } });
    expect(rows).toHaveLength(3);
    expect(byItem(statements[0]!)).toMatchObject({ value: 2, notApplicable: false });
    expect(byItem(statements[0]!).updatedAt.getTime()).toBe(updatedAt.getTime());
    // Open answers keep their text, accents and line breaks included.
    await saveAnswer(participant!, { itemId: statements[1]!, dimension: "desired", value: null, text: "Één\nregel" });
    rows = await db.answer.findMany({ where: { participantId: participant! } });
    expect(byItem(statements[1]!)).toMatchObject({ value: null, text: "Één\nregel" });
  });
});
