import { describe, expect, it } from "vitest";
import { readWorkbook } from "@/lib/data/content";
import { createParticipant } from "@/lib/data/participants";
import {
  acceptPolaritySuggestion,
  addPolarityEntry,
  deletePolarityEntry,
  listAcceptedPolarityEntries,
  listPolarityMapForMember,
  mergePolaritySuggestion,
  movePolarityEntry,
  suggestPolarityEntry,
  updatePolarityEntryText,
  ZPolarityEntryInput,
} from "@/lib/data/polarity";
import { createSession } from "@/lib/data/sessions";
import {
  MAX_WAITING_SUGGESTIONS_PER_ACT,
  mergedText,
  movedOrder,
  POLARITY_LAYOUT,
  POLARITY_QUADRANTS,
  POLARITY_READING_ORDER,
  promptQuestion,
  quadrantPrompt,
} from "@/lib/domain/polarity";
import { db } from "@/lib/platform/db";
import { createTestPartnership } from "./support/partnership";

const wb = readWorkbook();
const [act1, act2] = [wb.acts[0]!, wb.acts[1]!];

function entry(text: string, quadrant = "upsideA", actId = act1.id) {
  return ZPolarityEntryInput.parse({ actId, quadrant, text });
}

async function withParticipant() {
  const partnership = await createTestPartnership();
  const { token } = await createParticipant(partnership.sessionId, { role: wb.roles[0]!.id, displayName: "Anna" });
  return { ...partnership, token };
}

describe("the polarity map's fields", () => {
  it("lays out all eight fields once, on the projector and in reading order", () => {
    expect([...POLARITY_LAYOUT.flat()].sort()).toEqual([...POLARITY_QUADRANTS].sort());
    expect([...POLARITY_READING_ORDER].sort()).toEqual([...POLARITY_QUADRANTS].sort());
  });

  it("guides every field with a prompt of the act's content; action steps keep the other pole's upside", () => {
    for (const act of wb.acts) {
      for (const q of POLARITY_QUADRANTS) expect(quadrantPrompt(act.polarityMap, q).nl.length).toBeGreaterThan(10);
      // actionsA asks what we do when we lean too far towards A: that gets B's upside back.
      expect(quadrantPrompt(act.polarityMap, "actionB")).toBe(act.polarityMap.actionsA);
      expect(quadrantPrompt(act.polarityMap, "warningA")).toBe(act.polarityMap.signalsA);
    }
  });

  it("shortens a prompt to its question for the projector", () => {
    expect(promptQuestion("Wat gaat er goed? Denk aan snelheid.")).toBe("Wat gaat er goed?");
    expect(promptQuestion("Geen vraag.")).toBe("Geen vraag.");
    for (const act of wb.acts) {
      for (const q of POLARITY_QUADRANTS) expect(promptQuestion(quadrantPrompt(act.polarityMap, q).en).length).toBeLessThanOrEqual(110);
    }
  });

  it("merges two texts into one line and moves a line one place", () => {
    expect(mergedText("Snel schakelen.", "korte lijnen")).toBe("Snel schakelen; korte lijnen");
    expect(mergedText("", "korte lijnen")).toBe("korte lijnen");
    expect(movedOrder(["a", "b", "c"], "b", "up")).toEqual(["b", "a", "c"]);
    expect(movedOrder(["a", "b", "c"], "b", "down")).toEqual(["a", "c", "b"]);
    expect(movedOrder(["a", "b", "c"], "a", "up")).toEqual(["a", "b", "c"]);
    expect(movedOrder(["a", "b", "c"], "c", "down")).toEqual(["a", "b", "c"]);
    expect(movedOrder(["a"], "x", "up")).toEqual(["a"]);
  });
});

describe("ZPolarityEntryInput", () => {
  it("cleans the text like other texts: control and bidi characters out, line breaks become spaces, trimmed", () => {
    const r = ZPolarityEntryInput.parse({ actId: act1.id, quadrant: "warningB", text: "  Steeds\u202E dezelfde\ngezichten\u0007 " });
    expect(r).toEqual({ actId: act1.id, quadrant: "warningB", text: "Steeds dezelfde gezichten" });
  });

  it.each([
    [{ text: "" }, { text: "required" }],
    [{ text: " \u200F " }, { text: "required" }],
    [{ text: "x".repeat(301) }, { text: "tooLong" }],
    [{ quadrant: "upsideC" }, { quadrant: "invalidChoice" }],
    [{ actId: "geen-dilemma" }, { actId: "invalidChoice" }],
  ])("refuses %j", (change, errors) => {
    const r = ZPolarityEntryInput.safeParse({ actId: act1.id, quadrant: "upsideA", text: "Goed", ...change });
    expect(r.success).toBe(false);
    expect(Object.fromEntries(r.error!.issues.map((i) => [String(i.path[0]), i.message]))).toEqual(errors);
  });
});

describe("the facilitator edits the map (coordinators of the session only)", () => {
  it("adds lines at the end of their field; partners and outsiders cannot add, change, move or delete", async () => {
    const { coordinator, partner, outsider, sessionId } = await createTestPartnership();
    const first = await addPolarityEntry(coordinator.id, sessionId, entry("Snel schakelen"));
    const second = await addPolarityEntry(coordinator.id, sessionId, entry("Vertrouwen"));
    await addPolarityEntry(coordinator.id, sessionId, entry("Procedures", "downsideB"));
    expect(first).toMatchObject({ status: "accepted", position: 0, quadrant: "upsideA" });
    expect(second).toMatchObject({ position: 1 });

    for (const user of [partner, outsider]) {
      expect(await addPolarityEntry(user.id, sessionId, entry("Niet van mij"))).toBeNull();
      expect(await updatePolarityEntryText(user.id, sessionId, first!.id, "Anders")).toBe(false);
      expect(await movePolarityEntry(user.id, sessionId, second!.id, "up")).toBe(false);
      expect(await deletePolarityEntry(user.id, sessionId, first!.id)).toBe(false);
    }
    expect((await listAcceptedPolarityEntries(sessionId)).map((e) => e.text)).toEqual(["Snel schakelen", "Vertrouwen", "Procedures"]);

    expect(await updatePolarityEntryText(coordinator.id, sessionId, first!.id, "Snel en samen schakelen")).toBe(true);
    expect(await movePolarityEntry(coordinator.id, sessionId, second!.id, "up")).toBe(true);
    expect((await listAcceptedPolarityEntries(sessionId)).map((e) => e.text)).toEqual(["Vertrouwen", "Snel en samen schakelen", "Procedures"]);
    expect(await deletePolarityEntry(coordinator.id, sessionId, second!.id)).toBe(true);
    expect((await listAcceptedPolarityEntries(sessionId)).map((e) => e.text)).toEqual(["Snel en samen schakelen", "Procedures"]);
  });

  it("cannot reach an entry through another session's id, even its own other session", async () => {
    const { coordinator, partnershipId, sessionId } = await createTestPartnership();
    const { id: otherSession } = await createSession(partnershipId, { title: "T", date: new Date("2026-02-01") });
    const line = await addPolarityEntry(coordinator.id, sessionId, entry("Snel schakelen"));
    expect(await updatePolarityEntryText(coordinator.id, otherSession, line!.id, "Anders")).toBe(false);
    expect(await deletePolarityEntry(coordinator.id, otherSession, line!.id)).toBe(false);
    expect(await listAcceptedPolarityEntries(sessionId)).toHaveLength(1);
  });

  it("shows accepted lines to every member, suggestions only to coordinators, and nothing to outsiders", async () => {
    const { coordinator, partner, outsider, sessionId, token } = await withParticipant();
    await addPolarityEntry(coordinator.id, sessionId, entry("Snel schakelen"));
    expect(await suggestPolarityEntry(token, sessionId, entry("Korte lijnen"))).toEqual({ ok: true });
    const forCoordinator = await listPolarityMapForMember(coordinator.id, sessionId);
    expect(forCoordinator?.accepted.map((e) => e.text)).toEqual(["Snel schakelen"]);
    expect(forCoordinator?.suggested?.map((e) => e.text)).toEqual(["Korte lijnen"]);
    const forPartner = await listPolarityMapForMember(partner.id, sessionId);
    expect(forPartner).toEqual({ accepted: forCoordinator!.accepted, suggested: null });
    expect(await listPolarityMapForMember(outsider.id, sessionId)).toBeNull();
    // The results list only what was accepted.
    expect((await listAcceptedPolarityEntries(sessionId)).map((e) => e.text)).toEqual(["Snel schakelen"]);
  });

  it("orders the maps by act and by field", async () => {
    const { coordinator, sessionId } = await createTestPartnership();
    await addPolarityEntry(coordinator.id, sessionId, entry("Tweede dilemma", "upsideA", act2.id));
    await addPolarityEntry(coordinator.id, sessionId, entry("Actie", "actionB"));
    await addPolarityEntry(coordinator.id, sessionId, entry("Goed", "upsideA"));
    expect((await listAcceptedPolarityEntries(sessionId)).map((e) => e.text)).toEqual(["Goed", "Actie", "Tweede dilemma"]);
  });
});

describe("suggestions from the workbook (anonymous by construction)", () => {
  it("come only with a participant cookie of that session, while it is open", async () => {
    const { sessionId, partnershipId, token } = await withParticipant();
    const { id: otherSession } = await createSession(partnershipId, { title: "T", date: new Date("2026-02-01") });
    expect(await suggestPolarityEntry(token, otherSession, entry("Elders"))).toEqual({ ok: false, reason: "notFound" });
    expect(await suggestPolarityEntry("x".repeat(43), sessionId, entry("Geraden"))).toEqual({ ok: false, reason: "notFound" });
    expect(await suggestPolarityEntry("kort", sessionId, entry("Geraden"))).toEqual({ ok: false, reason: "notFound" });
    await db.session.update({ where: { id: sessionId }, data: { status: "closed" } });
    expect(await suggestPolarityEntry(token, sessionId, entry("Te laat"))).toEqual({ ok: false, reason: "closed" });
    expect(await db.polarityEntry.count({ where: { sessionId: { in: [sessionId, otherSession] } } })).toBe(0);
  });

  it("store nothing that names the participant", async () => {
    const { sessionId, token } = await withParticipant();
    expect(await suggestPolarityEntry(token, sessionId, entry("Korte lijnen", "warningA"))).toEqual({ ok: true });
    const rows = await db.polarityEntry.findMany({ where: { sessionId } });
    expect(rows).toHaveLength(1);
    const participant = await db.participant.findFirstOrThrow({ where: { sessionId } });
    expect(Object.keys(rows[0]!).sort()).toEqual(["actId", "createdAt", "id", "position", "quadrant", "sessionId", "status", "text", "updatedAt"]);
    const stored = JSON.stringify(rows[0]);
    for (const secret of [participant.id, participant.resumeTokenHash, token, "Anna"]) expect(stored).not.toContain(secret);
    expect(rows[0]).toMatchObject({ status: "suggested", quadrant: "warningA", text: "Korte lijnen" });
  });

  it("stop at a cap of waiting suggestions per act", async () => {
    const { sessionId, token } = await withParticipant();
    await db.polarityEntry.createMany({
      data: Array.from({ length: MAX_WAITING_SUGGESTIONS_PER_ACT }, (_, i) => ({
        sessionId,
        actId: act1.id,
        quadrant: "upsideA",
        text: `Idee ${i}`,
        status: "suggested",
      })),
    });
    expect(await suggestPolarityEntry(token, sessionId, entry("Nog een"))).toEqual({ ok: false, reason: "full" });
    expect(await suggestPolarityEntry(token, sessionId, entry("Ander dilemma", "upsideA", act2.id))).toEqual({ ok: true });
  });

  it("are accepted (edited, or in another field), merged or dropped by the coordinator only", async () => {
    const { coordinator, partner, sessionId, token } = await withParticipant();
    const line = await addPolarityEntry(coordinator.id, sessionId, entry("Snel schakelen"));
    for (const text of ["Korte lijnen", "Vertrouwen", "Weinig regels", "Nergens"]) {
      expect(await suggestPolarityEntry(token, sessionId, entry(text))).toEqual({ ok: true });
    }
    const map = await listPolarityMapForMember(coordinator.id, sessionId);
    const [short, trust, rules, nowhere] = map!.suggested!;

    expect(await acceptPolaritySuggestion(partner.id, sessionId, short!.id)).toBe(false);
    expect(await mergePolaritySuggestion(partner.id, sessionId, { id: trust!.id, intoId: line!.id, text: "x" })).toBe(false);
    expect(await deletePolarityEntry(partner.id, sessionId, nowhere!.id)).toBe(false);

    expect(await acceptPolaritySuggestion(coordinator.id, sessionId, short!.id, { text: "Korte lijnen tussen partners" })).toBe(true);
    // An accepted line is not a suggestion any more.
    expect(await acceptPolaritySuggestion(coordinator.id, sessionId, short!.id)).toBe(false);
    expect(await acceptPolaritySuggestion(coordinator.id, sessionId, rules!.id, { quadrant: "downsideA" })).toBe(true);
    expect(await mergePolaritySuggestion(coordinator.id, sessionId, { id: trust!.id, intoId: line!.id, text: "Snel schakelen; vertrouwen" })).toBe(true);
    expect(await mergePolaritySuggestion(coordinator.id, sessionId, { id: nowhere!.id, intoId: nowhere!.id, text: "x" })).toBe(false);
    expect(await deletePolarityEntry(coordinator.id, sessionId, nowhere!.id)).toBe(true);

    const after = await listPolarityMapForMember(coordinator.id, sessionId);
    expect(after!.suggested).toEqual([]);
    expect(after!.accepted.map((e) => [e.quadrant, e.text, e.position])).toEqual([
      ["upsideA", "Snel schakelen; vertrouwen", 0],
      ["upsideA", "Korte lijnen tussen partners", 1],
      ["downsideA", "Weinig regels", 0],
    ]);
  });

  it("merge only within the same act", async () => {
    const { coordinator, sessionId, token } = await withParticipant();
    const other = await addPolarityEntry(coordinator.id, sessionId, entry("Ander dilemma", "upsideA", act2.id));
    await suggestPolarityEntry(token, sessionId, entry("Idee"));
    const [idea] = (await listPolarityMapForMember(coordinator.id, sessionId))!.suggested!;
    expect(await mergePolaritySuggestion(coordinator.id, sessionId, { id: idea!.id, intoId: other!.id, text: "Samen" })).toBe(false);
    expect(await db.polarityEntry.count({ where: { sessionId } })).toBe(2);
  });

  it("go when the session is deleted (cascade)", async () => {
    const { coordinator, sessionId, token } = await withParticipant();
    await addPolarityEntry(coordinator.id, sessionId, entry("Snel schakelen"));
    await suggestPolarityEntry(token, sessionId, entry("Idee"));
    await db.session.delete({ where: { id: sessionId } });
    expect(await db.polarityEntry.count({ where: { sessionId } })).toBe(0);
  });
});
