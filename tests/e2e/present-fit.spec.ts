import { randomInt } from "node:crypto";
import type { Browser, Page } from "@playwright/test";
import { readWorkbook } from "../../lib/data/content";
import { newAccount, signUp } from "./accounts";
import { answerStatement, expect, expectAccessible, test } from "./fixtures";

/**
 * The projector slides fit the screen: every slide type at 1920×1080, 1280×800 and
 * 1024×768, in light and dark, without scrolling and with nothing outside the viewport;
 * at 1920×1080 no visible text is smaller than 24 px (rendered size, zoom included).
 * Screenshots at 1280×800 go to the test's output folder, to be looked at.
 */

const workbook = readWorkbook();
const act1 = workbook.acts[0]!;
const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 800 },
  { width: 1024, height: 768 },
] as const;
const JOIN_ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679";

async function partnerAnswersAct1(browser: Browser, code: string, sessionId: string, role: RegExp, seed: number) {
  const context = await browser.newContext();
  const phone = await context.newPage();
  await phone.goto(`/nl/join/${code}`);
  await phone.getByRole("radio", { name: role }).check();
  await phone.getByRole("button", { name: "Begin met het werkboek" }).click();
  await expect(phone.getByRole("heading", { level: 1 })).toHaveText("Jouw werkboek");
  await phone.goto(`/nl/workbook/${sessionId}/${act1.id}`);
  const count = await phone.locator("fieldset[data-item]").count();
  for (let i = 0; i < count; i++) await answerStatement(phone, i, ((i + seed) % 3) + 1, 5 + (seed % 3));
  await expect(phone.locator('[data-save-state="saved"]')).toHaveCount(count);
  await context.close();
}

/** Overflow of the document and of every visible element, and the smallest rendered text. */
async function measure(page: Page) {
  return page.evaluate(() => {
    const vw = window.innerWidth;
    const vh = window.innerHeight;
    const root = document.scrollingElement!;
    const outside: string[] = [];
    for (const el of document.querySelectorAll("[data-present-root] *")) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      const style = getComputedStyle(el);
      if (style.visibility === "hidden" || el.closest(".sr-only")) continue;
      if (r.left < -1 || r.top < -1 || r.right > vw + 1 || r.bottom > vh + 1) {
        outside.push(`${el.tagName.toLowerCase()}${el.id ? "#" + el.id : ""} ${Math.round(r.bottom - vh)}px below`);
      }
    }
    let smallest = Infinity;
    let smallestText = "";
    const walker = document.createTreeWalker(document.querySelector("[data-present-root]")!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim();
      const el = node.parentElement;
      if (!text || !el || el.closest(".sr-only, option, [hidden]")) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const box = range.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || getComputedStyle(el).opacity === "0") continue;
      if (el.closest('details:not([open])') && !el.closest("summary")) continue;
      // Rendered size: the computed size times the CSS zoom and, inside an SVG, its scale.
      let size = parseFloat(getComputedStyle(el).fontSize) * ((el as Element & { currentCSSZoom?: number }).currentCSSZoom ?? 1);
      if (el instanceof SVGElement && el.ownerSVGElement) size *= el.ownerSVGElement.getScreenCTM()?.a ?? 1;
      if (size < smallest) {
        smallest = size;
        smallestText = text.slice(0, 40);
      }
    }
    return { scrollHeight: root.scrollHeight, scrollWidth: root.scrollWidth, vw, vh, outside, smallest, smallestText };
  });
}

// Not passing yet (issue 16): at 1280×800 the act slide's chart card and the overview (three of
// five acts visible) still run under the toolbar, and 48 loads with axe exceed 5 minutes. Turn
// this on when the slides fit; the screenshots it writes are the ones to look at.
test.fixme("every slide fits the projector at three sizes, in light and dark, with text large enough at 1080p", async ({ page, browser, db, owned }, testInfo) => {
  test.setTimeout(300_000);
  const account = newAccount(owned, "Gespreksleider");
  await signUp(page, account);
  const user = await db.user.findUniqueOrThrow({ where: { email: account.email }, select: { id: true } });
  const partnership = await db.partnership.create({
    data: { name: `${owned.namePrefix} Regio Projector`, region: "Twente", memberships: { create: { userId: user.id, role: "coordinator" } } },
    select: { id: true },
  });
  owned.partnershipIds.push(partnership.id);
  const code = Array.from({ length: 6 }, () => JOIN_ALPHABET[randomInt(JOIN_ALPHABET.length)]).join("");
  const session = await db.session.create({
    data: { partnershipId: partnership.id, title: "Bijeenkomst najaar", date: new Date("2026-12-01"), joinCode: code, anonymityThreshold: 3 },
    select: { id: true },
  });
  const roles = [/^Bestuurder of directeur/, /Professional/, /Vertegenwoordiger van cliënten/];
  for (const [i, role] of roles.entries()) await partnerAnswersAct1(browser, code, session.id, role, i);

  const slides: { name: string; hash: string; reveal?: boolean; workForm?: boolean }[] = [
    { name: "start", hash: "slide=start" },
    { name: "overview-hidden", hash: "slide=overview" },
    { name: "overview", hash: "slide=overview", reveal: true },
    { name: "act-hidden", hash: `slide=act-${act1.id}` },
    { name: "act", hash: `slide=act-${act1.id}`, reveal: true },
    { name: "act-work-form", hash: `slide=act-${act1.id}`, reveal: true, workForm: true },
    { name: "discuss", hash: "slide=discuss" },
    { name: "agreements", hash: "slide=agreements" },
  ];
  const failures: string[] = [];
  const smallest: string[] = [];
  for (const theme of ["light", "dark"] as const) {
    for (const size of SIZES) {
      await page.setViewportSize(size);
      for (const slide of slides) {
        // A fresh load each time: nothing revealed, the slide and theme from the hash.
        await page.goto("about:blank");
        await page.goto(`/nl/sessions/${session.id}/present#${slide.hash}&theme=${theme}`);
        await expect(page.locator("[data-live-state]")).toHaveAttribute("data-live-state", "connected");
        if (slide.reveal) {
          const toggle = page.getByTestId("reveal-toggle");
          await expect(async () => {
            if ((await toggle.getAttribute("aria-pressed")) !== "true") await toggle.click();
            await expect(toggle).toHaveAttribute("aria-pressed", "true", { timeout: 1000 });
          }).toPass();
        }
        if (slide.workForm) await page.locator("[data-present-root] button[aria-expanded]").first().click();
        const label = `${slide.name} ${size.width}×${size.height} ${theme}`;
        const m = await measure(page);
        if (m.scrollHeight > m.vh || m.scrollWidth > m.vw) failures.push(`${label}: scrolls (${m.scrollWidth}×${m.scrollHeight})`);
        if (m.outside.length > 0) failures.push(`${label}: ${m.outside.length} outside, e.g. ${m.outside.slice(0, 3).join("; ")}`);
        if (size.width === 1920) {
          smallest.push(`${label}: ${m.smallest.toFixed(1)} px ("${m.smallestText}")`);
          if (m.smallest < 24) failures.push(`${label}: text of ${m.smallest.toFixed(1)} px ("${m.smallestText}")`);
          await expectAccessible(page, label);
        }
        if (size.width === 1280) await page.screenshot({ path: testInfo.outputPath(`${slide.name}-${theme}.png`) });
      }
    }
  }
  console.log(smallest.join("\n"));
  expect(failures, failures.join("\n")).toEqual([]);
});
