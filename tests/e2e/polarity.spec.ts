import { randomInt } from "node:crypto";
import type { Page } from "@playwright/test";
import { readWorkbook } from "../../lib/data/content";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { newAccount, signUp } from "./accounts";
import { expect, expectAccessible, joinSession, test } from "./fixtures";

/**
 * Polarity maps (issue 11, item 1): a partner sends ideas from a phone without a name;
 * the facilitator, on the projector, accepts one, edits it, drops another and types a
 * line of their own (a second projector follows live); the results page shows the map,
 * with the accepted lines only.
 */

const workbook = readWorkbook();
const act1 = workbook.acts[0]!;
const poleA = act1.poles.a.label.nl;
const JOIN_ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679";

async function setUp(page: Page, db: PrismaClient, owned: { namePrefix: string; userEmails: string[]; partnershipIds: string[] }) {
  const account = newAccount(owned, "Gespreksleider Kaart");
  await signUp(page, account);
  const user = await db.user.findUniqueOrThrow({ where: { email: account.email }, select: { id: true } });
  const partnership = await db.partnership.create({
    data: {
      name: `${owned.namePrefix} Regio Kaart`,
      region: "Achterhoek",
      memberships: { create: { userId: user.id, role: "coordinator" } },
    },
    select: { id: true },
  });
  owned.partnershipIds.push(partnership.id);
  const code = Array.from({ length: 6 }, () => JOIN_ALPHABET[randomInt(JOIN_ALPHABET.length)]).join("");
  const session = await db.session.create({
    data: { partnershipId: partnership.id, title: "Kaartbijeenkomst", date: new Date("2026-12-02"), joinCode: code },
    select: { id: true },
  });
  return { sessionId: session.id, code };
}

async function suggest(phone: Page, field: RegExp, text: string) {
  const form = phone.locator(`[data-polarity-suggest="${act1.id}"]`);
  await form.getByRole("radio", { name: field }).check();
  await form.getByLabel("Je idee").fill(text);
  await form.getByRole("button", { name: "Idee versturen" }).click();
  await expect(form.getByRole("status")).toHaveText("Dank je. Je idee is bij de gespreksleider, zonder je naam.");
}

test("a partner suggests from a phone, the facilitator accepts, edits and types on the projector, the results show the map", async ({
  page,
  browser,
  db,
  owned,
}) => {
  test.setTimeout(180_000);
  const { sessionId, code } = await setUp(page, db, owned);

  // The phone: an idea for the early warnings of pole A, and one that will be dropped.
  const { context, page: phone } = await joinSession(browser, code, /Professional/, "Wijkteam Zuid");
  await phone.setViewportSize({ width: 390, height: 844 });
  await phone.goto(`/nl/workbook/${sessionId}/${act1.id}`);
  await phone.getByText("Stuur een idee voor de polariteitenkaart").click();
  await expect(phone.locator(`[data-polarity-suggest="${act1.id}"]`).getByText(/Schrijf geen namen of andere gegevens/)).toBeVisible();
  await suggest(phone, new RegExp(`^Vroege signalen: te ver naar ${poleA}`), "Steeds dezelfde mensen aan tafel");
  await suggest(phone, new RegExp(`^Gaat goed als we leunen op ${poleA}`), "Een idee dat niet op de kaart komt");
  await expectAccessible(phone, "act step with the polarity idea form on a phone");
  // Empty text: a clear message, nothing stored.
  const form = phone.locator(`[data-polarity-suggest="${act1.id}"]`);
  await form.getByRole("button", { name: "Idee versturen" }).click();
  await expect(form.locator("[data-error-summary]")).toBeVisible();
  expect(await db.polarityEntry.count({ where: { sessionId } })).toBe(2);
  await context.close();

  // Stored without anything that names the participant.
  const rows = await db.polarityEntry.findMany({ where: { sessionId }, orderBy: { createdAt: "asc" } });
  expect(rows.map((r) => [r.status, r.quadrant, r.text])).toEqual([
    ["suggested", "warningA", "Steeds dezelfde mensen aan tafel"],
    ["suggested", "upsideA", "Een idee dat niet op de kaart komt"],
  ]);
  const participant = await db.participant.findFirstOrThrow({ where: { sessionId } });
  expect(JSON.stringify(rows)).not.toContain(participant.id);
  expect(JSON.stringify(rows)).not.toContain("Wijkteam Zuid");

  // The projector, and a second projector that only watches.
  await page.setViewportSize({ width: 1920, height: 1080 });
  const slide = `/nl/sessions/${sessionId}/present#slide=polarity-${act1.id}`;
  const second = await page.context().newPage();
  await second.setViewportSize({ width: 1280, height: 800 });
  await second.goto(slide);
  await expect(second.getByText("Live: nieuwe antwoorden verschijnen vanzelf")).toBeVisible();
  await page.goto(slide);
  await expect(page.locator("[data-slide-heading]")).toHaveText(`Polariteitenkaart: ${act1.title.nl}`);
  await expectAccessible(page, "polarity slide with suggestions");
  // The map with its prompts and the waiting ideas fits the projector without scrolling.
  // The deck is a 1920×1080 stage zoomed to the window: the page must not scroll, and the map stays inside the window.
  for (const size of [{ width: 1920, height: 1080 }, { width: 1024, height: 768 }, { width: 1920, height: 1080 }]) {
    await page.setViewportSize(size);
    await expect
      .poll(() =>
        page.evaluate(() => {
          const root = document.scrollingElement ?? document.documentElement;
          const board = document.querySelector(".polarity-board")?.getBoundingClientRect();
          const outside = !board || board.bottom > window.innerHeight + 1 || board.right > window.innerWidth + 1;
          return Math.max(root.scrollHeight - window.innerHeight, root.scrollWidth - window.innerWidth, outside ? 1 : 0);
        }),
      )
      .toBeLessThanOrEqual(0);
  }

  const warnings = page.locator('[data-polarity-field="warningA"]');
  const upsides = page.locator('[data-polarity-field="upsideA"]');
  await expect(warnings.locator("[data-polarity-suggestion]")).toHaveText(/Steeds dezelfde mensen aan tafel/);
  // Accept the first, then edit it with the keyboard.
  await warnings.getByRole("button", { name: "Overnemen: Steeds dezelfde mensen aan tafel" }).click();
  await expect(warnings.locator("[data-polarity-line]")).toHaveText(/Steeds dezelfde mensen aan tafel/);
  const editButton = warnings.getByRole("button", { name: "Wijzigen: Steeds dezelfde mensen aan tafel" });
  await editButton.focus();
  // The line's tools show while the focus is on them.
  await expect(warnings.locator(".polarity-tools")).toHaveCSS("opacity", "1");
  await page.keyboard.press("Enter");
  const edit = warnings.getByLabel("Tekst van de regel");
  await expect(edit).toBeFocused();
  await edit.fill("Steeds dezelfde vijf mensen aan tafel");
  await edit.press("Enter");
  await expect(warnings.locator("[data-polarity-line] [data-polarity-text]")).toHaveText(["Steeds dezelfde vijf mensen aan tafel"]);
  // Drop the other suggestion.
  await upsides.getByRole("button", { name: "Laten vallen: Een idee dat niet op de kaart komt" }).click();
  await expect(upsides.locator("[data-polarity-suggestion]")).toHaveCount(0);
  // Type two lines of the room's own and put the second first.
  const add = upsides.getByLabel(`Nieuwe regel: Gaat goed als we leunen op ${poleA}`);
  await add.fill("Partners kennen elkaar en schakelen snel");
  await add.press("Enter");
  await expect(upsides.locator("[data-polarity-line]")).toHaveCount(1);
  await expect(add).toHaveValue("");
  await add.fill("Initiatieven uit de wijk krijgen ruimte");
  await add.press("Enter");
  await expect(upsides.locator("[data-polarity-line]")).toHaveCount(2);
  await upsides.getByRole("button", { name: "Omhoog: Initiatieven uit de wijk krijgen ruimte" }).click();
  await expect(upsides.locator("[data-polarity-line] [data-polarity-text]")).toHaveText([
    "Initiatieven uit de wijk krijgen ruimte",
    "Partners kennen elkaar en schakelen snel",
  ]);
  await expectAccessible(page, "polarity slide with lines");
  // Arrow keys typed in a field do not turn the slide.
  await add.fill("x");
  await add.press("ArrowLeft");
  await expect(page.locator("[data-slide-heading]")).toHaveText(`Polariteitenkaart: ${act1.title.nl}`);
  await add.fill("");

  // The second projector followed over the live bus, without a reload.
  await expect(second.locator('[data-polarity-field="upsideA"] [data-polarity-line] [data-polarity-text]')).toHaveText([
    "Initiatieven uit de wijk krijgen ruimte",
    "Partners kennen elkaar en schakelen snel",
  ]);
  await expect(second.locator('[data-polarity-field="warningA"] [data-polarity-suggestion]')).toHaveCount(0);
  await second.close();

  // Dark theme on the projector.
  await page.goto(`/nl/sessions/${sessionId}/present#slide=polarity-${act1.id}&theme=dark`);
  await expect(page.locator("[data-present-root]")).toHaveAttribute("data-theme", "dark");
  await expectAccessible(page, "polarity slide, dark");

  // The results page: the map of act 1, accepted lines only, nothing of the dropped idea.
  await page.goto(`/nl/sessions/${sessionId}/results`);
  const maps = page.locator("[data-polarity-maps]");
  await expect(maps.getByRole("heading", { name: "Polariteitenkaarten" })).toBeVisible();
  const map = maps.locator(`[data-polarity-act="${act1.id}"]`);
  await expect(map.locator('[data-polarity-field="upsideA"] li')).toHaveText([
    "Initiatieven uit de wijk krijgen ruimte",
    "Partners kennen elkaar en schakelen snel",
  ]);
  await expect(map.locator('[data-polarity-field="warningA"] li')).toHaveText(["Steeds dezelfde vijf mensen aan tafel"]);
  await expect(maps).not.toContainText("Een idee dat niet op de kaart komt");
  await expect(maps.locator("[data-polarity-act]")).toHaveCount(1);
  await expectAccessible(page, "results with a polarity map");
  // Printable: the map stays on paper.
  await page.emulateMedia({ media: "print" });
  await expect(map).toBeVisible();
});
