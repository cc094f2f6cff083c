import { newAccount, signUp } from "./accounts";
import { expect, expectAccessible, answerStatement, scaleRadios, test } from "./fixtures";

test.describe("the werkboek end to end", () => {
  test("a coordinator sets up a session, partners fill in the workbook, the balance profile shows it", async ({
    page,
    browser,
    db,
    owned,
  }) => {
    // A long journey: three partners fill in all five acts.
    test.setTimeout(240_000);
    // 1. The app opens in Dutch; English is a link away, locale in the URL.
    await page.goto("/");
    await expect(page).toHaveURL(/\/nl$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Samen in balans blijven");
    await expectAccessible(page, "home nl");
    await page.getByRole("link", { name: "English" }).click();
    await expect(page).toHaveURL(/\/en$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Keeping the balance together");
    await expectAccessible(page, "home en");
    await page.getByRole("link", { name: "Nederlands" }).click();
    await expect(page).toHaveURL(/\/nl$/);

    // The coordinator has an account (partners who join with a code never need one).
    await signUp(page, newAccount(owned, "Coördinator Zorgregio"));
    await expect(page).toHaveURL(/\/nl$/);

    // 2. Create a partnership; empty input is refused with a clear message.
    await page.getByRole("link", { name: "Samenwerkingsverband aanmaken" }).click();
    await page.getByRole("button", { name: "Samenwerkingsverband aanmaken" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toContainText("Niet alles is goed ingevuld");
    await expect(page.getByRole("main").getByRole("alert")).toContainText("Naam: Vul dit in.");
    await expectAccessible(page, "new partnership with errors");
    const name = `${owned.namePrefix} Zorgregio`;
    await page.getByLabel("Naam").fill(name);
    await page.getByLabel("Regio").fill("Twente");
    await page.getByRole("button", { name: "Samenwerkingsverband aanmaken" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
    await expectAccessible(page, "partnership");

    // ... and a session in it.
    await page.getByRole("link", { name: "Nieuwe sessie" }).click();
    await page.getByLabel("Titel").fill("Eerste reflectie");
    await page.getByLabel("Datum van de bijeenkomst").fill("2026-12-01");
    await page.getByRole("button", { name: "Sessie aanmaken" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Eerste reflectie");
    await expectAccessible(page, "session");
    const code = (await page.getByTestId("join-code").textContent())!.trim();
    expect(code).toMatch(/^[A-Z0-9]{6}$/);
    const sessionId = page.url().split("/sessions/")[1]!;

    // 3. Three partners join with the code and fill in the workbook.
    await page.getByRole("link", { name: "Zelf invullen" }).click();
    await expectAccessible(page, "join form");
    await page.getByRole("radio", { name: /Professional/ }).check();
    await page.getByRole("button", { name: "Begin met het werkboek" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Jouw werkboek");
    await expectAccessible(page, "workbook overview");

    const stepLinks = page.getByRole("main").getByRole("listitem").getByRole("link");
    await expect(stepLinks).toHaveCount(8);
    // Steps 3..7 are the five acts, in essay order.
    for (let act = 0; act < 5; act++) {
      await page.goto(`/nl/workbook/${sessionId}`);
      await stepLinks.nth(2 + act).click();
      await expect(page.getByRole("heading", { name: "Waar staan jullie?" })).toBeVisible();
      if (act === 0) await expectAccessible(page, "act page");
      const count = await page.locator("fieldset[data-item]").count();
      expect(count).toBeGreaterThanOrEqual(6);
      for (let i = 0; i < count; i++) await answerStatement(page, i, 2 + (i % 3), 5 + (i % 2));
      await expect(page.locator('[data-save-state="saved"]')).toHaveCount(count);
      await expect(page.locator('[data-save-state="saving"], [data-save-state="retrying"], [data-save-state="rejected"]')).toHaveCount(0);
      if (act === 0) {
        // Every answer survives a reload.
        await page.reload();
        await expect(scaleRadios(page, 0, "now").nth(1)).toBeChecked();
        await expect(scaleRadios(page, 0, "desired").nth(4)).toBeChecked();
      }
    }

    // The coordinator's own answers are a test participant's (issue 13): they never count
    // toward the anonymity threshold. Three partners in browsers of their own do.
    for (const [role, seed] of [
      [/^Bestuurder of directeur/, 1],
      [/Vertegenwoordiger van cliënten/, 2],
      [/^Professional/, 3],
    ] as const) {
      const context = await browser.newContext();
      const other = await context.newPage();
      await other.goto(`/nl/join/${code}`);
      await other.getByRole("radio", { name: role }).check();
      await other.getByRole("button", { name: "Begin met het werkboek" }).click();
      await expect(other.getByRole("heading", { level: 1 })).toHaveText("Jouw werkboek");
      for (let act = 0; act < 5; act++) {
        await other.goto(`/nl/workbook/${sessionId}`);
        await other.getByRole("main").getByRole("listitem").getByRole("link").nth(2 + act).click();
        await expect(other.getByRole("heading", { name: "Waar staan jullie?" })).toBeVisible();
        const count = await other.locator("fieldset[data-item]").count();
        expect(count).toBeGreaterThanOrEqual(6);
        for (let i = 0; i < count; i++) await answerStatement(other, i, ((i + seed) % 7) + 1, 4);
        await expect(other.locator('[data-save-state="saved"]')).toHaveCount(count);
      }
      await context.close();
    }

    // Everything that was shown as saved is in the database.
    const stored = await db.answer.count({ where: { participant: { sessionId } } });
    expect(stored).toBeGreaterThanOrEqual(3 * 5 * 6 * 2);

    // 4. The balance profile: per act position now, desired and gap, with a text alternative.
    await page.goto(`/nl/sessions/${sessionId}/results`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.locator("figure")).toHaveCount(6);
    await expect(page.locator("figure table")).toHaveCount(6);
    // One chart per act and the balance board, each an image with a name.
    await expect(page.locator('figure [role="img"]')).toHaveCount(6);
    for (const svg of await page.locator('figure [role="img"]').all()) {
      await expect(svg).toBeVisible();
      await expect(svg).toHaveAttribute("aria-label", /\S/);
    }
    await expectAccessible(page, "results");
  });
});
