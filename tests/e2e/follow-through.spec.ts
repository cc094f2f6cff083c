import { randomInt } from "node:crypto";
import type { Page } from "@playwright/test";
import ICAL from "ical.js";
import { readWorkbook } from "../../lib/data/content";
import { askedStatements } from "../../lib/domain/workbook";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { newAccount, signUp } from "./accounts";
import { expect, expectAccessible, test } from "./fixtures";

/**
 * What the partnership keeps (issue 11): agreements recorded in session 1, one marked
 * done in between, session 2 opening with both (and last time's early warnings) on the
 * projector and its results page, a one-click status update by keyboard, the partnership
 * page with the balance over both sessions and their comparison, the .ics read back.
 */

const workbook = readWorkbook();
const act1 = workbook.acts[0]!;
const poleB = act1.poles.b.label.nl;
const JOIN_ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679";
const joinCode = () => Array.from({ length: 6 }, () => JOIN_ALPHABET[randomInt(JOIN_ALPHABET.length)]).join("");

/** Three partners who answered act 1 (in the database, for speed): `towardsB` steps of the scale towards pole B now, one more desired. */
async function seedAnswers(db: PrismaClient, sessionId: string, towardsB: number) {
  const value = (left: "a" | "b", steps: number) => (left === "a" ? 4 + steps : 4 - steps);
  for (const [i, role] of ["administrator", "professional", "client"].entries()) {
    const participant = await db.participant.create({
      data: { sessionId, role, resumeTokenHash: `h5b-${sessionId}-${i}-${randomInt(1e9)}` },
      select: { id: true },
    });
    await db.answer.createMany({
      data: askedStatements(act1, "full").flatMap((s) => [
        { participantId: participant.id, itemId: s.id, dimension: "now", value: value(s.left, towardsB) },
        { participantId: participant.id, itemId: s.id, dimension: "desired", value: value(s.left, towardsB + 1) },
      ]),
    });
  }
}

/** Whether the page scrolls, and the smallest rendered text on the slide (CSS zoom included). */
async function fit(page: Page) {
  return page.evaluate(() => {
    const root = document.scrollingElement!;
    let smallest = Infinity;
    let smallestText = "";
    const walker = document.createTreeWalker(document.querySelector("[data-slide]")!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim();
      const el = node.parentElement;
      if (!text || !el || el.closest(".sr-only, option, [hidden]")) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const box = range.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      const size = parseFloat(getComputedStyle(el).fontSize) * ((el as Element & { currentCSSZoom?: number }).currentCSSZoom ?? 1);
      if (size < smallest) {
        smallest = size;
        smallestText = text.slice(0, 40);
      }
    }
    return { scrolls: root.scrollHeight > window.innerHeight || root.scrollWidth > window.innerWidth, smallest, smallestText };
  });
}

async function addAgreement(page: Page, action: string, revisitOn: string) {
  const section = page.locator(`[data-agreements-act="${act1.id}"]`);
  await section.getByRole("button", { name: /^Afspraak toevoegen/ }).click();
  const form = section.locator('[data-agreement-panel="add"]');
  // A multi-line field: the room reads the whole text.
  await expect(form.locator("textarea[name=action]")).toBeVisible();
  await form.getByLabel("Wat gaan jullie doen?").fill(action);
  await form.getByRole("radio", { name: "in het midden" }).check();
  await form.getByLabel("Wanneer kijken jullie er opnieuw naar? (niet verplicht)").fill(revisitOn);
  await form.getByRole("button", { name: "Afspraak vastleggen" }).click();
  await expect(section.locator('[data-agreement-saved="add"]')).toHaveText("De afspraak is vastgelegd.");
  await expect(form).toBeHidden();
}

test("agreements come back in the next session, and the partnership page shows the balance over time", async ({ page, browser, db, owned }) => {
  test.setTimeout(240_000);
  const account = newAccount(owned, "Coördinator");
  await signUp(page, account);
  const user = await db.user.findUniqueOrThrow({ where: { email: account.email }, select: { id: true } });
  const partnership = await db.partnership.create({
    data: { name: `${owned.namePrefix} Regio Vervolg`, region: "Achterhoek", memberships: { create: { userId: user.id, role: "coordinator" } } },
    select: { id: true },
  });
  owned.partnershipIds.push(partnership.id);
  const first = await db.session.create({
    data: { partnershipId: partnership.id, title: "Eerste bijeenkomst", date: new Date("2026-03-01"), joinCode: joinCode(), status: "closed" },
    select: { id: true },
  });
  await seedAnswers(db, first.id, 0);
  // Last time's polarity map: an early warning of going too far towards pole B.
  await db.polarityEntry.create({
    data: { sessionId: first.id, actId: act1.id, quadrant: "warningB", text: "De huisartsen haken af", status: "accepted" },
  });

  // Session 1: two agreements on act 1, recorded on the presentation.
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(`/nl/sessions/${first.id}/present#slide=agreements`);
  await expect(page.locator("[data-slide-heading]")).toHaveText("Afspraken");
  await addAgreement(page, "Elk kwartaal samen terugkijken\nmet de wethouders erbij", "2026-04-01");
  await addAgreement(page, "Eén loket voor de hele regio", "2099-06-01");
  const agreements = await db.agreement.findMany({ where: { sessionId: first.id }, orderBy: { createdAt: "asc" }, select: { id: true } });
  expect(agreements).toHaveLength(2);
  const [quarterly, desk] = agreements.map((a) => a.id) as [string, string];

  // In between: the agreements page lists both; the first is overdue (said in words), then marked done.
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`/nl/partnerships/${partnership.id}/agreements`);
  const quarterlyItem = page.locator(`[data-agreement="${quarterly}"]`);
  await expect(quarterlyItem).toContainText("Over tijd: de datum is voorbij");
  await expect(page.locator(`[data-agreement="${desk}"]`)).not.toContainText("Over tijd");
  await expectAccessible(page, "partnership agreements");
  await quarterlyItem.getByRole("button", { name: "Gedaan" }).click();
  await expect(quarterlyItem.getByRole("button", { name: /^Gedaan/ })).toHaveAttribute("aria-pressed", "true");
  await expect(quarterlyItem.locator('[data-field="status"]')).toHaveText("Gedaan");
  await expect(quarterlyItem).not.toContainText("Over tijd");
  // The filter is in the address (a GET form).
  await page.getByLabel("Stand", { exact: true }).selectOption("done");
  await page.getByRole("button", { name: "Tonen" }).click();
  await expect(page).toHaveURL(/status=done/);
  await expect(page.locator("[data-agreement]")).toHaveCount(1);
  await expect(page.getByTestId("agreement-count")).toHaveText("1 afspraak te zien.");

  // The .ics of an agreement, read back by a parser.
  const ics = await page.request.get(`/api/agreements/${desk}/ics`);
  expect(ics.status()).toBe(200);
  expect(ics.headers()["content-type"]).toContain("text/calendar");
  const event = new ICAL.Event(new ICAL.Component(ICAL.parse(await ics.text())).getFirstSubcomponent("vevent")!);
  expect(event.summary).toBe("Afspraak opnieuw bekijken: Eén loket voor de hele regio");
  expect(event.startDate.toString()).toBe("2099-06-01");
  // The feed: a secret address that works without the session cookie.
  await page.getByRole("button", { name: "Feedadres maken" }).click();
  const feedUrl = await page.getByTestId("share-value").inputValue();
  const anonymous = await browser.newContext();
  const feed = await anonymous.request.get(feedUrl);
  expect(feed.status()).toBe(200);
  const uids = new ICAL.Component(ICAL.parse(await feed.text())).getAllSubcomponents("vevent").map((v) => new ICAL.Event(v).uid);
  expect(uids).toHaveLength(2);
  expect(uids.map((u) => u.split("@")[0]).sort()).toEqual([`agreement-${quarterly}`, `agreement-${desk}`].sort());
  expect((await anonymous.request.get(`/api/agreements/${desk}/ics`)).status()).toBe(401);
  await anonymous.close();

  // Session 2 of the same partnership; the partners now stand further towards pole B.
  const second = await db.session.create({
    data: { partnershipId: partnership.id, title: "Tweede bijeenkomst", date: new Date("2026-09-01"), joinCode: joinCode() },
    select: { id: true },
  });
  await seedAnswers(db, second.id, 2);

  // The projector opens with last time: both agreements with their status, the warning and the movement.
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(`/nl/sessions/${second.id}/present#slide=review`);
  await expect(page.locator("[data-slide-heading]")).toHaveText("Wat jullie vorige keer afspraken");
  const review = page.locator("[data-review-slide]");
  await expect(review.locator(`[data-review-agreement="${quarterly}"]`)).toContainText("Stand: Gedaan");
  await expect(review.locator(`[data-review-agreement="${desk}"]`)).toContainText("Stand: Open");
  await expect(review.locator("[data-review-warnings]")).toContainText(`Jullie zouden letten op een verschuiving richting ${poleB}.`);
  await expect(review.locator("[data-review-warnings]")).toContainText("De huisartsen haken af");
  await expect(review.locator("[data-review-movement]")).toHaveText(`Sinds vorige keer is waar jullie nu staan 0,7 richting ${poleB} verschoven.`);
  await expect(review.locator(`[data-review-agreement="${desk}"] [data-field="balance"]`)).toContainText("Gekozen balans: in het midden.");
  await expectAccessible(page, "review slide, light");
  // One click, by keyboard: the facilitator sets the second agreement in progress.
  const inProgress = review.locator(`[data-review-agreement="${desk}"]`).getByRole("button", { name: "Bezig" });
  await inProgress.focus();
  await page.keyboard.press("Enter");
  await expect(review.locator(`[data-review-agreement="${desk}"]`)).toContainText("Stand: Bezig");
  await expect(review.locator(`[data-review-agreement="${desk}"]`).getByRole("button", { name: /^Bezig/ })).toHaveAttribute("aria-pressed", "true");
  await page.goto(`/nl/sessions/${second.id}/present#slide=review&theme=dark`);
  await expect(page.locator("[data-slide-heading]")).toHaveText("Wat jullie vorige keer afspraken");
  await expectAccessible(page, "review slide, dark");
  // The slide fits a projector at three sizes in both themes; text at least 24 px at 1080p.
  for (const theme of ["light", "dark"] as const) {
    for (const size of [{ width: 1920, height: 1080 }, { width: 1280, height: 800 }, { width: 1024, height: 768 }]) {
      await page.setViewportSize(size);
      await page.goto(`/nl/sessions/${second.id}/present#slide=review&theme=${theme}`);
      await expect(page.locator("[data-review-slide]")).toBeVisible();
      const m = await fit(page);
      expect(m.scrolls, `review slide scrolls at ${size.width}×${size.height}, ${theme}`).toBe(false);
      if (size.width === 1920) expect(m.smallest, `smallest text "${m.smallestText}"`).toBeGreaterThanOrEqual(24);
      if (size.width === 1280) await page.screenshot({ path: test.info().outputPath(`review-${theme}-1280x800.png`) });
    }
  }

  // The results page of session 2 starts with the same review.
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`/nl/sessions/${second.id}/results`);
  const onResults = page.getByRole("region", { name: "Wat jullie vorige keer afspraken" });
  await expect(onResults).toContainText("Elk kwartaal samen terugkijken");
  await expect(onResults.locator(`[data-review-agreement="${desk}"]`)).toContainText("Stand: Bezig");
  await expectAccessible(page, "results with last time's agreements");

  // The partnership page: the balance over both sessions and the two compared.
  await page.goto(`/nl/partnerships/${partnership.id}`);
  const trend = page.locator(`[data-trend-act="${act1.id}"]`);
  await expect(trend.locator("[data-trend-row]")).toHaveCount(2);
  await trend.getByText("Als tabel tonen").click();
  await expect(trend.getByRole("table")).toContainText("Eerste bijeenkomst");
  await expect(trend.getByRole("table")).toContainText("Tweede bijeenkomst");
  await expect(trend.getByRole("table")).toContainText(`duidelijk richting ${poleB}`);
  const compare = page.locator(`[data-compare-act="${act1.id}"]`);
  await expect(compare.getByRole("columnheader")).toHaveCount(2);
  await expect(compare.locator('[data-compare-row="agreements"]')).toContainText("Eén loket voor de hele regio (Bezig)");
  await expect(page.getByTestId("agreements-summary")).toContainText("Gedaan: 1");
  await expectAccessible(page, "partnership page with trend and comparison");
  // Pick the sessions the other way round in the GET form.
  await page.getByLabel("Eerste sessie").selectOption(second.id);
  await page.getByLabel("Tweede sessie").selectOption(first.id);
  await page.getByRole("button", { name: "Vergelijken" }).click();
  await expect(page).toHaveURL(new RegExp(`from=${second.id}`));
  await expect(compare.getByRole("columnheader").first()).toContainText("Tweede bijeenkomst");

  // A partner member reads the same pages, without any edit control.
  const partnerAccount = newAccount(owned, "Partner");
  const partnerContext = await browser.newContext();
  const partnerPage = await partnerContext.newPage();
  await signUp(partnerPage, partnerAccount);
  const partnerUser = await db.user.findUniqueOrThrow({ where: { email: partnerAccount.email }, select: { id: true } });
  await db.membership.create({ data: { userId: partnerUser.id, partnershipId: partnership.id, role: "partner" } });
  await partnerPage.goto("/nl");
  await partnerPage.getByRole("link", { name: `${owned.namePrefix} Regio Vervolg` }).click();
  await expect(partnerPage.getByRole("heading", { level: 1 })).toHaveText(`${owned.namePrefix} Regio Vervolg`);
  await expect(partnerPage.locator(`[data-trend-act="${act1.id}"] [data-trend-row]`)).toHaveCount(2);
  await expect(partnerPage.getByRole("link", { name: "Nieuwe sessie" })).toHaveCount(0);
  await expect(partnerPage.getByRole("heading", { name: "Leden" })).toHaveCount(0);
  await expect(partnerPage.getByRole("main").locator("form:not([method=get])")).toHaveCount(0);
  await expectAccessible(partnerPage, "partnership page, partner");
  await partnerPage.goto(`/nl/partnerships/${partnership.id}/agreements`);
  await expect(partnerPage.locator("[data-agreement]")).toHaveCount(2);
  await expect(partnerPage.locator("[data-status-form]")).toHaveCount(0);
  await expect(partnerPage.getByRole("button", { name: /Feedadres/ })).toHaveCount(0);
  await expectAccessible(partnerPage, "partnership agreements, partner");
  await partnerContext.close();
});
