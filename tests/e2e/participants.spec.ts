import type { Page } from "@playwright/test";
import { newAccount, signUp } from "./accounts";
import { answerStatement, expect, expectAccessible, joinSession as join, scaleRadios, test } from "./fixtures";

/** Signs up a coordinator and creates a partnership and a session through the UI. */
async function setUpSession(page: Page, owned: Parameters<typeof newAccount>[0] & { namePrefix: string }) {
  await signUp(page, newAccount(owned, "Coördinator Test"));
  await page.goto("/nl/partnerships/new");
  await page.getByLabel("Naam").fill(`${owned.namePrefix} Netwerk`);
  await page.getByLabel("Regio").fill("Drenthe");
  await page.getByRole("button", { name: "Samenwerkingsverband aanmaken" }).click();
  await page.getByRole("link", { name: "Nieuwe sessie" }).click();
  await page.getByLabel("Titel").fill("Sessie met partners");
  await page.getByRole("button", { name: "Sessie aanmaken" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sessie met partners");
  const code = (await page.getByTestId("join-code").textContent())!.trim();
  const sessionId = page.url().split("/sessions/")[1]!;
  return { code, sessionId };
}

async function openFirstAct(page: Page) {
  await page.getByRole("main").getByRole("listitem").getByRole("link").nth(2).click();
  await expect(page.getByRole("heading", { name: "Waar staan jullie?" })).toBeVisible();
}

async function savedCount(page: Page) {
  return page.locator('[data-save-state="saved"]').count();
}

test.describe("partners in a session", () => {
  test("three partners join with the code, one continues on another device, the coordinator follows along", async ({
    page,
    browser,
    db,
    owned,
  }) => {
    test.setTimeout(180_000);
    const { code, sessionId } = await setUpSession(page, owned);

    const a = await join(browser, code, /Professional/, "Wijkteam Oost");
    const b = await join(browser, code, /Financier/);
    const c = await join(browser, code, /Vertegenwoordiger van cliënten/);

    for (const [i, p] of [a, b, c].entries()) {
      await openFirstAct(p.page);
      await answerStatement(p.page, 0, 1 + i, 4);
      await answerStatement(p.page, 1, 2 + i, 5);
      await expect.poll(() => savedCount(p.page)).toBe(2);
    }

    // Partner A reloads half-way: the answers are still there.
    await a.page.reload();
    await expect(a.page.locator("fieldset[data-item]").first().getByRole("radio").nth(0)).toBeChecked();

    // ... and continues on another device with the personal resume link.
    await a.page.getByRole("link", { name: "← Terug naar het overzicht" }).click();
    const resumeLink = (await a.page.getByTestId("resume-link").getAttribute("href"))!;
    expect(resumeLink).toMatch(/\/resume\/[A-Za-z0-9_-]{20,}/);
    const device = await browser.newContext();
    const other = await device.newPage();
    await other.goto(resumeLink);
    // A browser that has not joined is asked first, with the session named (issue 13).
    await expect(other.getByRole("heading", { level: 1 })).toHaveText("Verder met deze link?");
    await expect(other.getByText(/sessie ‘[^’]+’ van /)).toBeVisible();
    await other.getByRole("button", { name: "Verder met de antwoorden van deze link" }).click();
    await expect(other.getByRole("heading", { level: 1 })).toHaveText("Jouw werkboek");
    await expect(other.getByText(/^4 van \d+ vragen beantwoord$/)).toBeVisible();
    await openFirstAct(other);
    await expect(other.locator("fieldset[data-item]").first().getByRole("radio").nth(0)).toBeChecked();
    await answerStatement(other, 2, 6, 6);
    await expect.poll(() => savedCount(other)).toBe(1);

    // The coordinator sees three participants, their roles and progress.
    await page.reload();
    await expect(page.getByRole("heading", { name: "Deelnemers (3)" })).toBeVisible();
    const rows = page.getByRole("table").getByRole("row");
    await expect(rows).toHaveCount(4);
    await expect(page.getByRole("table")).toContainText("Professional in de uitvoering");
    await expect(page.getByRole("table")).toContainText("Wijkteam Oost");
    await expect(page.getByRole("table")).toContainText("Financier");
    await expect(rows.nth(1)).toContainText(/6 van \d+/);
    await expectAccessible(page, "session with participants");

    // Crafted requests: B cannot change A's answers, and nobody without a cookie can answer.
    const participantA = await db.participant.findFirstOrThrow({ where: { sessionId, organisation: "Wijkteam Oost" } });
    const itemId = (await db.answer.findFirstOrThrow({ where: { participantId: participantA.id, dimension: "now" } })).itemId;
    const before = await db.answer.findMany({ where: { participantId: participantA.id }, orderBy: { id: "asc" } });
    const asB = await b.page.request.post("/api/answers", {
      data: { sessionId, participantId: participantA.id, itemId, dimension: "now", value: 7 },
    });
    expect(asB.status()).toBe(400);
    const stranger = await browser.newContext();
    const strangerResponse = await stranger.request.post("/api/answers", { data: { sessionId, itemId, dimension: "now", value: 7 } });
    expect(strangerResponse.status()).toBe(403);
    expect(await strangerResponse.json()).toEqual({ ok: false, error: "notParticipant" });
    // Reading: the workbook of a session opens only with the participant's own cookie.
    const strangerPage = await stranger.newPage();
    await strangerPage.goto(`/nl/workbook/${sessionId}`);
    // ... and a session id does not reveal its join code (issue 13).
    await expect(strangerPage).toHaveURL(/\/nl\/join$/);
    expect(await db.answer.findMany({ where: { participantId: participantA.id }, orderBy: { id: "asc" } })).toEqual(before);

    // B opens A's resume link: B is asked first, and keeps their own answers unless they choose otherwise.
    await b.page.goto(resumeLink);
    await expect(b.page.getByRole("heading", { level: 1 })).toHaveText("Verder met deze link?");
    await expectAccessible(b.page, "resume confirm");
    await b.page.getByRole("link", { name: "Blijf bij de antwoorden die hier al stonden" }).click();
    await expect(b.page.getByText(/^4 van \d+ vragen beantwoord$/)).toBeVisible();
    await b.page.goto(resumeLink);
    await b.page.getByRole("button", { name: "Verder met de antwoorden van deze link" }).click();
    await expect(b.page.getByText(/^6 van \d+ vragen beantwoord$/)).toBeVisible();

    for (const ctx of [a.context, b.context, c.context, device, stranger]) await ctx.close();
  });

  test("an answer given while the server cannot be reached is saved once it can be, exactly once", async ({
    page,
    browser,
    db,
    owned,
  }) => {
    const { code, sessionId } = await setUpSession(page, owned);
    const p = await join(browser, code, /^Bestuurder of directeur/);
    await openFirstAct(p.page);

    let failedSaves = 0;
    p.page.on("requestfailed", (request) => {
      if (new URL(request.url()).pathname === "/api/answers") failedSaves += 1;
    });
    await p.context.setOffline(true);
    await answerStatement(p.page, 0, 3, 6);
    await expect(p.page.locator('[data-save-state="retrying"]')).toHaveCount(1);
    await expect(p.page.locator('[data-save-state="retrying"]')).toContainText("Nog niet bewaard");
    // Offline until both answers (now, desired) have failed twice: the first try and one retry each.
    await expect.poll(() => failedSaves).toBeGreaterThanOrEqual(4);
    await p.context.setOffline(false);
    await expect(p.page.locator('[data-save-state="saved"]')).toHaveCount(1);

    const participant = await db.participant.findFirstOrThrow({ where: { sessionId } });
    const rows = await db.answer.findMany({ where: { participantId: participant.id } });
    expect(rows.map((r) => [r.dimension, r.value]).sort()).toEqual([
      ["desired", 6],
      ["now", 3],
    ]);
    // After a reload the answers are shown as given.
    await p.page.reload();
    await expect(scaleRadios(p.page, 0, "now").nth(2)).toBeChecked();
    await expect(scaleRadios(p.page, 0, "desired").nth(5)).toBeChecked();
    await p.context.close();
  });

  test("a closed session tells partners so and refuses answers", async ({ page, browser, db, owned }) => {
    const { code, sessionId } = await setUpSession(page, owned);
    const p = await join(browser, code, /Manager/);
    // Closing asks for a confirmation first.
    await page.getByTestId("close-session").getByText("Sessie sluiten", { exact: true }).click();
    await expect(page.getByText("Na het sluiten kunnen deelnemers")).toBeVisible();
    await page.getByRole("button", { name: "Ja, sessie sluiten" }).click();
    await expect(page.getByText("De sessie is gesloten")).toBeVisible();

    await p.page.reload();
    await expect(p.page.getByRole("status").first()).toContainText("Deze sessie is gesloten");
    await openFirstAct(p.page);
    await answerStatement(p.page, 0, 2, 2);
    await expect(p.page.locator('[data-save-state="rejected"]')).toHaveCount(1);
    expect(await db.answer.count({ where: { participant: { sessionId } } })).toBe(0);

    const newcomer = await browser.newContext();
    const np = await newcomer.newPage();
    await np.goto(`/nl/join/${code}`);
    await expect(np.getByText("Deze sessie is gesloten. Je kunt niet meer meedoen.")).toBeVisible();
    await expectAccessible(np, "closed session join page");

    await page.getByRole("button", { name: "Sessie weer openen" }).click();
    await expect(page.getByText("De sessie is open")).toBeVisible();
    await p.context.close();
    await newcomer.close();
  });

  test("bad input to the answers endpoint is refused with a clear error and stores nothing", async ({
    page,
    browser,
    db,
    owned,
  }) => {
    const { code, sessionId } = await setUpSession(page, owned);
    const p = await join(browser, code, /Anders/);
    await openFirstAct(p.page);
    const itemId = (await p.page.locator("fieldset[data-item]").first().getAttribute("data-item"))!;
    const post = (data: unknown, headers: Record<string, string> = { "content-type": "application/json" }) =>
      p.page.request.fetch("/api/answers", {
        method: "POST",
        headers,
        data: typeof data === "string" ? data : JSON.stringify(data),
      });

    const cases: [unknown, number, string][] = [
      [{ sessionId, itemId, dimension: "now", value: 8 }, 400, "outOfRange"],
      [{ sessionId, itemId, dimension: "now", value: 0 }, 400, "outOfRange"],
      [{ sessionId, itemId, dimension: "now", value: 3.5 }, 400, "outOfRange"],
      [{ sessionId, itemId, dimension: "now", value: "3" }, 400, "outOfRange"],
      [{ sessionId, itemId, dimension: "sometime", value: 3 }, 400, "invalid"],
      [{ sessionId, itemId: "no-such-item", dimension: "now", value: 3 }, 400, "unknownItem"],
      [{ sessionId, itemId, dimension: "text", text: "hallo" }, 400, "wrongDimension"],
      [{ itemId, dimension: "now", value: 3 }, 400, "invalid"],
      ["{not json", 400, "invalid"],
      [{ sessionId, itemId, dimension: "text", text: "x".repeat(20_000) }, 413, "tooLarge"],
    ];
    for (const [data, status, error] of cases) {
      const res = await post(data);
      expect(res.status(), JSON.stringify(data).slice(0, 80)).toBe(status);
      expect(await res.json()).toEqual({ ok: false, error });
    }
    const wrongType = await post({ sessionId, itemId, dimension: "now", value: 3 }, { "content-type": "text/plain" });
    expect(wrongType.status()).toBe(415);
    expect(await db.answer.count({ where: { participant: { sessionId } } })).toBe(0);

    // A valid answer, sent twice, is stored once.
    for (let i = 0; i < 2; i++) expect((await post({ sessionId, itemId, dimension: "now", value: 5 })).status()).toBe(200);
    expect(await db.answer.count({ where: { participant: { sessionId } } })).toBe(1);
    await p.context.close();
  });
});
