import fs from "node:fs";
import { randomInt } from "node:crypto";
import type { Page } from "@playwright/test";
import { readWorkbook } from "../../lib/data/content";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { createToken, hashToken } from "../../lib/platform/tokens";
import { newAccount, signUp } from "./accounts";
import { answerStatement, expect, expectAccessible, test } from "./fixtures";

/**
 * Participants' rights and coordinators' deletions (issue 14): a participant sees, downloads
 * and withdraws their answers through their resume link and disappears from the results and
 * the live presentation; a coordinator deletes a participant, a session and a partnership,
 * each after a confirmation that says what goes, and sets the retention period.
 */

const workbook = readWorkbook();
const act1 = workbook.acts[0]!;
const JOIN_ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679";
const joinCode = () => Array.from({ length: 6 }, () => JOIN_ALPHABET[randomInt(JOIN_ALPHABET.length)]).join("");

type TOwned = { namePrefix: string; userEmails: string[]; partnershipIds: string[] };

/** A signed-up coordinator with a partnership and a session in which two partners answered act 1 (in the database). */
async function setUp(page: Page, db: PrismaClient, owned: TOwned) {
  const account = newAccount(owned, "Coördinator Rechten");
  await signUp(page, account);
  const user = await db.user.findUniqueOrThrow({ where: { email: account.email }, select: { id: true } });
  const partnership = await db.partnership.create({
    data: { name: `${owned.namePrefix} Regio Rechten`, region: "Drenthe", memberships: { create: { userId: user.id, role: "coordinator" } } },
    select: { id: true },
  });
  owned.partnershipIds.push(partnership.id);
  const code = joinCode();
  const session = await db.session.create({
    data: { partnershipId: partnership.id, title: "Sessie rechten", date: new Date("2026-11-20"), joinCode: code, anonymityThreshold: 3 },
    select: { id: true },
  });
  const statements = act1.statements.filter((s) => !s.retired);
  for (const i of [0, 1]) {
    const participant = await db.participant.create({
      data: {
        sessionId: session.id,
        role: workbook.roles[i]!.id,
        displayName: `Partner ${i + 1}`,
        organisation: `Organisatie ${i + 1}`,
        resumeTokenHash: hashToken(createToken()),
      },
      select: { id: true },
    });
    await db.answer.createMany({
      data: statements.flatMap((s, k) => [
        { participantId: participant.id, itemId: s.id, dimension: "now", value: ((k + i) % 7) + 1 },
        { participantId: participant.id, itemId: s.id, dimension: "desired", value: ((k + i + 3) % 7) + 1 },
      ]),
    });
  }
  await db.agreement.create({ data: { sessionId: session.id, actId: act1.id, action: "We spreken elk kwartaal af." } });
  return { partnershipId: partnership.id, sessionId: session.id, code };
}

test.describe("participants' rights and deletions", () => {
  test("a participant sees, downloads and withdraws their answers; the results and the live presentation follow", async ({
    page,
    browser,
    db,
    owned,
  }) => {
    test.setTimeout(180_000);
    const { sessionId, code } = await setUp(page, db, owned);

    // The presentation is open on the projector (the coordinator's own context).
    await page.goto(`/nl/sessions/${sessionId}/present`);
    await expect(page.locator("[data-live-state]")).toHaveAttribute("data-live-state", "connected");
    await expect(page.getByTestId("participant-count")).toHaveText("2 deelnemers doen mee.");

    // A third partner joins on their phone and answers act 1.
    const phoneContext = await browser.newContext();
    const phone = await phoneContext.newPage();
    await phone.goto(`/nl/join/${code}`);
    await phone.getByRole("radio", { name: /Professional/ }).check();
    await phone.getByLabel("Organisatie", { exact: true }).fill("=SUM(A1:A3)");
    await phone.getByRole("button", { name: "Begin met het werkboek" }).click();
    await expect(phone.getByRole("heading", { level: 1 })).toHaveText("Jouw werkboek");
    await expect(page.getByTestId("participant-count")).toHaveText("3 deelnemers doen mee.");
    await phone.goto(`/nl/workbook/${sessionId}/${act1.id}`);
    const count = await phone.locator("fieldset[data-item]").count();
    for (let i = 0; i < count; i++) await answerStatement(phone, i, 2, 6);
    await expect(phone.locator('[data-save-state="saved"]')).toHaveCount(count);
    await expect(page.getByTestId("respondent-count")).toContainText("3");

    // The results page counts three.
    const results = await browser.newContext({ storageState: await page.context().storageState() });
    const resultsPage = await results.newPage();
    await resultsPage.goto(`/nl/sessions/${sessionId}/results`);
    await expect(resultsPage.getByText("3 deelnemers hebben de balanceeracts ingevuld.")).toBeVisible();
    await expect(resultsPage.getByTestId("retention-notice")).toContainText("na 20 november 2028");

    // From the workbook overview to their own answers.
    await phone.goto(`/nl/workbook/${sessionId}`);
    const resumeLink = await phone.getByTestId("resume-link").getAttribute("href");
    const token = new URL(resumeLink!).pathname.split("/")[2]!;
    await phone.getByTestId("own-answers-link").click();
    await expect(phone.getByRole("heading", { level: 1 })).toHaveText("Je antwoorden");
    const ownAnswers = phone.getByTestId("own-answers");
    await expect(ownAnswers.getByRole("heading", { name: act1.title.nl })).toBeVisible();
    await expect(ownAnswers.getByRole("row")).toHaveCount(1 + count * 2);
    await expect(ownAnswers.getByText(/^2 van 7 \(1 = /).first()).toBeVisible();
    await expect(phone.getByText("=SUM(A1:A3)")).toBeVisible();
    await expectAccessible(phone, "own answers");

    // Downloads: CSV with a BOM and the formula neutralised, JSON with every answer.
    const csvDownload = phone.waitForEvent("download");
    await phone.getByTestId("download-csv").click();
    const csv = fs.readFileSync((await (await csvDownload).path())!, "utf8");
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.split("\r\n")[0]).toContain("Onderdeel,Vraag");
    expect(csv.split("\r\n").filter((l) => l.length > 0)).toHaveLength(1 + count * 2);
    const jsonResponse = await phone.request.get(`/resume/${token}/download?format=json&locale=en`);
    expect(jsonResponse.headers()["content-type"]).toContain("application/json");
    expect(jsonResponse.headers()["cache-control"]).toBe("no-store");
    const json = (await jsonResponse.json()) as { participant: { organisation: string }; parts: { answers: unknown[] }[] };
    expect(json.participant.organisation).toBe("=SUM(A1:A3)");
    expect(json.parts.flatMap((p) => p.answers)).toHaveLength(count * 2);
    expect((await phone.request.get(`/resume/${token}/download?format=xml`)).status()).toBe(404);

    // Withdraw: the confirmation says what goes.
    await phone.getByRole("link", { name: "Deelname intrekken" }).click();
    await expect(phone.getByRole("heading", { level: 1 })).toHaveText("Deelname intrekken");
    await expect(phone.getByTestId("withdraw-what")).toContainText(`al je ${count * 2} antwoorden`);
    await expectAccessible(phone, "withdraw confirmation");
    await phone.getByRole("button", { name: "Ja, trek mijn deelname in" }).click();
    await expect(phone.getByRole("heading", { level: 1 })).toHaveText("Je antwoorden zijn verwijderd");
    await expect(phone.getByTestId("withdrawn")).toContainText("ingetrokken");
    await expectAccessible(phone, "withdrawn notice");
    expect(await db.participant.count({ where: { sessionId } })).toBe(2);
    expect(await db.answer.count({ where: { participant: { sessionId, organisation: "=SUM(A1:A3)" } } })).toBe(0);

    // The live presentation follows without a reload; the results page counts two again.
    await expect(page.getByTestId("participant-count")).toHaveText("2 deelnemers doen mee.");
    await resultsPage.reload();
    await expect(resultsPage.getByText("2 deelnemers hebben de balanceeracts ingevuld.")).toBeVisible();
    await expectAccessible(resultsPage, "results after withdrawal");

    // The resume link, opened anywhere, says plainly that the answers are gone.
    const other = await browser.newContext();
    const otherPage = await other.newPage();
    await otherPage.goto(`/resume/${token}?locale=nl`);
    await expect(otherPage.getByRole("heading", { level: 1 })).toHaveText("Je antwoorden zijn verwijderd");
    await otherPage.goto(`/nl/resume/${token}/answers`);
    await expect(otherPage.getByRole("heading", { level: 1 })).toHaveText("Je antwoorden zijn verwijderd");
    expect((await otherPage.request.get(`/resume/${token}/download?format=csv`)).status()).toBe(404);
    await Promise.all([phoneContext.close(), results.close(), other.close()]);
  });

  test("a coordinator deletes a participant, sets the retention period, deletes a session and then the partnership", async ({
    page,
    db,
    owned,
  }) => {
    test.setTimeout(120_000);
    const { partnershipId, sessionId } = await setUp(page, db, owned);
    const answersEach = act1.statements.filter((s) => !s.retired).length * 2;

    // A participant, from the session page's list.
    await page.goto(`/nl/sessions/${sessionId}`);
    await page.getByRole("link", { name: "Partner 1 verwijderen" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Deelnemer verwijderen");
    await expect(page.getByTestId("deletion-what")).toHaveText(`Dit wordt verwijderd: de deelnemer en ${answersEach} antwoorden.`);
    await expectAccessible(page, "delete participant");
    await page.getByRole("button", { name: "Ja, deelnemer verwijderen" }).click();
    await expect(page).toHaveURL(new RegExp(`/nl/sessions/${sessionId}(#participants)?$`));
    await expect(page.getByRole("link", { name: "Partner 1 verwijderen" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Partner 2 verwijderen" })).toBeVisible();
    await expectAccessible(page, "session page with delete links");

    // The retention period on the partnership page: bad input is refused, a good one saved.
    await page.goto(`/nl/partnerships/${partnershipId}`);
    const months = page.getByLabel("Bewaren (maanden na de sessie)");
    await months.fill("0");
    await page.getByRole("button", { name: "Bewaartermijn opslaan" }).click();
    await expect(page.getByText("Kies een heel getal van 1 tot en met 120.").first()).toBeVisible();
    expect((await db.partnership.findUniqueOrThrow({ where: { id: partnershipId } })).retentionMonths).toBe(24);
    await months.fill("12");
    await page.getByRole("button", { name: "Bewaartermijn opslaan" }).click();
    await expect(page.getByText("De bewaartermijn is opgeslagen.")).toBeVisible();
    expect((await db.partnership.findUniqueOrThrow({ where: { id: partnershipId } })).retentionMonths).toBe(12);
    await expectAccessible(page, "partnership page with retention");

    // The session: the confirmation shows the counts.
    await page.goto(`/nl/sessions/${sessionId}`);
    await page.getByRole("link", { name: "Sessie verwijderen" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sessie verwijderen");
    const counts = page.getByTestId("deletion-counts");
    await expect(counts.locator('[data-count="participants"]')).toHaveText("1 deelnemer");
    await expect(counts.locator('[data-count="answers"]')).toHaveText(`${answersEach} antwoorden`);
    await expect(counts.locator('[data-count="agreements"]')).toHaveText("1 afspraak");
    await expectAccessible(page, "delete session");
    await page.getByRole("button", { name: "Ja, sessie verwijderen" }).click();
    await expect(page).toHaveURL(new RegExp(`/nl/partnerships/${partnershipId}$`));
    expect(await db.session.count({ where: { id: sessionId } })).toBe(0);
    expect(await db.agreement.count({ where: { sessionId } })).toBe(0);

    // The whole partnership.
    await page.getByRole("link", { name: "Samenwerkingsverband verwijderen" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Samenwerkingsverband verwijderen");
    await expect(page.getByTestId("deletion-counts").locator('[data-count="sessions"]')).toHaveText("geen sessies");
    await expect(page.getByTestId("deletion-counts").locator('[data-count="members"]')).toContainText("1 lidmaatschap");
    await expectAccessible(page, "delete partnership");
    await page.getByRole("button", { name: "Ja, samenwerkingsverband verwijderen" }).click();
    await expect(page).toHaveURL(/\/nl\/?$/);
    expect(await db.partnership.count({ where: { id: partnershipId } })).toBe(0);
  });
});
