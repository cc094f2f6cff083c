import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Browser, type Page } from "@playwright/test";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { createDatabaseClient } from "../../lib/platform/db-client";

/**
 * Shared fixtures: `db` talks to the same temporary database as the server under
 * test (for setup and for checking what was stored), and `owned` collects the
 * partnerships and accounts a test made, which are deleted (with everything in them) afterwards.
 */
type TFixtures = {
  owned: { partnershipIds: string[]; namePrefix: string; userEmails: string[] };
};
type TWorkerFixtures = { db: PrismaClient };

export const test = base.extend<TFixtures, TWorkerFixtures>({
  db: [
    async ({}, use) => {
      const url = process.env.DATABASE_URL;
      if (!url) throw new Error("DATABASE_URL is not set: run the e2e tests through `npm run test:e2e`.");
      const db = createDatabaseClient(url);
      await use(db);
      await db.$disconnect();
    },
    { scope: "worker" },
  ],
  owned: async ({ db }, use, testInfo) => {
    const owned = { partnershipIds: [] as string[], namePrefix: `E2E ${testInfo.testId}`, userEmails: [] as string[] };
    await use(owned);
    await db.partnership.deleteMany({
      where: { OR: [{ id: { in: owned.partnershipIds } }, { name: { startsWith: owned.namePrefix } }] },
    });
    // Accounts a test made (see accounts.ts), with their sessions and memberships.
    await db.user.deleteMany({ where: { email: { in: owned.userEmails } } });
  },
});

export { expect };

/** Runs axe-core on the page; fails on serious or critical WCAG 2.x A/AA violations. */
export async function expectAccessible(page: Page, label?: string) {
  // Next streams metadata: after a client-side navigation the title arrives a moment later.
  await expect(page).toHaveTitle(/\S/);
  // Fades (the projector's toolbar hides itself when the mouse rests) are measured at their
  // end states, not halfway: a half-faded control has no meaningful contrast. With reduced
  // motion the pages switch at once (present.css); transitions already running finish first.
  // (A <style> tag cannot be injected: the CSP allows only the page's own nonce.)
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  await page.emulateMedia({ reducedMotion: null });
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  const summary = serious.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
  expect(summary, `axe violations on ${label ?? page.url()}`).toEqual([]);
}

/** A participant in a browser context of their own, joined with the code. */
export async function joinSession(browser: Browser, code: string, role: RegExp, organisation?: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`/nl/join/${code}`);
  await page.getByRole("radio", { name: role }).check();
  if (organisation) await page.getByLabel("Organisatie", { exact: true }).fill(organisation);
  await page.getByRole("button", { name: "Begin met het werkboek" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Jouw werkboek");
  return { context, page };
}

/**
 * The radios of one line of a bipolar statement (fieldset): the seven points first, then
 * "don't know" and, on an act's statements, "does not apply to us".
 */
export function scaleRadios(page: Page, index: number, dimension: "now" | "desired") {
  const fieldset = page.locator("fieldset[data-item]").nth(index);
  return fieldset.getByRole("radiogroup").nth(dimension === "now" ? 0 : 1).getByRole("radio");
}

/** Answers one bipolar statement (fieldset) with a point 1..7 for now and for desired. */
export async function answerStatement(page: Page, index: number, now: number, desired: number) {
  await scaleRadios(page, index, "now").nth(now - 1).check();
  await scaleRadios(page, index, "desired").nth(desired - 1).check();
}
