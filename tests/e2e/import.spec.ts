import fs from "node:fs";
import { randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import type { Page } from "@playwright/test";
import { expect, expectAccessible, test } from "./fixtures";
import { signIn } from "./accounts";

/**
 * Importing a partnership export in the app (issue 12, decision 029): the demo coordinator
 * downloads the demo partnership from its page, another account uploads that file on the
 * new-partnership page, becomes the coordinator, and the imported session's results page
 * shows the same figures. Files that are refused (none, not JSON, another version, too
 * large) say why and store nothing. axe on every page visited.
 */

const DEMO = { email: "demo@werkboek.local", password: "demo-werkboek" };
const DEMO_PARTNERSHIP = "Samen Gezond Noord-Veluwe (demo)";

/** What the results page shows of each act and of the board: captions, words and tables. */
async function figures(page: Page) {
  const all = page.locator("[data-figure]");
  await expect(all.first()).toBeVisible();
  return all.evaluateAll((els) => els.map((el) => (el.textContent ?? "").replace(/\s+/g, " ").trim()));
}

test.describe("importing a partnership export in the app", () => {
  test("export the demo partnership, import it as another account: the same results; refused files store nothing", async ({ page, browser, db, owned }) => {
    test.slow();
    const demo = await db.partnership.findFirstOrThrow({ where: { name: DEMO_PARTNERSHIP }, include: { sessions: { orderBy: { date: "desc" }, take: 1 } } });
    const demoSession = demo.sessions[0]!;

    // The demo coordinator downloads everything from the partnership page.
    await page.goto("/nl/sign-in");
    await signIn(page, DEMO, { open: false });
    await expect(page.getByTestId("signed-in-user")).toBeVisible();
    await page.goto(`/nl/partnerships/${demo.id}`);
    const exportSection = page.getByTestId("partnership-export");
    const downloading = page.waitForEvent("download");
    await exportSection.getByRole("link", { name: "Alles downloaden (JSON)" }).click();
    const download = await downloading;
    const exported = JSON.parse(fs.readFileSync((await download.path())!, "utf8"));
    expect(exported).toMatchObject({ format: "werkboek-partnership", version: 1, partnership: { name: DEMO_PARTNERSHIP } });
    // The same file under a name of this test, so other tests looking for the demo never find the copy.
    const name = `${owned.namePrefix} geïmporteerd`;
    const file = JSON.stringify({ ...exported, partnership: { ...exported.partnership, name } });
    console.log(`demo export: ${Buffer.byteLength(file)} bytes, ${exported.sessions.length} sessions`);

    await page.goto(`/nl/sessions/${demoSession.id}/results`);
    const before = await figures(page);
    expect(before.length).toBeGreaterThan(5);

    // Another account, in a browser of its own.
    const email = `e2e-${randomUUID()}@test.werkboek.local`;
    owned.userEmails.push(email);
    const password = `wachtwoord-${randomUUID().slice(0, 8)}`;
    const user = await db.user.create({ data: { name: "Nieuwe coördinator", email, emailVerified: true } });
    await db.account.create({ data: { userId: user.id, accountId: user.id, providerId: "credential", password: await hashPassword(password) } });
    const context = await browser.newContext();
    const other = await context.newPage();
    await signIn(other, { email, password });
    await expect(other.getByTestId("signed-in-user")).toBeVisible();
    await other.goto("/nl/partnerships/new");
    const form = other.getByTestId("partnership-import");
    await expect(form.getByRole("heading", { name: "Of: een export uit een andere installatie inlezen" })).toBeVisible();
    await expectAccessible(other, "new partnership with the import form");

    const mine = () => db.membership.count({ where: { userId: user.id } });
    const upload = async (files: Parameters<Page["setInputFiles"]>[1] | null, reason: string, message: string) => {
      await other.goto("/nl/partnerships/new");
      if (files) await form.getByLabel("Exportbestand (JSON)").setInputFiles(files);
      await form.getByRole("button", { name: "Inlezen" }).click();
      await expect(other).toHaveURL(new RegExp(`/nl/partnerships/new\\?import=${reason}#import-errors$`));
      const summary = form.locator("[data-error-summary]");
      await expect(summary).toContainText("Het bestand is niet ingelezen. Er is niets bewaard.");
      await expect(summary).toContainText(message);
      await expect(summary).toBeFocused();
      await expect(form.getByLabel("Exportbestand (JSON)")).toHaveAttribute("aria-invalid", "true");
      expect(await mine()).toBe(0);
    };
    await upload(null, "noFile", "Kies een exportbestand.");
    await expectAccessible(other, "import form with an error");
    await upload({ name: "export.json", mimeType: "application/json", buffer: Buffer.from("{ dit is geen json") }, "notJson", "Dit bestand is geen JSON.");
    await upload({ name: "export.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify({ ...exported, version: 2 })) }, "unknownVersion", "een versie die deze installatie niet kent");
    await upload({ name: "export.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify({ format: "iets anders" })) }, "notAnExport", "Dit is geen export van een samenwerkingsverband");
    const broken = structuredClone(exported);
    broken.sessions[0].participants[0].answers[0].value = 99;
    await upload({ name: "export.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(broken)) }, "invalid", "klopt niet met het exportformaat");
    await upload({ name: "groot.json", mimeType: "application/json", buffer: Buffer.alloc(10 * 1024 * 1024 + 10, 0x20) }, "tooLarge", "groter dan 10 MB");
    expect(await db.partnership.count({ where: { name } })).toBe(0);

    // The real file: the new account coordinates the copy and lands on its page.
    await other.goto("/nl/partnerships/new");
    await form.getByLabel("Exportbestand (JSON)").setInputFiles({ name: "werkboek-export.json", mimeType: "application/json", buffer: Buffer.from(file) });
    await form.getByRole("button", { name: "Inlezen" }).click();
    await expect(other).toHaveURL(/\/nl\/partnerships\/[a-z0-9]+$/);
    const imported = await db.partnership.findFirstOrThrow({ where: { name }, include: { memberships: true, sessions: { orderBy: { date: "desc" } } } });
    owned.partnershipIds.push(imported.id);
    expect(other.url()).toContain(`/nl/partnerships/${imported.id}`);
    expect(imported.memberships.map((m) => [m.userId, m.role])).toEqual([[user.id, "coordinator"]]);
    expect(imported.sessions.map((s) => s.title)).toEqual(
      (await db.session.findMany({ where: { partnershipId: demo.id }, orderBy: { date: "desc" } })).map((s) => s.title),
    );
    await expect(other.getByRole("heading", { level: 1 })).toHaveText(name);
    await expectAccessible(other, "imported partnership");

    // The imported session's results page shows the same figures, words and tables.
    const copy = imported.sessions[0]!;
    expect(copy.title).toBe(demoSession.title);
    expect(copy.joinCode).not.toBe(demoSession.joinCode);
    await other.goto(`/nl/sessions/${copy.id}/results`);
    expect(await figures(other)).toEqual(before);
    await expectAccessible(other, "results of the imported session");
    await context.close();
  });

  test("the import form and its messages in English", async ({ page, db, owned }) => {
    const email = `e2e-${randomUUID()}@test.werkboek.local`;
    owned.userEmails.push(email);
    const password = `wachtwoord-${randomUUID().slice(0, 8)}`;
    const user = await db.user.create({ data: { name: "New coordinator", email, emailVerified: true } });
    await db.account.create({ data: { userId: user.id, accountId: user.id, providerId: "credential", password: await hashPassword(password) } });
    await signIn(page, { email, password });
    await expect(page.getByTestId("signed-in-user")).toBeVisible();
    await page.goto("/en/partnerships/new");
    const form = page.getByTestId("partnership-import");
    await form.getByLabel("Export file (JSON)").setInputFiles({ name: "export.txt", mimeType: "text/plain", buffer: Buffer.from("not json") });
    await form.getByRole("button", { name: "Import" }).click();
    await expect(page).toHaveURL(/\/en\/partnerships\/new\?import=notJson#import-errors$/);
    await expect(form.locator("[data-error-summary]")).toContainText("This file is not JSON.");
    await expectAccessible(page, "import form in English with an error");
    // A reason the route never sends is ignored.
    await page.goto("/en/partnerships/new?import=%3Cscript%3E");
    await expect(form.locator("[data-error-summary]")).toHaveCount(0);
    expect(await db.membership.count({ where: { userId: user.id } })).toBe(0);
  });
});
