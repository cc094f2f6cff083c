import type { Page } from "@playwright/test";
import { createJoinCode } from "../../lib/platform/tokens";
import { newAccount, signUp } from "./accounts";
import { expect, expectAccessible, test } from "./fixtures";

/**
 * The privacy and accessibility statements: both languages, axe-clean, the operator's
 * configured name and address (scripts/test-e2e.mjs sets OPERATOR_NAME and
 * OPERATOR_EMAIL), linked from the footer of every kind of page; and the reminder
 * with every open question not to write about clients, patients or others.
 */
function operatorFromEnv() {
  const name = process.env.OPERATOR_NAME;
  const email = process.env.OPERATOR_EMAIL;
  if (!name || !email) throw new Error("OPERATOR_NAME and OPERATOR_EMAIL are not set: run the e2e tests through `npm run test:e2e`.");
  return { name, email };
}

/** The footer's links to both statements, in Dutch. */
async function expectFooterLinks(page: Page) {
  const nav = page.getByRole("contentinfo").getByRole("navigation", { name: "Over deze website" });
  await expect(nav.getByRole("link", { name: "Privacy" })).toHaveAttribute("href", "/nl/privacy");
  await expect(nav.getByRole("link", { name: "Toegankelijkheid" })).toHaveAttribute("href", "/nl/accessibility");
}

test.describe("privacy and accessibility statements", () => {
  test("both statements exist in Dutch and English, name the operator and are accessible", async ({ page }) => {
    const operator = operatorFromEnv();
    for (const [locale, path, title, dateLabel] of [
      ["nl", "privacy", "Privacyverklaring", "Datum van deze verklaring"],
      ["nl", "accessibility", "Toegankelijkheidsverklaring", "Datum van deze verklaring"],
      ["en", "privacy", "Privacy statement", "Date of this statement"],
      ["en", "accessibility", "Accessibility statement", "Date of this statement"],
    ] as const) {
      await page.goto(`/${locale}/${path}`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
      await expect(page).toHaveTitle(new RegExp(`^${title} · `));
      await expect(page.getByTestId("statement-date")).toContainText(dateLabel);
      await expect(page.getByTestId("operator-name")).toHaveText(operator.name);
      await expect(page.getByTestId("operator-email").getByRole("link")).toHaveAttribute("href", `mailto:${operator.email}`);
      await expect(page.getByTestId("operator-missing")).toHaveCount(0);
      // Every section is in the table of contents, and its link goes to it.
      const sections = page.locator("article > section[id]");
      const toc = page.getByRole("navigation", { name: locale === "nl" ? "Inhoud" : "Contents" }).getByRole("link");
      await expect(toc).toHaveCount(await sections.count());
      expect(await sections.count()).toBeGreaterThanOrEqual(4);
      await expectAccessible(page, `${path} ${locale}`);
    }

    // The privacy statement quotes the anonymity threshold with its number filled in.
    await page.goto("/nl/privacy");
    await expect(page.locator("#anonymity-threshold")).toContainText("Standaard is die grens 3.");
    await expect(page.locator("#anonymity-threshold")).not.toContainText("{");
  });

  test("the home page's footer links to both statements", async ({ page }) => {
    await page.goto("/nl");
    await expectFooterLinks(page);
    await page.getByRole("contentinfo").getByRole("link", { name: "Toegankelijkheid" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Toegankelijkheidsverklaring");
    await page.getByRole("contentinfo").getByRole("link", { name: "Privacy" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Privacyverklaring");
  });

  test("a participant's pages link to the statements, and every open question carries the reminder", async ({ page, db, owned }) => {
    const partnership = await db.partnership.create({ data: { name: `${owned.namePrefix} Verklaringen`, region: "Regio" } });
    const session = await db.session.create({
      data: { partnershipId: partnership.id, title: "Verklaringen", date: new Date("2026-11-01"), joinCode: createJoinCode() },
    });
    await page.goto(`/nl/join/${session.joinCode}`);
    await page.getByRole("radio", { name: /Professional/ }).check();
    await page.getByRole("button", { name: "Begin met het werkboek" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Jouw werkboek");
    await expectFooterLinks(page);

    // An act (reflection questions) and the interests step (open questions with their own hint).
    const actHref = await page.getByRole("main").getByRole("listitem").getByRole("link").nth(2).getAttribute("href");
    for (const href of [actHref!, `/nl/workbook/${session.id}/interests`]) {
      await page.goto(href);
      await expectFooterLinks(page);
      const textareas = page.locator("textarea");
      const hints = page.getByTestId("open-answer-hint");
      await expect(textareas.first()).toBeVisible();
      expect(await textareas.count()).toBeGreaterThanOrEqual(2);
      await expect(hints).toHaveCount(await textareas.count());
      await expect(hints.first()).toHaveText(
        "Schrijf geen namen of andere gegevens van cliënten, patiënten of andere mensen, en niets over iemands gezondheid.",
      );
      // Screen readers hear the reminder with the question.
      for (const textarea of await textareas.all()) {
        await expect(textarea).toHaveAccessibleDescription(/Schrijf geen namen of andere gegevens van cliënten/);
      }
      await expectAccessible(page, `open questions on ${href}`);
    }
  });

  test("a coordinator's pages link to the statements", async ({ page, db, owned }) => {
    const account = newAccount(owned, "Coördinator Verklaringen");
    await signUp(page, account);
    const user = await db.user.findUniqueOrThrow({ where: { email: account.email } });
    const partnership = await db.partnership.create({
      data: {
        name: `${owned.namePrefix} Netwerk`,
        region: "Twente",
        memberships: { create: { userId: user.id, role: "coordinator" } },
        sessions: { create: { title: "Sessie voor de verklaringen", date: new Date("2026-11-01"), joinCode: createJoinCode() } },
      },
      include: { sessions: true },
    });

    await page.goto(`/nl/partnerships/${partnership.id}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(partnership.name);
    await expectFooterLinks(page);
    await page.goto(`/nl/sessions/${partnership.sessions[0]!.id}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sessie voor de verklaringen");
    await expectFooterLinks(page);
  });
});
