import { describe, expect, it, vi } from "vitest";
import { createTranslator } from "next-intl";
import { db } from "@/lib/platform/db";
import { getWorkbook } from "@/lib/data/content";
import { createParticipant } from "@/lib/data/participants";
import { saveAnswer } from "@/lib/data/answers";
import { getSessionOutcome } from "@/lib/data/results";
import { liveBusReady, subscribeSession } from "@/lib/platform/live";
import { answersToCsv, answersToJson, describeAnswer, listAnswerSections } from "@/lib/domain/participant-answers";
import { UTF8_BOM } from "@/lib/domain/csv";
import nl from "@/messages/nl.json";
import en from "@/messages/en.json";
import { request } from "./support/request";
import { createTestPartnership } from "./support/partnership";

vi.mock("next/headers", async () => ({
  ...(await import("./support/request")).headersModule,
  cookies: async () => ({ delete: () => {}, set: () => {}, get: () => undefined }),
}));
// Translations as next-intl gives them, by namespace or by { locale, namespace }.
vi.mock("next-intl/server", () => ({
  getLocale: async () => "nl",
  getTranslations: async (arg?: string | { locale: string; namespace?: string }) => {
    const { locale, namespace } = typeof arg === "object" ? arg : { locale: "nl", namespace: arg };
    return createTranslator({ locale: locale as "nl", messages: locale === "en" ? en : nl, namespace: namespace as never });
  },
}));
vi.mock("@/i18n/navigation", async () => (await import("./support/request")).navigationModule);

const { findOwnAnswers, findWithdrawal, withdrawParticipant } = await import("@/lib/data/participant-rights");
const { readOwnAnswers } = await import("@/lib/server/participant-answers");
const { withdrawAction } = await import("@/app/[locale]/resume/[token]/actions");

const workbook = getWorkbook();
const act = workbook.acts[0]!;
const statement = act.statements.find((s) => !s.retired)!;
const reflection = act.reflection[0]!;
const option = workbook.promises.promises.items[0]!;

/** A session where three partners answered, one of them also in words that look like a formula. */
async function sessionWithAnswers() {
  const base = await createTestPartnership();
  const made = [];
  for (let i = 0; i < 3; i++) {
    const { participant, token } = await createParticipant(base.sessionId, {
      role: workbook.roles[i]!.id,
      organisation: `Organisatie ${i}`,
      displayName: `Deelnemer ${i}`,
    });
    await saveAnswer(participant.id, { itemId: statement.id, dimension: "now", value: 2 + i, text: null });
    await saveAnswer(participant.id, { itemId: statement.id, dimension: "desired", value: null, text: null, notApplicable: true });
    made.push({ id: participant.id, token });
  }
  await saveAnswer(made[0]!.id, { itemId: reflection.id, dimension: "text", value: null, text: "=HYPERLINK(\"x\")\nen verder", notApplicable: false });
  await saveAnswer(made[0]!.id, { itemId: option.id, dimension: "choice", value: 1, text: null });
  return { ...base, participants: made };
}

async function withdrawByForm(token: string) {
  request.headers = new Headers({ host: "werkboek.test", origin: "http://werkboek.test" });
  const data = new FormData();
  data.append("token", token);
  try {
    return await withdrawAction(null, data);
  } catch (e) {
    if (e instanceof Error && e.message === "NEXT_REDIRECT") return { ok: true as const, redirect: (e as Error & { digest?: string }).digest };
    throw e;
  }
}

describe("a participant's own answers (issue 14)", () => {
  it("are listed per part of the workbook, in the workbook's order, in the participant's language", async () => {
    const { participants } = await sessionWithAnswers();
    const own = await findOwnAnswers(participants[0]!.token);
    expect(own?.answers).toHaveLength(4);
    const titles = { profile: "P", promises: "B", interests: "I", other: "O" };
    const sections = listAnswerSections(workbook, own!.answers, "en", titles);
    expect(sections.map((s) => s.id)).toEqual(["promises", act.id]);
    expect(sections[1]!.title).toBe(act.title.en);
    // Now before desired, the statement before the reflection (the content's order).
    expect(sections[1]!.lines.map((l) => `${l.itemId}:${l.dimension}`)).toEqual([
      `${statement.id}:now`,
      `${statement.id}:desired`,
      `${reflection.id}:text`,
    ]);
    const now = sections[1]!.lines[0]!;
    expect(now.question).toBe(statement.topic.en);
    const left = statement.left === "a" ? statement.a.en : statement.b.en;
    expect(now.ends?.low).toBe(left);
    expect(sections[0]!.lines[0]).toMatchObject({ question: option.label.en, context: workbook.promises.promises.question.en, value: 1 });
  });

  it("read back in words: scale value with its ends, does not apply, ticked, the open text as typed", async () => {
    const { participants } = await sessionWithAnswers();
    const own = await readOwnAnswers(participants[0]!.token, "nl");
    const lines = own!.sections.flatMap((s) => s.lines);
    const text = lines.map((l) => describeAnswer(l, own!.words));
    expect(text).toContain("Aangevinkt");
    expect(text).toContain("Niet van toepassing op ons");
    expect(text.some((t) => t.startsWith("2 van 7 (1 = "))).toBe(true);
    expect(text).toContain("=HYPERLINK(\"x\")\nen verder");
    expect(own!.roleLabel).toBe(workbook.roles[0]!.label.nl);
  });

  it("download as CSV: UTF-8 with BOM, one row per answer, formula-like text neutralised", async () => {
    const { participants } = await sessionWithAnswers();
    const own = await readOwnAnswers(participants[0]!.token, "nl");
    const csv = answersToCsv(own!.sections, own!.words, own!.csvHeader);
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    const lines = csv.slice(1).split("\r\n");
    expect(lines[0]).toBe("Onderdeel,Vraag,Soort antwoord,Antwoord,Waarde (1 tot 7),Laatst gewijzigd (UTC)");
    expect(csv).toContain(`"'=HYPERLINK(""x"")\nen verder"`);
    expect(csv).not.toMatch(/,=HYPERLINK/);
    // Header, four answers, the closing line break.
    expect(lines).toHaveLength(6);
  });

  it("download as JSON: the participant, the session and every answer in words and as stored", async () => {
    const { participants } = await sessionWithAnswers();
    const own = await readOwnAnswers(participants[0]!.token, "en");
    const p = own!.participant;
    const json = answersToJson(
      {
        session: { title: p.session.title, date: p.session.date, partnership: p.session.partnership.name },
        participant: { role: own!.roleLabel, organisation: p.organisation, displayName: p.displayName, joinedAt: p.createdAt },
        exportedAt: new Date("2026-03-01T10:00:00Z"),
      },
      own!.sections,
      own!.words,
    );
    expect(json.participant).toMatchObject({ organisation: "Organisatie 0", displayName: "Deelnemer 0", role: workbook.roles[0]!.label.en });
    const answers = json.parts.flatMap((part) => part.answers);
    expect(answers).toHaveLength(4);
    expect(answers.find((a) => a.dimension === "desired")).toMatchObject({ answer: "Does not apply to us", value: null, notApplicable: true });
    expect(JSON.parse(JSON.stringify(json)).session.date).toBe("2026-01-01");
  });

  it("a token of the wrong shape or unknown finds nothing", async () => {
    expect(await findOwnAnswers("short")).toBeNull();
    expect(await findOwnAnswers("x".repeat(43))).toBeNull();
    expect(await withdrawParticipant("x".repeat(43))).toBeNull();
    expect(await findWithdrawal("x".repeat(43))).toBeNull();
  });
});

describe("withdrawing through the resume link (issue 14)", () => {
  it("deletes the participant and all their answers, keeps only the token's hash, and the results follow", async () => {
    const { sessionId, participants } = await sessionWithAnswers();
    const before = await getSessionOutcome(sessionId, 3);
    expect(before.profile.respondents).toBe(3);
    expect(before.profile.acts.find((a) => a.actId === act.id)!.hidden).toBe(false);

    const [gone, ...stay] = participants;
    const result = await withdrawParticipant(gone!.token);
    expect(result).toEqual({ sessionId, answers: 4 });
    expect(await db.participant.count({ where: { id: gone!.id } })).toBe(0);
    expect(await db.answer.count({ where: { participantId: gone!.id } })).toBe(0);
    expect(await db.answer.count({ where: { participantId: { in: stay.map((p) => p.id) } } })).toBe(4);
    expect(await findWithdrawal(gone!.token)).toBeInstanceOf(Date);
    expect(await findOwnAnswers(gone!.token)).toBeNull();
    // Nothing in the tombstone ties it to the session or the person.
    const tombstones = await db.withdrawnToken.findMany();
    expect(Object.keys(tombstones[0]!).sort()).toEqual(["tokenHash", "withdrawnAt"]);

    const after = await getSessionOutcome(sessionId, 3);
    expect(after.profile.respondents).toBe(2);
    expect(after.participants).toHaveLength(2);
    // Two are below the threshold of three: the act is hidden now.
    expect(after.profile.acts.find((a) => a.actId === act.id)!.hidden).toBe(true);
    // A second withdrawal with the same link finds nothing and changes nothing.
    expect(await withdrawParticipant(gone!.token)).toBeNull();
    expect(await db.participant.count({ where: { sessionId } })).toBe(2);
  });

  it("the action tells the live view, and then the link leads to the notice", async () => {
    const { sessionId, participants } = await sessionWithAnswers();
    const heard: string[] = [];
    const stop = subscribeSession(sessionId, (c) => heard.push(c.kind));
    // On PostgreSQL the change comes back through LISTEN/NOTIFY, a moment after the action.
    await liveBusReady();
    const result = await withdrawByForm(participants[1]!.token);
    expect(result).toMatchObject({ ok: true });
    await expect.poll(() => heard).toEqual(["participant"]);
    stop();
    expect(await findWithdrawal(participants[1]!.token)).not.toBeNull();
    // Again: nothing to withdraw, nothing published.
    const again = await withdrawByForm(participants[1]!.token);
    expect(again).toMatchObject({ ok: false, message: nl.errors.notFound });
  });
});
