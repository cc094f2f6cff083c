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
});
