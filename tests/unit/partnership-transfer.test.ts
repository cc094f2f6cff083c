import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { getWorkbook } from "@/lib/data/content";
import { createSession } from "@/lib/data/sessions";
import { getSessionResults } from "@/lib/data/results";
import { exportPartnership, importPartnership, importPartnershipFile } from "@/lib/data/partnership-transfer";
import { ZPartnershipExport } from "@/lib/domain/export-format";
import { createTestPartnership } from "./support/partnership";

const workbook = getWorkbook();

/** A partnership with two sessions, answers of every kind, a test participant, an agreement and a polarity-map entry. */
async function createFilledPartnership() {
  const fixture = await createTestPartnership();
  const { id: second } = await createSession(fixture.partnershipId, { title: "Tweede", date: new Date("2026-03-01"), workbookLength: "short" });
  const roles = ["administrator", "administrator", "administrator", "manager", "manager", "manager", "client"];
  const variety = workbook.profile.varieties[0]!.id;
  const choice = workbook.promises.promises.items[0]!.id;
  for (const [n, sessionId] of [fixture.sessionId, second].entries()) {
    for (const [i, role] of roles.entries()) {
      const p = await db.participant.create({
        data: { sessionId, role, displayName: `Naam ${i}`, organisation: i % 2 ? "GGD" : null, resumeTokenHash: `h4t-${sessionId}-${i}`, isTest: i === 6 && n === 0 },
      });
      const answers: { participantId: string; itemId: string; dimension: string; value: number | null; text?: string; notApplicable?: boolean }[] = [];
      for (const act of workbook.acts) {
        for (const [k, s] of act.statements.filter((s) => s.core).entries()) {
          answers.push({ participantId: p.id, itemId: s.id, dimension: "now", value: 1 + ((i + k + n) % 7) });
          answers.push({ participantId: p.id, itemId: s.id, dimension: "desired", value: k === 1 && i === 2 ? null : 1 + ((i * 3 + k) % 7), notApplicable: k === 1 && i === 2 });
        }
      }
      answers.push({ participantId: p.id, itemId: variety, dimension: "now", value: 2 + (i % 5) });
      answers.push({ participantId: p.id, itemId: choice, dimension: "choice", value: i % 2 });
      answers.push({ participantId: p.id, itemId: workbook.acts[0]!.reflection[0]!.id, dimension: "text", value: null, text: `Tekst ${i} van sessie ${n}` });
      await db.answer.createMany({ data: answers });
    }
  }
  await db.agreement.create({ data: { sessionId: fixture.sessionId, actId: workbook.acts[2]!.id, position: -0.25, action: "Samen een agenda maken", owner: "Wethouder", revisitOn: new Date("2026-06-01") } });
  await db.polarityEntry.create({ data: { sessionId: fixture.sessionId, actId: workbook.acts[1]!.id, quadrant: "upsideA", text: "Snelheid", position: 0 } });
  return { ...fixture, second };
}

async function resultsOf(partnershipId: string) {
  const sessions = await db.session.findMany({ where: { partnershipId }, orderBy: { date: "asc" } });
  return Promise.all(
    sessions.map(async (s) => {
      const r = await getSessionResults(s, { historyLength: 4 });
      return {
        session: { title: s.title, date: s.date, status: s.status, anonymityThreshold: s.anonymityThreshold, workbookLength: s.workbookLength },
        profile: r.profile,
        summaries: r.summaries,
        history: r.history.map((h) => ({ title: h.session.title, profile: h.profile })),
        participants: r.participants.map((p) => ({ role: p.role, organisation: p.organisation, displayName: p.displayName })),
      };
    }),
  );
}

describe("full export and import of a partnership", { timeout: 30_000 }, () => {
  it("is for the coordinator only", async () => {
    const { partner, outsider, partnershipId } = await createFilledPartnership();
    expect(await exportPartnership(partner.id, partnershipId)).toBeNull();
    expect(await exportPartnership(outsider.id, partnershipId)).toBeNull();
  });

  it("export, then import: the same results page data, new ids, codes and resume tokens, the importer as coordinator", async () => {
    const { coordinator, outsider, partnershipId } = await createFilledPartnership();
    const file = JSON.stringify(await exportPartnership(coordinator.id, partnershipId));
    const json = JSON.parse(file);
    expect(ZPartnershipExport.safeParse(json).success).toBe(true);
    expect(json).toMatchObject({ format: "werkboek-partnership", version: 1 });
    // No database ids, tokens or codes in the file.
    const original = await db.session.findMany({ where: { partnershipId }, include: { participants: true } });
    for (const s of original) {
      expect(file).not.toContain(s.id);
      expect(file).not.toContain(s.joinCode);
      for (const p of s.participants) {
        expect(file).not.toContain(p.id);
        expect(file).not.toContain(p.resumeTokenHash);
      }
    }

    const result = await importPartnership(outsider.id, json);
    expect(result).toMatchObject({ ok: true, sessions: 2, participants: 14 });
    if (!result.ok) return;
    expect(result.partnershipId).not.toBe(partnershipId);
    const members = await db.membership.findMany({ where: { partnershipId: result.partnershipId } });
    expect(members.map((m) => [m.userId, m.role])).toEqual([[outsider.id, "coordinator"]]);

    const before = await resultsOf(partnershipId);
    const after = await resultsOf(result.partnershipId);
    expect(before[0]!.profile.respondents).toBe(6);
    expect(before[0]!.profile.acts.every((a) => !a.hidden)).toBe(true);
    expect(after).toEqual(before);

    const imported = await db.session.findMany({ where: { partnershipId: result.partnershipId }, include: { participants: true, agreements: true, polarityEntries: true } });
    const codes = new Set(original.map((s) => s.joinCode));
    const hashes = new Set(original.flatMap((s) => s.participants.map((p) => p.resumeTokenHash)));
    for (const s of imported) {
      expect(codes.has(s.joinCode)).toBe(false);
      for (const p of s.participants) expect(hashes.has(p.resumeTokenHash)).toBe(false);
    }
    expect(imported.flatMap((s) => s.participants).filter((p) => p.isTest)).toHaveLength(1);
    expect(imported.flatMap((s) => s.agreements).map((a) => [a.action, a.owner, a.position, a.revisitOn?.toISOString()])).toEqual([
      ["Samen een agenda maken", "Wethouder", -0.25, "2026-06-01T00:00:00.000Z"],
    ]);
    expect(imported.flatMap((s) => s.polarityEntries).map((e) => [e.quadrant, e.text])).toEqual([["upsideA", "Snelheid"]]);
  });

  it("refuses a file that is not an export, of an unknown version, or invalid, and changes nothing", async () => {
    const { coordinator, outsider, partnershipId } = await createFilledPartnership();
    const json = JSON.parse(JSON.stringify(await exportPartnership(coordinator.id, partnershipId)));
    const count = await db.partnership.count();
    expect(await importPartnership(outsider.id, { ...json, format: "other" })).toEqual({ ok: false, error: "notAnExport" });
    expect(await importPartnership(outsider.id, null)).toEqual({ ok: false, error: "notAnExport" });
    expect(await importPartnership(outsider.id, { ...json, version: 2 })).toEqual({ ok: false, error: "unknownVersion" });
    const bad = structuredClone(json);
    bad.sessions[1].participants[3].answers[0].value = 9;
    expect(await importPartnership(outsider.id, bad)).toEqual({ ok: false, error: "invalid" });
    const extra = structuredClone(json);
    extra.sessions[0].participants[0].resumeTokenHash = "x";
    expect(await importPartnership(outsider.id, extra)).toEqual({ ok: false, error: "invalid" });
    expect(await db.partnership.count()).toBe(count);
  });

  it("reads the file's text the same way for the upload and the command: a size limit, JSON (with or without a BOM), then the format", async () => {
    const { coordinator, outsider, partnershipId } = await createFilledPartnership();
    const file = JSON.stringify(await exportPartnership(coordinator.id, partnershipId));
    const count = await db.partnership.count();
    expect(await importPartnershipFile(outsider.id, file, Buffer.byteLength(file) - 1)).toEqual({ ok: false, error: "tooLarge" });
    expect(await importPartnershipFile(outsider.id, "{ not json")).toEqual({ ok: false, error: "notJson" });
    expect(await importPartnershipFile(outsider.id, "")).toEqual({ ok: false, error: "notJson" });
    expect(await importPartnershipFile(outsider.id, '"werkboek-partnership"')).toEqual({ ok: false, error: "notAnExport" });
    expect(await importPartnershipFile(outsider.id, file.replace('"version":1', '"version":"1"'))).toEqual({ ok: false, error: "unknownVersion" });
    expect(await db.partnership.count()).toBe(count);
    const imported = await importPartnershipFile(outsider.id, `\uFEFF${file}`, Buffer.byteLength(file) + 3);
    expect(imported).toMatchObject({ ok: true, sessions: 2, participants: 14 });
    expect(await db.partnership.count()).toBe(count + 1);
  });

  it("npm run data:import recreates it in an empty database", async () => {
    const template = process.env.WERKBOEK_TEMPLATE_DB;
    expect(template).toBeTruthy();
    const { coordinator, partnershipId } = await createFilledPartnership();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "werkboek-import-"));
    try {
      const dbFile = path.join(dir, "empty.db");
      fs.copyFileSync(template!, dbFile);
      const file = path.join(dir, "export.json");
      fs.writeFileSync(file, JSON.stringify(await exportPartnership(coordinator.id, partnershipId)));
      const other = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: `file:${dbFile}` }) });
      const user = await other.user.create({ data: { name: "Nieuw", email: "nieuw@example.org" } });
      const run = (...args: string[]) =>
        spawnSync(process.execPath, [path.resolve("node_modules/tsx/dist/cli.mjs"), "--conditions=react-server", "scripts/data-import.ts", ...args], {
          env: { ...process.env, DATABASE_URL: `file:${dbFile}` },
          encoding: "utf8",
        });
      const missing = run(file, "--coordinator", "niemand@example.org");
      expect(missing.status).not.toBe(0);
      expect(missing.stderr).toContain("no account");
      const ok = run(file, "--coordinator", "nieuw@example.org");
      expect(ok.stderr).toBe("");
      expect(ok.status).toBe(0);
      expect(ok.stdout).toContain("2 session(s), 14 participant(s)");
      expect(await other.partnership.count()).toBe(1);
      expect(await other.membership.count({ where: { userId: user.id, role: "coordinator" } })).toBe(1);
      expect(await other.answer.count()).toBe(await db.answer.count({ where: { participant: { session: { partnershipId } } } }));
      await other.$disconnect();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
