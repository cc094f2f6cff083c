import { describe, expect, it } from "vitest";
import { listParticipantAnswers, parseAnswerInput, saveAnswer } from "@/lib/data/answers";
import { readWorkbook } from "@/lib/data/content";
import { db } from "@/lib/platform/db";
import { createParticipant, findParticipantByToken } from "@/lib/data/participants";
import { createPartnership } from "@/lib/data/partnerships";
import { createSession } from "@/lib/data/sessions";
import { createTestUser } from "./support/users";

const wb = readWorkbook();
const statement = wb.acts[0]!.statements[0]!.id;
const core = wb.acts[0]!.statements.find((s) => s.core)!.id;
const notCore = wb.acts[0]!.statements.find((s) => !s.core && !s.retired)!.id;
const retired = wb.acts.flatMap((a) => a.statements).find((s) => s.retired)?.id;
const reflection = wb.acts[0]!.reflection[0]!.id;
const variety = wb.profile.varieties[0]!.id;
const option = wb.promises.promises.items[0]!.id;

describe("parseAnswerInput", () => {
  it.each([
    [{ itemId: statement, dimension: "now", value: 1 }, 1],
    [{ itemId: statement, dimension: "desired", value: 7 }, 7],
    [{ itemId: statement, dimension: "now", value: null }, null],
    [{ itemId: variety, dimension: "now", value: 4 }, 4],
    [{ itemId: option, dimension: "choice", value: 0 }, 0],
  ])("accepts %j", (input, value) => {
    const r = parseAnswerInput(wb, input);
    expect(r.ok && r.answer.value).toBe(value);
  });

  it("keeps 'does not apply to us' apart from 'don't know'", () => {
    expect(parseAnswerInput(wb, { itemId: statement, dimension: "desired", value: null, notApplicable: true })).toEqual({
      ok: true,
      answer: { itemId: statement, dimension: "desired", value: null, text: null, notApplicable: true },
    });
    expect(parseAnswerInput(wb, { itemId: statement, dimension: "now", value: null })).toEqual({
      ok: true,
      answer: { itemId: statement, dimension: "now", value: null, text: null, notApplicable: false },
    });
  });

  it("asks a short session only the core statements, a full session all asked statements", () => {
    const answer = (itemId: string) => ({ itemId, dimension: "now", value: 4 });
    expect(parseAnswerInput(wb, answer(core), "short").ok).toBe(true);
    expect(parseAnswerInput(wb, answer(notCore), "short")).toEqual({ ok: false, error: "notAsked" });
    expect(parseAnswerInput(wb, answer(notCore), "full").ok).toBe(true);
    expect(parseAnswerInput(wb, answer("no-such-item"), "short")).toEqual({ ok: false, error: "unknownItem" });
    // The profile, checklist and open questions are the same in both.
    expect(parseAnswerInput(wb, { itemId: variety, dimension: "now", value: 4 }, "short").ok).toBe(true);
    expect(parseAnswerInput(wb, { itemId: reflection, dimension: "text", text: "x" }, "short").ok).toBe(true);
    if (retired) expect(parseAnswerInput(wb, answer(retired), "short")).toEqual({ ok: false, error: "unknownItem" });
  });

  it("accepts and trims free text", () => {
    const r = parseAnswerInput(wb, { itemId: reflection, dimension: "text", text: "  samen  " });
    expect(r.ok && r.answer.text).toBe("samen");
  });

  it.each([
    [{ itemId: statement, dimension: "now", value: 0 }, "outOfRange"],
    [{ itemId: statement, dimension: "now", value: 8 }, "outOfRange"],
    [{ itemId: statement, dimension: "now", value: 2.5 }, "outOfRange"],
    [{ itemId: statement, dimension: "now", value: "3" }, "outOfRange"],
    [{ itemId: statement, dimension: "now" }, "missingValue"],
    [{ itemId: statement, dimension: "choice", value: 1 }, "wrongDimension"],
    [{ itemId: variety, dimension: "desired", value: 3 }, "wrongDimension"],
    [{ itemId: option, dimension: "choice", value: 2 }, "outOfRange"],
    [{ itemId: reflection, dimension: "text", value: 3 }, "missingValue"],
    [{ itemId: reflection, dimension: "text", text: "x".repeat(4001) }, "outOfRange"],
    [{ itemId: "no-such-item", dimension: "now", value: 3 }, "unknownItem"],
    [{ itemId: statement, dimension: "later", value: 3 }, "invalid"],
    [{ itemId: statement, dimension: "now", value: 3, extra: true }, "invalid"],
    [{ itemId: statement, dimension: "now", value: 3, notApplicable: true }, "notApplicableNotAllowed"],
    [{ itemId: statement, dimension: "now", notApplicable: true }, "missingValue"],
    [{ itemId: statement, dimension: "now", value: null, notApplicable: false }, "invalid"],
    [{ itemId: statement, dimension: "now", value: null, notApplicable: "yes" }, "invalid"],
    [{ itemId: variety, dimension: "now", value: null, notApplicable: true }, "notApplicableNotAllowed"],
    [{ itemId: option, dimension: "choice", value: 1, notApplicable: true }, "notApplicableNotAllowed"],
    [{ itemId: reflection, dimension: "text", text: "x", notApplicable: true }, "notApplicableNotAllowed"],
    ["not an object", "invalid"],
    [null, "invalid"],
  ])("refuses %j as %s", (input, error) => {
    expect(parseAnswerInput(wb, input)).toEqual({ ok: false, error });
  });
});

describe("saveAnswer", () => {
  it("stores one answer per item and dimension, however often it is sent", async () => {
    const coordinator = await createTestUser();
    const { id: partnershipId } = await createPartnership({ name: "Test", region: "Regio" }, coordinator.id);
    const { id: sessionId } = await createSession(partnershipId, { title: "S", date: new Date("2026-01-01") });
    const { participant } = await createParticipant(sessionId, { role: "professional" });
    const answer = { itemId: statement, dimension: "now" as const, value: 3, text: null };
    await saveAnswer(participant.id, answer);
    await saveAnswer(participant.id, answer);
    await saveAnswer(participant.id, { ...answer, value: 5 });
    expect(await db.answer.count({ where: { participantId: participant.id } })).toBe(1);
    expect(await listParticipantAnswers(participant.id)).toEqual([
      { itemId: statement, dimension: "now", value: 5, text: null, notApplicable: false },
    ]);
  });

  it("stores 'does not apply to us', and a later answer replaces it entirely", async () => {
    const coordinator = await createTestUser();
    const { id: partnershipId } = await createPartnership({ name: "Test", region: "Regio" }, coordinator.id);
    const { id: sessionId } = await createSession(partnershipId, { title: "S", date: new Date("2026-01-01") });
    const { participant } = await createParticipant(sessionId, { role: "professional" });
    const base = { itemId: statement, dimension: "now" as const, text: null };
    await saveAnswer(participant.id, { ...base, value: null, notApplicable: true });
    expect(await listParticipantAnswers(participant.id)).toEqual([{ ...base, value: null, notApplicable: true }]);
    await saveAnswer(participant.id, { ...base, value: null });
    expect(await listParticipantAnswers(participant.id)).toEqual([{ ...base, value: null, notApplicable: false }]);
    await saveAnswer(participant.id, { ...base, value: null, notApplicable: true });
    await saveAnswer(participant.id, { ...base, value: 6 });
    expect(await listParticipantAnswers(participant.id)).toEqual([{ ...base, value: 6, notApplicable: false }]);
  });
});

describe("findParticipantByToken", () => {
  it("finds the participant of a resume token with their session's status and length, and nobody for another token", async () => {
    const coordinator = await createTestUser();
    const { id: partnershipId } = await createPartnership({ name: "Test", region: "Regio" }, coordinator.id);
    const { id: sessionId } = await createSession(partnershipId, { title: "S", date: new Date("2026-01-01") });
    const { participant, token } = await createParticipant(sessionId, { role: "professional", displayName: "Anna" });
    expect(await findParticipantByToken(token)).toEqual({
      id: participant.id,
      sessionId,
      role: "professional",
      displayName: "Anna",
      session: { status: "open", workbookLength: "full" },
    });
    await db.session.update({ where: { id: sessionId }, data: { status: "closed" } });
    expect((await findParticipantByToken(token))?.session.status).toBe("closed");
    expect(await findParticipantByToken(`${token.slice(0, -2)}xx`)).toBeNull();
    expect(await findParticipantByToken("short")).toBeNull();
  });
});
