import ExcelJS from "exceljs";
import { describe, expect, it, vi } from "vitest";
import { createTranslator } from "next-intl";
import en from "@/messages/en.json";
import nl from "@/messages/nl.json";
import { db } from "@/lib/platform/db";
import { getWorkbook } from "@/lib/data/content";
import { createSession } from "@/lib/data/sessions";
import { createTestPartnership } from "./support/partnership";

vi.mock("next-intl/server", () => ({
  getTranslations: async ({ locale, namespace }: { locale: string; namespace: string }) =>
    createTranslator({ locale: locale as "nl", messages: locale === "en" ? en : nl, namespace: namespace as never }),
}));

const { sessionExportFile } = await import("@/lib/server/session-export");

const BOM = "\uFEFF";

/** RFC 4180 CSV, as a spreadsheet reads it. */
function parseCsv(text: string): string[][] {
  expect(text.startsWith(BOM)).toBe(true);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  const s = text.slice(1);
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") { row.push(field); field = ""; }
    else if (c === "\r" && s[i + 1] === "\n") { row.push(field); rows.push(row); row = []; field = ""; i++; }
    else field += c;
  }
  expect(field).toBe("");
  return rows;
}

const workbook = getWorkbook();
const act1 = workbook.acts[0]!;
const act2 = workbook.acts[1]!;
const reflection = act1.reflection[0]!.id;
const roleLabel = (id: string, locale: "nl" | "en" = "nl") => workbook.roles.find((r) => r.id === id)!.label[locale];

/**
 * A session with 7 participants (4 administrators, 3 managers) who answer act 1 and its
 * first open question; 2 of them answer act 2 (below the threshold of 3); a test
 * participant answers everything with a name and an organisation.
 */
async function createSessionWithAnswers() {
  const fixture = await createTestPartnership();
  const roles = ["administrator", "administrator", "administrator", "administrator", "manager", "manager", "manager"];
  const statements = act1.statements.filter((s) => !s.retired).slice(0, 2);
  for (const [i, role] of roles.entries()) {
    const p = await db.participant.create({
      data: { sessionId: fixture.sessionId, role, displayName: `Naam${i}`, organisation: `Organisatie${i}`, resumeTokenHash: `h4-${fixture.sessionId}-${i}` },
    });
    for (const s of statements) {
      await db.answer.create({ data: { participantId: p.id, itemId: s.id, dimension: "now", value: 1 + i } });
      await db.answer.create({ data: { participantId: p.id, itemId: s.id, dimension: "desired", value: i === 0 ? null : 4, notApplicable: i === 0 } });
    }
    const text = i === 0 ? "=HYPERLINK(\"http://example.com\")" : i === 1 ? "@SUM(1)" : `Antwoord ${i}`;
    await db.answer.create({ data: { participantId: p.id, itemId: reflection, dimension: "text", text } });
    if (i < 2) await db.answer.create({ data: { participantId: p.id, itemId: act2.statements[0]!.id, dimension: "now", value: 2 } });
  }
  const tester = await db.participant.create({
    data: { sessionId: fixture.sessionId, role: "professional", displayName: "Tester", organisation: "TestOrg", resumeTokenHash: `h4-${fixture.sessionId}-t`, isTest: true },
  });
  await db.answer.create({ data: { participantId: tester.id, itemId: reflection, dimension: "text", text: "Alleen een test" } });
  await db.answer.create({ data: { participantId: tester.id, itemId: act2.statements[0]!.id, dimension: "now", value: 7 } });
  return { ...fixture, statements, answersPerParticipant: statements.length + 1 };
}

async function csv(userId: string, sessionId: string, table: "profile" | "answers", lang: "nl" | "en" = "nl") {
  const file = await sessionExportFile(userId, sessionId, { format: "csv", table, lang });
  expect(file).not.toBeNull();
  expect(file!.contentType).toBe("text/csv; charset=utf-8");
  return parseCsv(new TextDecoder("utf-8", { ignoreBOM: true }).decode(file!.body));
}

describe("session exports (CSV, XLSX)", () => {
  it("are for the coordinator only", async () => {
    const { partner, outsider, sessionId } = await createSessionWithAnswers();
    expect(await sessionExportFile(partner.id, sessionId, { format: "xlsx", lang: "nl" })).toBeNull();
    expect(await sessionExportFile(outsider.id, sessionId, { format: "csv", table: "answers", lang: "nl" })).toBeNull();
  });

  it("answers: headers, one row per participant and item, fresh labels, roles, neutralised formulas, nothing below the threshold", async () => {
    const { coordinator, sessionId, statements, answersPerParticipant } = await createSessionWithAnswers();
    const [header, ...rows] = await csv(coordinator.id, sessionId, "answers");
    expect(header![0]).toBe("Deelnemer (willekeurig label, anders in elke download)");
    expect(header).toHaveLength(11);
    // 7 participants, each with 2 statements and 1 open answer; act 2 (2 respondents) and the test participant left out.
    expect(rows).toHaveLength(7 * answersPerParticipant);
    const items = new Set(rows.map((r) => r[3]));
    expect(items).toEqual(new Set([...statements.map((s) => s.id), reflection]));
    const labels = new Set(rows.map((r) => r[0]));
    expect(labels.size).toBe(7);
    for (const l of labels) expect(l).toMatch(/^P-[A-Z2-9]{8}$/);
    // Both role groups reach the threshold.
    expect(new Set(rows.map((r) => r[1]))).toEqual(new Set([roleLabel("administrator"), roleLabel("manager")]));
    const texts = rows.filter((r) => r[3] === reflection).map((r) => r[10]);
    expect(texts).toContain("'=HYPERLINK(\"http://example.com\")");
    expect(texts).toContain("'@SUM(1)");
    // "Does not apply" as words, never a value.
    expect(rows.filter((r) => r[8] === "niet van toepassing" && r[7] === "")).toHaveLength(statements.length);
    const all = JSON.stringify(rows);
    for (const secret of ["Naam", "Organisatie", "Tester", "TestOrg", "Alleen een test", act2.statements[0]!.id]) expect(all).not.toContain(secret);

    // A second export: new labels that share nothing with the first.
    const [, ...again] = await csv(coordinator.id, sessionId, "answers");
    const labels2 = new Set(again.map((r) => r[0]));
    expect(labels2.size).toBe(7);
    expect([...labels2].filter((l) => labels.has(l))).toEqual([]);
  });

  it("names a role only where its group reaches the threshold in the session", async () => {
    const { coordinator, sessionId } = await createSessionWithAnswers();
    // One client joins: the remainder outside the named groups would be 1, so the smallest group (managers) is withheld too.
    const p = await db.participant.create({ data: { sessionId, role: "client", resumeTokenHash: `h4-${sessionId}-c` } });
    await db.answer.create({ data: { participantId: p.id, itemId: act1.statements[0]!.id, dimension: "now", value: 3 } });
    const [, ...rows] = await csv(coordinator.id, sessionId, "answers");
    const shown = new Set(rows.map((r) => r[1]));
    expect(shown).toEqual(new Set([roleLabel("administrator"), ""]));
  });

  it("profile: the whole group and role groups per act; a hidden act has only its count", async () => {
    const { coordinator, sessionId } = await createSessionWithAnswers();
    const [header, ...rows] = await csv(coordinator.id, sessionId, "profile", "en");
    expect(header!.slice(0, 6)).toEqual(["act id", "Balancing act", "Pole A", "Pole B", "Group", "Participants"]);
    const first = rows.filter((r) => r[0] === act1.id);
    expect(first.map((r) => r[4])).toEqual(["All participants", roleLabel("administrator", "en"), roleLabel("manager", "en")]);
    expect(first[0]![5]).toBe("7");
    expect(Number(first[0]![6])).toBeGreaterThanOrEqual(-1);
    const second = rows.filter((r) => r[0] === act2.id);
    expect(second).toHaveLength(1);
    expect(second[0]![5]).toBe("2");
    expect(second[0]!.slice(6, 16).every((c) => c === "")).toBe(true);
    expect(second[0]![16]).toContain("3");
  });

  it("a session below the threshold exports no answers and no positions", async () => {
    const { coordinator, partnershipId } = await createTestPartnership();
    const { id: sessionId } = await createSession(partnershipId, { title: "Klein", date: new Date("2026-02-01") });
    for (let i = 0; i < 2; i++) {
      const p = await db.participant.create({ data: { sessionId, role: "manager", resumeTokenHash: `h4-${sessionId}-${i}` } });
      await db.answer.create({ data: { participantId: p.id, itemId: act1.statements[0]!.id, dimension: "now", value: 6 } });
      await db.answer.create({ data: { participantId: p.id, itemId: reflection, dimension: "text", text: `Geheim ${i}` } });
    }
    const [, ...answers] = await csv(coordinator.id, sessionId, "answers");
    expect(answers).toEqual([]);
    const [, ...profile] = await csv(coordinator.id, sessionId, "profile");
    expect(profile).toHaveLength(workbook.acts.length);
    for (const r of profile) expect(r.slice(6, 16).every((c) => c === "")).toBe(true);
  });

  it("XLSX: two sheets with the same rows as the CSV files, formulas neutralised, text cells never formulas", async () => {
    const { coordinator, sessionId, answersPerParticipant } = await createSessionWithAnswers();
    const file = await sessionExportFile(coordinator.id, sessionId, { format: "xlsx", lang: "nl" });
    expect(file!.fileName).toMatch(/\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file!.body) as never);
    expect(book.worksheets.map((w) => w.name)).toEqual(["Balansprofiel", "Antwoorden"]);
    const answers = book.getWorksheet("Antwoorden")!;
    expect(answers.getRow(1).getCell(1).value).toBe("Deelnemer (willekeurig label, anders in elke download)");
    expect(answers.rowCount).toBe(1 + 7 * answersPerParticipant);
    const values: unknown[] = [];
    answers.eachRow((row) => row.eachCell((cell) => {
      expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
      values.push(cell.value);
    }));
    expect(values).toContain("'=HYPERLINK(\"http://example.com\")");
    expect(values).not.toContain("=HYPERLINK(\"http://example.com\")");
    // Now is a number (1..7), not text.
    expect(typeof answers.getRow(2).getCell(6).value === "number" || answers.getRow(2).getCell(6).value === null).toBe(true);
  });
});
