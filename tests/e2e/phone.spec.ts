import type { Page } from "@playwright/test";
import { newAccount, signUp } from "./accounts";
import { expect, expectAccessible, joinSession, scaleRadios, test } from "./fixtures";

/** Signs up a coordinator and creates a partnership and a session through the UI; returns the join code. */
async function setUpSession(page: Page, owned: Parameters<typeof newAccount>[0] & { namePrefix: string }) {
  await signUp(page, newAccount(owned, "Coördinator Telefoon"));
  await page.goto("/nl/partnerships/new");
  await page.getByLabel("Naam").fill(`${owned.namePrefix} Netwerk`);
  await page.getByLabel("Regio").fill("Drenthe");
  await page.getByRole("button", { name: "Samenwerkingsverband aanmaken" }).click();
  await page.getByRole("link", { name: "Nieuwe sessie" }).click();
  await page.getByLabel("Titel").fill("Sessie op de telefoon");
  await page.getByRole("button", { name: "Sessie aanmaken" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sessie op de telefoon");
  return (await page.getByTestId("join-code").textContent())!.trim();
}

const SHOTS = process.env.PHONE_SHOTS_DIR ?? "/tmp/phone-shots";

test("on a 390×844 phone the question comes first and the scale says what it means", async ({ page, browser, owned }) => {
  test.setTimeout(120_000);
  const code = await setUpSession(page, owned);
  // The invite link has a copy button that says "copied" (in a live region).
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.getByRole("button", { name: "Kopieer de link" }).click();
  await expect(page.getByTestId("copied-notice")).toHaveText("Gekopieerd");
  const { context, page: phone } = await joinSession(browser, code, /Professional/, "Wijkteam Oost");
  await phone.setViewportSize({ width: 390, height: 844 });
  await expectAccessible(phone, "workbook overview on a phone");

  await phone.getByRole("main").getByRole("listitem").getByRole("link").nth(2).click();
  await expect(phone.getByRole("heading", { name: "Waar staan jullie?" })).toBeVisible();
  await expectAccessible(phone, "act step on a phone");

  // The summary, then the full introduction one tap away, then the statements.
  const summary = phone.locator("[data-act-summary]");
  await expect(summary).toBeVisible();
  await expect(phone.getByText("Lees de hele uitleg")).toBeVisible();
  const first = phone.locator("fieldset[data-item]").first();
  await phone.screenshot({ path: `${SHOTS}/act-phone.png` });
  // Within one screen after the summary: from the summary's top to the first line of statement A.
  const from = (await summary.boundingBox())!;
  const to = (await first.locator("p").first().boundingBox())!;
  expect(to.y + 24 - from.y, "the first statement is within the first screen after the summary").toBeLessThan(844);

  // The ends and the middle are written out, and the statements carry the marks A and B.
  const ends = first.locator("[data-scale-ends]").first();
  await expect(ends).toContainText("helemaal A");
  await expect(ends).toContainText("in het midden");
  await expect(ends).toContainText("helemaal B");

  // The chosen point is said in words, visibly and to screen readers.
  const now = scaleRadios(phone, 0, "now");
  await expect(now.nth(1)).toHaveAccessibleName("Nu: dichter bij A");
  await now.nth(1).check();
  const group = first.getByRole("radiogroup").first();
  await expect(group).toHaveAccessibleDescription(/Gekozen: dichter bij A/);
  await expect(first.locator("[data-said]").first()).toHaveText(/dichter bij A/);
  await scaleRadios(phone, 0, "desired").nth(3).check();
  await expect(first.getByRole("radiogroup").nth(1)).toHaveAccessibleDescription(/in het midden/);
  await expect.poll(() => phone.locator('[data-save-state="saved"]').count()).toBe(1);

  // Tap targets: 44 px for the scale points.
  const point = (await first.locator("[data-point]").first().boundingBox())!;
  expect(point.width).toBeGreaterThanOrEqual(44);
  expect(point.height).toBeGreaterThanOrEqual(44);

  await first.screenshot({ path: `${SHOTS}/scale-phone.png` });
  await phone.setViewportSize({ width: 1366, height: 768 });
  await first.scrollIntoViewIfNeeded();
  await phone.screenshot({ path: `${SHOTS}/act-laptop.png` });
  await phone.evaluate(() => window.scrollTo(0, 0));
  await phone.screenshot({ path: `${SHOTS}/act-laptop-top.png` });
  await expectAccessible(phone, "act step on a laptop");
  await context.close();
});
