/** The live result of the events stream (lib/data/live-results.ts): counts per role and open answers only within the anonymity threshold. */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { getWorkbook } from "@/lib/data/content";
import { getLiveResult, getLiveResultJson, type TLiveResult } from "@/lib/data/live-results";
import { saveAnswer } from "@/lib/data/answers";
import { createParticipant } from "@/lib/data/participants";
import { deckTextQuestionIds, INTERESTS_ON_TABLE } from "@/lib/domain/live-result";
import { publishSessionChange } from "@/lib/platform/live";
import { createTestPartnership } from "./support/partnership";

describe("getLiveResultJson", () => {
  it("sends per-role counts only for roles that reach the threshold; test participants never count", async () => {
    const { sessionId } = await createTestPartnership();
    const join = (role: string, n: number, isTest = false) =>
      Promise.all(Array.from({ length: n }, () => createParticipant(sessionId, { role }, { isTest })));
    await join("professional", 3);
    await join("administrator", 1);
    await join("funder", 2);
    // Two test participants would lift "administrator" to 3 if they counted.
    await join("administrator", 2, true);
    const session = await db.session.findUniqueOrThrow({ where: { id: sessionId } });
    const result = JSON.parse(await getLiveResultJson(session)) as TLiveResult;
    expect(result.participants).toBe(6);
    expect(result.roleCounts).toEqual({ professional: 3 });
    expect(result.otherRoles).toBe(3);
    expect(result.profile.anonymityThreshold).toBe(3);
  });

  it("below the threshold carries no open answer and no count per role; at the threshold the deck's questions only", async () => {
    const { sessionId } = await createTestPartnership();
    const workbook = getWorkbook();
    const reflection = workbook.acts[0]!.reflection[0]!.id;
    const interest = INTERESTS_ON_TABLE[0];
    // An interests question the projector does not show: never in the live result.
    const offDeck = workbook.interests.questions.find((q) => !(INTERESTS_ON_TABLE as readonly string[]).includes(q.id));
    expect(deckTextQuestionIds(workbook)).toContain(reflection);
    const answer = async (n: number) => {
      const { participant } = await createParticipant(sessionId, { role: "professional" });
      const text = (q: string) => `Antwoord ${n} op ${q} uit de sessie`;
      await saveAnswer(participant.id, { itemId: reflection, dimension: "text", value: null, text: text(reflection) });
      await saveAnswer(participant.id, { itemId: interest, dimension: "text", value: null, text: text(interest) });
      if (offDeck) await saveAnswer(participant.id, { itemId: offDeck.id, dimension: "text", value: null, text: text(offDeck.id) });
      // The cache is kept true by the live bus, as the save path does.
      publishSessionChange(sessionId, "answer");
    };
    const read = async () => getLiveResultJson(await db.session.findUniqueOrThrow({ where: { id: sessionId } }));

    await answer(1);
    await answer(2);
    const below = await read();
    const parsed = JSON.parse(below) as TLiveResult;
    expect(parsed.participants).toBe(2);
    expect(parsed.texts).toEqual({});
    expect(parsed.roleCounts).toEqual({});
    expect(below).not.toContain("Antwoord");
    expect(below).not.toContain('"professional"');

    await answer(3);
    // The next tick computes afresh.
    await expect.poll(async () => (JSON.parse(await read()) as TLiveResult).participants, { timeout: 3000 }).toBe(3);
    const at = JSON.parse(await read()) as TLiveResult;
    expect(at.roleCounts).toEqual({ professional: 3 });
    expect(Object.keys(at.texts).sort()).toEqual([interest, reflection].sort());
    expect([...at.texts[reflection]!].sort()).toEqual([1, 2, 3].map((n) => `Antwoord ${n} op ${reflection} uit de sessie`));
    if (offDeck) expect(JSON.stringify(at)).not.toContain(offDeck.id);
    // The page's first paint reads the same computation.
    const session = await db.session.findUniqueOrThrow({ where: { id: sessionId } });
    expect((await getLiveResult(session)).readAt).toBe(at.readAt);
  });
});
