import { randomInt } from "node:crypto";
import type { Browser, Page } from "@playwright/test";
import { readWorkbook } from "../../lib/data/content";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { newAccount, signUp } from "./accounts";
import { answerStatement, expect, expectAccessible, test } from "./fixtures";

/**
 * The facilitator's presentation view: a projector screen that follows the answers
 * live, hides results until revealed, walks through the acts by keyboard, and records
 * the agreements of the meeting.
 */

const workbook = readWorkbook();
const act1 = workbook.acts[0]!;
const act1Title = act1.title.nl;

const JOIN_ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679";
function joinCode(): string {
  return Array.from({ length: 6 }, () => JOIN_ALPHABET[randomInt(JOIN_ALPHABET.length)]).join("");
}

/** A signed-up coordinator with a partnership and an open session (set up in the database for speed). */
async function setUp(page: Page, db: PrismaClient, owned: { namePrefix: string; userEmails: string[]; partnershipIds: string[] }) {
  const account = newAccount(owned, "Gespreksleider");
  await signUp(page, account);
  const user = await db.user.findUniqueOrThrow({ where: { email: account.email }, select: { id: true } });
  const partnership = await db.partnership.create({
    data: {
      name: `${owned.namePrefix} Regio Presentatie`,
      region: "Twente",
      memberships: { create: { userId: user.id, role: "coordinator" } },
    },
    select: { id: true },
  });
  owned.partnershipIds.push(partnership.id);
  const code = joinCode();
  const session = await db.session.create({
    data: { partnershipId: partnership.id, title: "Bijeenkomst voorjaar", date: new Date("2026-12-01"), joinCode: code, anonymityThreshold: 3 },
    select: { id: true },
  });
  return { sessionId: session.id, code };
}

/** One partner on their own phone: joins with the code, answers every statement of act 1. */
async function partnerAnswersAct1(browser: Browser, code: string, sessionId: string, role: RegExp, seed: number) {
  const context = await browser.newContext();
  const phone = await context.newPage();
  await phone.goto(`/nl/join/${code}`);
  await phone.getByRole("radio", { name: role }).check();
  await phone.getByRole("button", { name: "Begin met het werkboek" }).click();
  await expect(phone.getByRole("heading", { level: 1 })).toHaveText("Jouw werkboek");
  await phone.goto(`/nl/workbook/${sessionId}/${act1.id}`);
  const count = await phone.locator("fieldset[data-item]").count();
  expect(count).toBeGreaterThanOrEqual(6);
  for (let i = 0; i < count; i++) await answerStatement(phone, i, ((i + seed) % 3) + 1, 5 + (seed % 3));
  await expect(phone.locator('[data-save-state="saved"]')).toHaveCount(count);
  await context.close();
}

test.describe("presenting a session", () => {
  test("the projector follows the answers live, is accessible in light and dark, and records an agreement", async ({
    page,
    browser,
    db,
    owned,
  }) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.emulateMedia({ colorScheme: "light" });
    const { sessionId, code } = await setUp(page, db, owned);

    // The session page links to the presentation.
    await page.goto(`/nl/sessions/${sessionId}`);
    await page.getByRole("link", { name: "Presenteren" }).click();
    await expect(page).toHaveURL(new RegExp(`/nl/sessions/${sessionId}/present`));

    // Start: join code, link, QR code and counts; no site header or footer.
    const slideHeading = page.locator("[data-slide-heading]");
    await expect(slideHeading).toHaveText("Doe mee");
    await expect(page.getByTestId("present-join-code")).toHaveText(code);
    await expect(page.getByTestId("present-join-link")).toContainText(`/nl/join/${code}`);
    await expect(page.getByRole("img", { name: /QR-code/ })).toBeVisible();
    await expect(page.getByTestId("participant-count")).toHaveText("Nog niemand doet mee.");
    await expect(page.getByRole("navigation", { name: "Hoofdmenu" })).toBeHidden();
    await expect(page.locator("[data-live-state]")).toHaveAttribute("data-live-state", "connected");
    await expectAccessible(page, "present start, light");

    // Dark: follows the system setting, and the toggle switches it.
    await page.emulateMedia({ colorScheme: "dark" });
    await expect(page.getByTestId("theme-toggle")).toHaveAttribute("aria-pressed", "true");
    const background = () => page.locator("[data-present-root]").evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(await background()).toBe("rgb(13, 17, 23)");
    await expectAccessible(page, "present start, dark");
    await page.getByTestId("theme-toggle").click();
    await expect(page.getByTestId("theme-toggle")).toHaveAttribute("aria-pressed", "false");
    expect(await background()).toBe("rgb(255, 255, 255)");
    await expect(page).toHaveURL(/theme=light/);

    // To act 1 with the keyboard; results are hidden until revealed.
    await page.keyboard.press("ArrowRight");
    await expect(slideHeading).toHaveText("Alle vijf in één beeld");
    // The overview, too, stays hidden until the facilitator reveals it.
    await expect(page.locator("[data-results-hidden]")).toBeVisible();
    await page.keyboard.press("r");
    await expect(page.getByTestId("reveal-toggle")).toHaveAttribute("aria-pressed", "true");
    await expect(page.locator("[data-results-hidden]")).toHaveCount(0);
    await page.keyboard.press("ArrowRight");
    await expect(slideHeading).toHaveText(act1Title);
    await expect(page).toHaveURL(new RegExp(`slide=act-${act1.id}`));
    await expect(page.locator("[data-results-hidden]")).toBeVisible();
    await expect(page.locator('figure[data-figure="act"]')).toHaveCount(0);
    await expectAccessible(page, "present act 1, hidden, light");
    await page.keyboard.press("r");
    await expect(page.getByTestId("reveal-toggle")).toHaveAttribute("aria-pressed", "true");
    await expect(page.locator('figure[data-figure="act"]')).toBeVisible();
    await expectAccessible(page, "present act 1, revealed, light");
    await page.getByTestId("theme-toggle").click();
    await expect(page.getByTestId("theme-toggle")).toHaveAttribute("aria-pressed", "true");
    await expectAccessible(page, "present act 1, revealed, dark");

    // Three partners answer on their phones; the projector follows without a reload.
    await page.evaluate(() => {
      (window as unknown as { __sameDocument: boolean }).__sameDocument = true;
    });
    // Focus stays where it is while the screen updates (nothing is remounted).
    await page.getByTestId("reveal-toggle").focus();
    const respondents = page.getByTestId("act-respondents");
    await expect(respondents).toHaveText("Nog niemand heeft deze balanceeract ingevuld.");
    const partners: [RegExp, string][] = [
      [/^Bestuurder of directeur/, "1 deelnemer heeft deze balanceeract ingevuld."],
      [/Professional/, "2 deelnemers hebben deze balanceeract ingevuld."],
      [/Vertegenwoordiger van cliënten/, "3 deelnemers hebben deze balanceeract ingevuld."],
    ];
    for (const [i, [role, expected]] of partners.entries()) {
      await partnerAnswersAct1(browser, code, sessionId, role, i);
      await expect(respondents).toHaveText(expected, { timeout: 2000 });
    }
    // With three respondents the chart shows positions (the anonymity threshold is 3).
    const figure = page.locator('figure[data-figure="act"]');
    await expect(figure).not.toHaveAttribute("data-hidden", "");
    await expect(figure.locator('svg[role="img"]')).toBeVisible();
    await expect(page.locator("[data-prompts] li").first()).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
    await expect(page.getByTestId("reveal-toggle")).toBeFocused();
    // Nothing on the projector names a participant.
    const stored = await db.participant.findMany({ where: { sessionId }, select: { id: true } });
    const html = await page.content();
    for (const p of stored) expect(html).not.toContain(p.id);

    // The start slide counts participants, numbers only; per role only for roles with at
    // least the threshold (3) of them: three partners in three roles give the total alone.
    await page.keyboard.press("Home");
    await expect(page.getByTestId("participant-count")).toHaveText("3 deelnemers doen mee.");
    await expect(page.getByTestId("role-counts")).toHaveCount(0);

    // A work form with its steps and a timer.
    await page.getByTestId("slide-select").selectOption(`act-${act1.id}`);
    await page.getByRole("button", { name: "Toon werkvorm" }).click();
    await expect(page.getByRole("combobox", { name: "Kies een werkvorm" })).toHaveValue("polarity-map");
    const timer = page.getByRole("timer");
    const before = await timer.textContent();
    await page.getByRole("button", { name: "Start", exact: true }).click();
    await expect(timer).not.toHaveText(before ?? "", { timeout: 3000 });
    await page.getByRole("button", { name: "Pauze" }).click();
    await expect(page.getByTestId("timer-compact")).toBeVisible();

    // Record an agreement for act 1 from its slide.
    await page.getByRole("button", { name: "Afspraak vastleggen" }).click();
    await expect(slideHeading).toHaveText("Afspraken");
    const actSection = page.locator(`[data-agreements-act="${act1.id}"]`);
    const form = actSection.locator('[data-agreement-panel="add"]');
    await expect(form.getByLabel("Wat gaan jullie doen?")).toBeFocused();
    await form.getByLabel("Wat gaan jullie doen?").fill("Elk kwartaal samen met de wethouders terugkijken");
    await form.getByRole("radio", { name: `duidelijk richting ${act1.poles.b.label.nl}` }).check();
    await form.getByLabel("Wie pakt het op? (niet verplicht)").fill("Programmaregisseur");
    await form.getByLabel("Wanneer kijken jullie er opnieuw naar? (niet verplicht)").fill("2027-03-01");
    await form.getByRole("button", { name: "Afspraak vastleggen" }).click();
    // Saved: the form closes (no empty form left to fill in twice), the save is announced
    // next to the button, and the agreement is in the list with its own edit button.
    await expect(actSection.locator('[data-agreement-saved="add"]')).toHaveText("De afspraak is vastgelegd.");
    await expect(form).toBeHidden();
    await expect(actSection.getByRole("button", { name: /^Afspraak toevoegen/ })).toBeFocused();
    const item = actSection.locator("[data-agreement]");
    await expect(item).toHaveCount(1);
    await expect(item.locator('[data-field="status"]')).toHaveText("Open");
    await expect(item.locator('[data-field="balance"]')).toHaveText(`duidelijk richting ${act1.poles.b.label.nl}`);
    await expectAccessible(page, "present agreements, dark");

    // An empty action is refused with a clear message (the form opens afresh, empty).
    await actSection.getByRole("button", { name: /^Afspraak toevoegen/ }).click();
    await expect(form.getByLabel("Wat gaan jullie doen?")).toHaveValue("");
    await form.getByRole("button", { name: "Afspraak vastleggen" }).click();
    await expect(form.getByRole("alert")).toContainText("Wat gaan jullie doen?: Vul dit in.");
    await expect(item).toHaveCount(1);

    // It can be changed.
    await item.getByRole("button", { name: /^Bewerken/ }).click();
    const edit = item.locator('[data-agreement-panel="edit"]');
    await edit.getByLabel("Wie pakt het op? (niet verplicht)").fill("Programmaregisseur en wethouder");
    await edit.getByRole("radio", { name: "Bezig" }).check();
    await edit.getByRole("button", { name: "Wijziging bewaren" }).click();
    await expect(item.locator('[data-agreement-saved="edit"]')).toHaveText("De afspraak is bijgewerkt.");
    await expect(edit).toBeHidden();
    await expect(item.locator('[data-field="status"]')).toHaveText("Bezig");
    await expect(item.locator('[data-field="owner"]')).toHaveText("Programmaregisseur en wethouder");

    // ... and it is on the results page, in words.
    await page.goto(`/nl/sessions/${sessionId}/results`);
    const section = page.getByRole("region", { name: "Afspraken" });
    await expect(section).toContainText("Elk kwartaal samen met de wethouders terugkijken");
    await expect(section).toContainText(`duidelijk richting ${act1.poles.b.label.nl}`);
    await expect(section).toContainText("Programmaregisseur en wethouder");
    await expect(section).toContainText("1 maart 2027");
    await expect(page.getByRole("link", { name: "Presenteren" })).toBeVisible();
    await expectAccessible(page, "results with agreements");
  });

  test("answers and new participants reach the projector from the live result, with no server render of the page", async ({
    page,
    browser,
    db,
    owned,
  }) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width: 1920, height: 1080 });
    const { sessionId, code } = await setUp(page, db, owned);
    // Every request that renders this page on the server again (router.refresh, a
    // navigation); prefetches of the links out of the deck are other pages.
    const presentPath = `/nl/sessions/${sessionId}/present`;
    const isRsc = (headers: Record<string, string>, url: string) =>
      new URL(url).pathname === presentPath &&
      !("next-router-prefetch" in headers) &&
      (headers["rsc"] === "1" || "next-router-state-tree" in headers || url.includes("_rsc="));
    const renders: string[] = [];
    page.on("request", (r) => {
      if (isRsc(r.headers(), r.url())) renders.push(`${r.method()} ${r.url()}`);
    });
    // On connecting the deck catches up once with a refresh: wait for it, then count.
    const caughtUp = page.waitForResponse((r) => isRsc(r.request().headers(), r.url()));
    await page.goto(`/nl/sessions/${sessionId}/present`);
    await expect(page.locator("[data-live-state]")).toHaveAttribute("data-live-state", "connected");
    await expect(page.locator("[data-live-state]")).toHaveText("Live: nieuwe antwoorden verschijnen vanzelf");
    await caughtUp;
    expect(renders).toHaveLength(1);
    renders.length = 0;
    await page.evaluate(() => {
      (window as unknown as { __sameDocument: boolean }).__sameDocument = true;
    });

    const participants = page.getByTestId("participant-count");
    const respondents = page.getByTestId("respondent-count");
    await expect(participants).toHaveText("Nog niemand doet mee.");
    await expect(respondents).toHaveText("Nog niemand heeft antwoorden gegeven.");
    const reflection = act1.reflection[0]!;
    const roles: RegExp[] = [/^Bestuurder of directeur/, /Professional/, /Vertegenwoordiger van cliënten/];
    for (const [i, role] of roles.entries()) {
      const context = await browser.newContext();
      const phone = await context.newPage();
      await phone.goto(`/nl/join/${code}`);
      await phone.getByRole("radio", { name: role }).check();
      await phone.getByRole("button", { name: "Begin met het werkboek" }).click();
      await expect(phone.getByRole("heading", { level: 1 })).toHaveText("Jouw werkboek");
      // Joining alone: the count on the projector follows.
      await expect(participants).toHaveText(i === 0 ? "1 deelnemer doet mee." : `${i + 1} deelnemers doen mee.`, { timeout: 3000 });
      const saved = await phone.request.post("/api/answers", {
        data: { sessionId, itemId: act1.statements.find((st) => !st.retired)!.id, dimension: "now", value: (i % 3) + 2 },
      });
      expect(saved.status()).toBe(200);
      const text = await phone.request.post("/api/answers", {
        data: { sessionId, itemId: reflection.id, dimension: "text", text: `Live antwoord ${i + 1}: samen kijken wat de regio nodig heeft` },
      });
      expect(text.status()).toBe(200);
      await expect(respondents).toHaveText(i === 0 ? "1 deelnemer heeft al antwoorden gegeven." : `${i + 1} deelnemers hebben al antwoorden gegeven.`, {
        timeout: 3000,
      });
      await context.close();
    }
    // Three partners in three roles: the total alone, no count per role (the threshold is 3).
    await expect(page.getByTestId("role-counts")).toHaveCount(0);
    expect(renders).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
    await expectAccessible(page, "present start after live updates");

    // The answers slide was built in the browser from the live result's texts.
    await page.getByTestId("slide-select").selectOption(`answers-${act1.id}`);
    await expect(page.locator("[data-slide-heading]")).toHaveText(`Wat partners schreven: ${act1Title}`);
    await page.keyboard.press("r");
    const column = page.locator(`[data-answer-column="${reflection.id}"]`);
    await expect(column.locator("[data-answer]")).toHaveCount(3);
    await expect(column).toContainText("Live antwoord 2: samen kijken wat de regio nodig heeft");
    await expectAccessible(page, "present answers after live updates");
    // The act's figure shows positions from the same result.
    await page.getByTestId("slide-select").selectOption(`act-${act1.id}`);
    await expect(page.getByTestId("act-respondents")).toHaveText("3 deelnemers hebben deze balanceeract ingevuld.");
    await page.keyboard.press("r");
    await expect(page.locator('figure[data-figure="act"]')).not.toHaveAttribute("data-hidden", "");
    expect(renders).toEqual([]);
  });

  test("slides can be walked through with the keyboard, and a reload keeps the slide", async ({ page, db, owned }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    const { sessionId } = await setUp(page, db, owned);
    // No errors in the browser (a hydration mismatch would show up here).
    const problems: string[] = [];
    page.on("pageerror", (e) => problems.push(e.message));
    page.on("console", (m) => {
      if (m.type() === "error") problems.push(m.text());
    });
    await page.goto(`/nl/sessions/${sessionId}/present#slide=overview&theme=dark`);
    await expect(page.locator("[data-slide-heading]")).toHaveText("Alle vijf in één beeld");
    await expect(page.getByTestId("theme-toggle")).toHaveAttribute("aria-pressed", "true");
    await page.goto(`/nl/sessions/${sessionId}/present`);
    const heading = page.locator("[data-slide-heading]");
    const announcement = page.getByTestId("slide-announcement");
    await expect(heading).toHaveText("Doe mee");
    await expect(page.locator("[data-live-state]")).toHaveAttribute("data-live-state", "connected");
    // Start, overview, per act its slide and what partners wrote, the interests, ... agreements.
    const total = await page.getByTestId("slide-select").locator("option").count();
    expect(total).toBeGreaterThanOrEqual(5 * 2 + 5);
    const answersTitle = `Wat partners schreven: ${act1Title}`;

    await page.keyboard.press("End");
    await expect(heading).toHaveText("Afspraken");
    await expect(heading).toBeFocused();
    await expect(announcement).toHaveText(`Dia ${total} van ${total}: Afspraken`);
    await expect(page.getByTestId("slide-next")).toBeDisabled();

    // Before the agreements: a polarity map per act, then "discuss first".
    await page.keyboard.press("ArrowLeft");
    await expect(heading).toHaveText(`Polariteitenkaart: ${workbook.acts.at(-1)!.title.nl}`);
    for (let i = 1; i <= workbook.acts.length; i++) await page.keyboard.press("ArrowLeft");
    await expect(heading).toHaveText("Eerst bespreken");
    await page.keyboard.press("Home");
    await expect(heading).toHaveText("Doe mee");
    await expect(page.getByTestId("slide-previous")).toBeDisabled();
    await page.keyboard.press(" ");
    await expect(heading).toHaveText("Alle vijf in één beeld");
    await page.keyboard.press("PageDown");
    await expect(heading).toHaveText(act1Title);
    await expect(page.getByTestId("slide-position")).toHaveText(`Dia 3 van ${total}`);
    await expect(announcement).toHaveText(`Dia 3 van ${total}: ${act1Title}`);

    // "r" reveals and hides; the state is announced.
    await page.keyboard.press("r");
    await expect(page.getByTestId("reveal-toggle")).toHaveAttribute("aria-pressed", "true");
    await expect(announcement).toHaveText("De resultaten zijn te zien.");
    await page.keyboard.press("r");
    await expect(page.getByTestId("reveal-toggle")).toHaveAttribute("aria-pressed", "false");

    // Buttons work too, and keep their focus; Space on a button presses it instead of turning the slide.
    // After an act come the partners' answers to its open questions, on as many pages as they need.
    const slideIds = await page.getByTestId("slide-select").locator("option").evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    const act1Id = workbook.acts[0]!.id;
    const answerPages = slideIds.filter((id) => id === `answers-${act1Id}` || id.startsWith(`answers-${act1Id}-`)).length;
    expect(answerPages).toBeGreaterThanOrEqual(1);
    const next = page.getByTestId("slide-next");
    await next.focus();
    await page.keyboard.press("Enter");
    await expect(heading).toHaveText(answersTitle);
    await expect(next).toBeFocused();
    for (let i = 0; i < answerPages; i++) await page.keyboard.press(" ");
    await expect(heading).toHaveText(workbook.acts[1]!.title.nl);
    await page.getByTestId("slide-previous").click();
    await expect(heading).toHaveText(answersTitle);
    await page.getByTestId("slide-next").click();
    await expect(heading).toHaveText(workbook.acts[1]!.title.nl);

    // Typing in a field does not turn slides.
    await page.getByRole("button", { name: "Toon werkvorm" }).click();
    const select = page.getByRole("combobox", { name: "Kies een werkvorm" });
    await select.focus();
    await page.keyboard.press("ArrowRight");
    await expect(heading).toHaveText(workbook.acts[1]!.title.nl);

    // The slide is in the URL: a reload shows the same slide.
    await expect(page).toHaveURL(new RegExp(`slide=act-${workbook.acts[1]!.id}`));
    await page.reload();
    await expect(heading).toHaveText(workbook.acts[1]!.title.nl);

    // The discuss-first slide has no order yet: too few answers.
    await page.keyboard.press("End");
    for (let i = 0; i <= workbook.acts.length; i++) await page.keyboard.press("ArrowLeft");
    await expect(heading).toHaveText("Eerst bespreken");
    await expect(page.getByText("De volgorde verschijnt zodra minstens 3 deelnemers hebben geantwoord.")).toBeVisible();
    expect(problems).toEqual([]);
  });

  test("the live stream and the presentation are for members only", async ({ page, request, db, owned }) => {
    const partnership = await db.partnership.create({ data: { name: `${owned.namePrefix} Afgeschermd`, region: "Regio" }, select: { id: true } });
    const session = await db.session.create({
      data: { partnershipId: partnership.id, title: "Geheim", date: new Date("2026-12-01"), joinCode: joinCode() },
      select: { id: true },
    });
    const anonymous = await request.get(`/api/sessions/${session.id}/events`);
    expect(anonymous.status()).toBe(401);
    await page.goto(`/nl/sessions/${session.id}/present`);
    await expect(page).toHaveURL(/\/nl\/sign-in/);
    // A signed-in user who is not a member gets "not found".
    await signUp(page, newAccount(owned, "Buitenstaander"));
    const outsider = await page.request.get(`/api/sessions/${session.id}/events`);
    expect(outsider.status()).toBe(404);
  });
});
