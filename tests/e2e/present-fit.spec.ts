import { randomBytes, randomInt } from "node:crypto";
import type { Page } from "@playwright/test";
import { readWorkbook } from "../../lib/data/content";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { newAccount, signUp } from "./accounts";
import { expect, expectAccessible, test } from "./fixtures";

/**
 * The projector slides fit the screen: every slide of the deck (start, overview, the
 * acts with their results, work form and the partners' answers, the interests, discuss
 * first, agreements, and whatever else the deck lists) at 1920×1080, 1280×800 and
 * 1024×768, in light and dark, without scrolling, with nothing outside the viewport and
 * nothing under the toolbar; at 1920×1080 no visible text is smaller than 24 px
 * (rendered size, zoom included), and axe passes on each kind of slide. One page load
 * per viewport: the slides are changed through the hash and the theme in the page.
 * Screenshots at 1280×800 (both themes) and 1920×1080 go to the output folder.
 *
 * The session is filled in the database (fast): six partners in four roles answer
 * every statement and every open question (one answer is long, so it runs over pages),
 * a member's test participant answers too, and a previous session gives ghost rings.
 */

const workbook = readWorkbook();
const act1 = workbook.acts[0]!;
const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 800 },
  { width: 1024, height: 768 },
] as const;
const JOIN_ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679";
const ROLES = ["administrator", "manager", "professional", "client"] as const;
const TEST_ANSWER = "Antwoord van een testdeelnemer dat nooit op het scherm mag komen";
const LONG_ANSWER = Array.from(
  { length: 8 },
  (_, i) => `Punt ${i + 1}: we merken dat afspraken tussen de partners soms blijven hangen omdat niemand zich eigenaar voelt van de volgende stap.`,
).join(" ");

const joinCode = () => Array.from({ length: 6 }, () => JOIN_ALPHABET[randomInt(JOIN_ALPHABET.length)]).join("");
const scaleIds = (actIndex: number) => workbook.acts[actIndex]!.statements.filter((s) => !s.retired).map((s) => s.id);
const textIds = [...workbook.acts.flatMap((a) => a.reflection.map((r) => r.id)), ...workbook.interests.questions.map((q) => q.id)];

async function addParticipant(db: PrismaClient, sessionId: string, role: string, isTest = false) {
  return db.participant.create({
    data: { sessionId, role, isTest, organisation: `Organisatie ${role}`, resumeTokenHash: randomBytes(32).toString("hex") },
    select: { id: true },
  });
}

/** A coordinator, a partnership with an earlier and a current session, answers in both. */
async function setUp(page: Page, db: PrismaClient, owned: { namePrefix: string; userEmails: string[]; partnershipIds: string[] }, threshold = 3) {
  const account = newAccount(owned, "Gespreksleider");
  await signUp(page, account);
  const user = await db.user.findUniqueOrThrow({ where: { email: account.email }, select: { id: true } });
  const partnership = await db.partnership.create({
    data: { name: `${owned.namePrefix} Regio Projector`, region: "Twente", memberships: { create: { userId: user.id, role: "coordinator" } } },
    select: { id: true },
  });
  owned.partnershipIds.push(partnership.id);
  const earlier = await db.session.create({
    data: { partnershipId: partnership.id, title: "Bijeenkomst voorjaar", date: new Date("2026-05-01"), joinCode: joinCode(), anonymityThreshold: 3 },
    select: { id: true },
  });
  const session = await db.session.create({
    data: { partnershipId: partnership.id, title: "Bijeenkomst najaar", date: new Date("2026-12-01"), joinCode: joinCode(), anonymityThreshold: threshold },
    select: { id: true },
  });
  for (let p = 0; p < 3; p++) {
    const { id } = await addParticipant(db, earlier.id, ROLES[p]!);
    await db.answer.createMany({
      data: scaleIds(0).flatMap((itemId) => [
        { participantId: id, itemId, dimension: "now", value: 2 + p },
        { participantId: id, itemId, dimension: "desired", value: 4 + p },
      ]),
    });
  }
  return { sessionId: session.id, userId: user.id };
}

/** `count` partners answer every statement and open question (briefly); with `long`, the first partner's first open answer is long. */
async function partnersAnswer(db: PrismaClient, sessionId: string, count: number, { long = false } = {}) {
  for (let p = 0; p < count; p++) {
    const { id } = await addParticipant(db, sessionId, ROLES[p % ROLES.length]!);
    const scale = workbook.acts.flatMap((_, a) =>
      scaleIds(a).flatMap((itemId, i) => [
        { participantId: id, itemId, dimension: "now", value: ((p + i + a) % 7) + 1 },
        { participantId: id, itemId, dimension: "desired", value: ((p * 2 + i) % 7) + 1 },
      ]),
    );
    const texts = textIds.map((itemId, i) => ({
      participantId: id,
      itemId,
      dimension: "text",
      text: long && p === 0 && i === 0 ? LONG_ANSWER : `Antwoord ${p + 1} op vraag ${i + 1}: ${i % 2 === 0 ? "vaker samen kijken wat werkt." : "de wethouders en de inwoners eerder betrekken bij wat we besluiten."}`,
    }));
    await db.answer.createMany({ data: [...scale, ...texts] });
  }
}

/** Overflow of the document and of every visible element, what sits under the toolbar, and the smallest rendered text. */
async function measure(page: Page, texts: boolean) {
  return page.evaluate((texts) => {
    const vw = window.innerWidth;
    const vh = window.innerHeight;
    const root = document.scrollingElement!;
    const toolbarTop = document.querySelector("[data-deck-toolbar]")!.getBoundingClientRect().top;
    const outside: string[] = [];
    const underToolbar: string[] = [];
    const name = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? "#" + el.id : ""}${el.className && typeof el.className === "string" ? "." + el.className.split(" ")[0] : ""}`;
    // Not shown: invisible, for screen readers only, or inside a closed <details> (its content keeps a box in Chromium).
    const unseen = (el: Element) =>
      getComputedStyle(el).visibility === "hidden" || el.closest(".sr-only") !== null || (el.closest("details:not([open])") !== null && !el.closest("summary"));
    for (const el of document.querySelectorAll("[data-present-root] *")) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      const out = r.left < -1 || r.top < -1 || r.right > vw + 1 || r.bottom > vh + 1;
      const under = r.bottom > toolbarTop + 1 && el.closest("[data-slide]") !== null;
      if ((!out && !under) || unseen(el)) continue;
      if (out) outside.push(`${name(el)} ${Math.round(r.bottom - vh)}px below`);
      if (under) underToolbar.push(`${name(el)} ${Math.round(r.bottom - toolbarTop)}px`);
    }
    let smallest = Infinity;
    let smallestText = "";
    const walker = document.createTreeWalker(document.querySelector("[data-present-root]")!, NodeFilter.SHOW_TEXT);
    for (let node = texts ? walker.nextNode() : null; node; node = walker.nextNode()) {
      const text = node.textContent?.trim();
      const el = node.parentElement;
      if (!text || !el || el.closest(".sr-only, option, [hidden]")) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const box = range.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      if (el.closest("details:not([open])") && !el.closest("summary")) continue;
      // Rendered size: the computed size times the CSS zoom and, inside an SVG, its scale.
      let size = parseFloat(getComputedStyle(el).fontSize) * ((el as Element & { currentCSSZoom?: number }).currentCSSZoom ?? 1);
      if (el instanceof SVGElement && el.ownerSVGElement) size *= el.ownerSVGElement.getScreenCTM()?.a ?? 1;
      if (size < smallest) {
        smallest = size;
        smallestText = text.slice(0, 40);
      }
    }
    return { scrollHeight: root.scrollHeight, scrollWidth: root.scrollWidth, vw, vh, outside, underToolbar, smallest, smallestText };
  }, texts);
}

/** Shows a slide and a theme through the hash, as the deck's own controls do. */
async function show(page: Page, slide: string, theme: "light" | "dark") {
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, `slide=${slide}&theme=${theme}`);
  await expect(page.locator(`[data-slide="${slide}"]`)).toBeVisible();
  await expect(page.getByTestId("theme-toggle")).toHaveAttribute("aria-pressed", theme === "dark" ? "true" : "false");
}

async function setRevealed(page: Page, revealed: boolean) {
  const toggle = page.getByTestId("reveal-toggle");
  if ((await toggle.getAttribute("aria-pressed")) !== String(revealed)) await toggle.click();
  await expect(toggle).toHaveAttribute("aria-pressed", String(revealed));
}

// The fit of the slides is layout only: the same on either database, so measured once, in the SQLite pass.
test.skip(process.env.E2E_DATABASE === "postgresql", "layout only: measured in the SQLite pass");

test("every slide fits the projector at three sizes, in light and dark, with text large enough at 1080p", async ({ page, db, owned }, testInfo) => {
  test.setTimeout(180_000);
  const { sessionId, userId } = await setUp(page, db, owned);
  await partnersAnswer(db, sessionId, 6, { long: true });
  // A member testing the session: never counted, never shown.
  const tester = await addParticipant(db, sessionId, "manager", true);
  await db.answer.create({ data: { participantId: tester.id, itemId: act1.reflection[0]!.id, dimension: "text", text: TEST_ANSWER } });
  expect(userId).toBeTruthy();

  const failures: string[] = [];
  const smallest: string[] = [];
  const check = async (label: string, size: { width: number }, { axe = false, shot = "" } = {}) => {
    const m = await measure(page, size.width === 1920);
    if (m.scrollHeight > m.vh || m.scrollWidth > m.vw) failures.push(`${label}: scrolls (${m.scrollWidth}×${m.scrollHeight})`);
    if (m.outside.length > 0) failures.push(`${label}: ${m.outside.length} outside, e.g. ${m.outside.slice(0, 3).join("; ")}`);
    if (m.underToolbar.length > 0) failures.push(`${label}: ${m.underToolbar.length} under the toolbar, e.g. ${m.underToolbar.slice(0, 3).join("; ")}`);
    if (size.width === 1920) {
      smallest.push(`${label}: ${m.smallest.toFixed(1)} px ("${m.smallestText}")`);
      if (m.smallest < 24) failures.push(`${label}: text of ${m.smallest.toFixed(1)} px ("${m.smallestText}")`);
      if (axe) await expectAccessible(page, label);
    }
    if (shot) await page.screenshot({ path: testInfo.outputPath(`${shot}.png`) });
  };

  for (const size of SIZES) {
    await page.setViewportSize(size);
    await page.goto(`/nl/sessions/${sessionId}/present#slide=start&theme=light`);
    await expect(page.locator("[data-live-state]")).toHaveAttribute("data-live-state", "connected");
    const slides = await page.getByTestId("slide-select").locator("option").evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    // Every kind of slide is in the deck, the partners' answers over more than one page.
    for (const id of ["start", "overview", `act-${act1.id}`, `answers-${act1.id}`, `answers-${act1.id}-2`, "interests", "discuss", `polarity-${act1.id}`, "agreements"]) {
      expect(slides).toContain(id);
    }
    const seenKinds = new Set<string>();
    for (const theme of ["light", "dark"] as const) {
      for (const id of slides) {
        await show(page, id, theme);
        const kind = (await page.locator("[data-slide]").getAttribute("data-slide-kind")) ?? id;
        // The fit on every slide; its hidden state, axe and a screenshot on the first of each kind.
        const first = !seenKinds.has(`${kind}-${theme}`);
        seenKinds.add(`${kind}-${theme}`);
        const shotName = (state: string) =>
          first && size.width !== 1024 && (size.width === 1280 || theme === "light") ? `${kind}${state}-${size.width}-${theme}` : "";
        const label = `${id}${" "}${size.width}×${size.height} ${theme}`;
        if ((await page.getByTestId("reveal-toggle").count()) > 0) {
          if (first) {
            await setRevealed(page, false);
            await check(`${label} hidden`, size, { axe: theme === "light", shot: shotName("-hidden") });
          }
          await setRevealed(page, true);
        }
        await check(label, size, { axe: first, shot: shotName("") });
        if (kind === "act" && first) {
          await page.getByRole("button", { name: "Toon werkvorm" }).click();
          await check(`${label} work form`, size, { axe: true, shot: shotName("-work-form") });
          await page.getByRole("button", { name: "Verberg werkvorm" }).click();
        }
      }
    }
  }
  // The test participant's answer never reached the projector.
  expect(await page.content()).not.toContain(TEST_ANSWER);
  console.log(smallest.join("\n"));
  expect(failures, failures.join("\n")).toEqual([]);
});

test("the partners' answers: withheld below the threshold, without names or test participants, hidden until revealed, one answer can be taken off the screen", async ({
  page,
  db,
  owned,
}) => {
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  const { sessionId } = await setUp(page, db, owned, 4);
  // Four partners answer the first question, three the second: that one stays below the threshold of four.
  await partnersAnswer(db, sessionId, 4);
  await db.answer.deleteMany({ where: { itemId: act1.reflection[1]!.id, participant: { sessionId }, text: { startsWith: "Antwoord 4 " } } });
  const tester = await addParticipant(db, sessionId, "manager", true);
  await db.answer.create({ data: { participantId: tester.id, itemId: act1.reflection[0]!.id, dimension: "text", text: TEST_ANSWER } });
  await page.goto(`/nl/sessions/${sessionId}/present#slide=answers-${act1.id}`);
  await expect(page.locator("[data-live-state]")).toHaveAttribute("data-live-state", "connected");
  await expect(page.locator("[data-results-hidden]")).toBeVisible();
  await page.keyboard.press("r");
  const columns = page.locator("[data-answer-column]");
  await expect(columns).toHaveCount(2);
  await expect(columns.nth(1)).toContainText("De antwoorden verschijnen zodra minstens 4 deelnemers deze vraag hebben beantwoord.");
  await expect(columns.nth(1).locator("[data-answer]")).toHaveCount(0);
  // The first question's four answers, never the test participant's, and no organisation.
  const answers = columns.first().locator("[data-answer]");
  await expect(answers).toHaveCount(4);
  const html = await page.content();
  expect(html).not.toContain(TEST_ANSWER);
  for (const role of ROLES) expect(html).not.toContain(`Organisatie ${role}`);

  // Take one answer off the screen (keyboard), and it stays off after a reload of the tab.
  const firstText = (await answers.first().locator("p").textContent()) ?? "";
  await answers.first().getByRole("button", { name: "Verberg" }).focus();
  await page.keyboard.press("Enter");
  await expect(answers.first()).toHaveAttribute("data-answer", "hidden");
  await expect(answers.first()).toContainText("Dit antwoord is van het scherm gehaald.");
  await expect(answers.first()).not.toContainText(firstText);
  await expectAccessible(page, "answers with one hidden");
  await page.reload();
  await page.keyboard.press("r");
  await expect(columns.first().locator('[data-answer="hidden"]')).toHaveCount(1);
  await columns.first().getByRole("button", { name: "Toon weer" }).click();
  await expect(columns.first().locator('[data-answer="hidden"]')).toHaveCount(0);
  await expect(columns.first()).toContainText(firstText);
});
