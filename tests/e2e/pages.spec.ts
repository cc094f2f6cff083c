import { createJoinCode } from "../../lib/platform/tokens";
import { expect, expectAccessible, test } from "./fixtures";

/** Pages not visited by the journeys in the other specs, each checked with axe. */
test.describe("every page", () => {
  test("the guide, join and not-found pages are readable and accessible in both languages", async ({ page }) => {
    for (const [locale, guideTitle, joinTitle, notFound] of [
      ["nl", "Handleiding voor begeleiders", "Meedoen met een sessie", "Pagina niet gevonden"],
      ["en", "Facilitator guide", "Join a session", "Page not found"],
    ] as const) {
      await page.goto(`/${locale}/guide`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(guideTitle);
      // Two meeting plans and at least six work forms.
      await expect(page.locator("#meeting-plans table")).toHaveCount(2);
      expect(await page.locator("#work-forms section").count()).toBeGreaterThanOrEqual(6);
      await expectAccessible(page, `guide ${locale}`);

      await page.goto(`/${locale}/join`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(joinTitle);
      await expectAccessible(page, `join ${locale}`);

      const response = await page.goto(`/${locale}/no-such-page`);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(notFound);
      await expectAccessible(page, `not found ${locale}`);
    }
  });

  test("an unknown join code gets a clear message", async ({ page }) => {
    await page.goto("/nl/join");
    await page.getByLabel("Code").fill("XX");
    await page.getByRole("button", { name: "Verder" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toContainText("Een code heeft zes letters en cijfers.");
    await page.getByLabel("Code").fill("ACDEFG");
    await page.getByRole("button", { name: "Verder" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toContainText("Deze code kennen we niet");
    await expectAccessible(page, "join with unknown code");
  });

  test("the profile, promises and interests steps save their answers like the acts", async ({ page, db, owned }) => {
    const partnership = await db.partnership.create({ data: { name: `${owned.namePrefix} Stappen`, region: "Regio" } });
    const session = await db.session.create({
      data: { partnershipId: partnership.id, title: "Stappen", date: new Date("2026-10-01"), joinCode: createJoinCode() },
    });
    await page.goto(`/en/join/${session.joinCode}`);
    await page.getByRole("radio", { name: /Funder/ }).check();
    await page.getByRole("button", { name: "Start the workbook" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your workbook");
    const steps = page.getByRole("main").getByRole("listitem").getByRole("link");

    // Profile: positions on the four forms of variety, and checklists.
    await steps.nth(0).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Profile of the partnership");
    await expectAccessible(page, "profile step");
    const varieties = page.locator("fieldset[data-item]");
    await expect(varieties).toHaveCount(4);
    await varieties.nth(0).getByRole("radio").nth(5).check();
    await expect(varieties.nth(0).locator('[data-save-state="saved"]')).toBeVisible();
    const firstTheme = page.locator('input[type="checkbox"]').first();
    await firstTheme.check();
    await expect(page.locator('[data-save-state="saved"]')).toHaveCount(2);

    // Promises and downsides.
    await page.getByRole("link", { name: /Next: Promises and downsides/ }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Promises and downsides");
    await expectAccessible(page, "promises step");
    await page.locator('input[type="checkbox"]').nth(1).check();
    await expect(page.locator('[data-save-state="saved"]')).toHaveCount(1);

    // Interests on the table: open questions, saved shortly after typing.
    await page.goto(`/en/workbook/${session.id}/interests`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Interests on the table");
    await expectAccessible(page, "interests step");
    const textarea = page.locator("textarea").first();
    await textarea.fill("Our own interest: enough staff in the district teams.");
    await expect(page.locator('[data-save-state="saved"]')).toHaveCount(1);

    await page.reload();
    await expect(page.locator("textarea").first()).toHaveValue("Our own interest: enough staff in the district teams.");
    await page.goto(`/en/workbook/${session.id}/profile`);
    await expect(page.locator("fieldset[data-item]").nth(0).getByRole("radio").nth(5)).toBeChecked();
    await expect(page.locator('input[type="checkbox"]').first()).toBeChecked();

    const participant = await db.participant.findFirstOrThrow({ where: { sessionId: session.id } });
    const stored = await db.answer.findMany({ where: { participantId: participant.id }, select: { dimension: true } });
    expect(stored.map((a) => a.dimension).sort()).toEqual(["choice", "choice", "now", "text"]);
  });

  test("text typed just before leaving the step is still saved", async ({ page, db, owned }) => {
    const partnership = await db.partnership.create({ data: { name: `${owned.namePrefix} Weg`, region: "Regio" } });
    const session = await db.session.create({
      data: { partnershipId: partnership.id, title: "Weg", date: new Date("2026-10-01"), joinCode: createJoinCode() },
    });
    await page.goto(`/nl/join/${session.joinCode}`);
    await page.getByRole("radio", { name: /Professional/ }).check();
    await page.getByRole("button", { name: "Begin met het werkboek" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Jouw werkboek");
    await page.goto(`/nl/workbook/${session.id}/interests`);
    // Type, and leave the page at once (no blur): well within the pause after which typing is saved.
    await page.locator("textarea").first().pressSequentially("Snel weg");
    await page.goto(`/nl/workbook/${session.id}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Jouw werkboek");
    const participant = await db.participant.findFirstOrThrow({ where: { sessionId: session.id } });
    await expect
      .poll(async () => (await db.answer.findFirst({ where: { participantId: participant.id, dimension: "text" } }))?.text)
      .toBe("Snel weg");
  });
});
