import type { Page } from "@playwright/test";
import { readWorkbook } from "../../lib/data/content";
import { newAccount, signUp } from "./accounts";
import { answerStatement, expect, expectAccessible, joinSession, scaleRadios, test } from "./fixtures";

/**
 * The short workbook and "does not apply to us" (issue 15): a coordinator creates a
 * short session, participants see only the core statements and can say that a statement
 * does not apply to them, and the results say which workbook was used and how many
 * answers had no position.
 */

const workbook = readWorkbook();
const act1 = workbook.acts[0]!;
const coreIds = act1.statements.filter((s) => s.core && !s.retired).map((s) => s.id);
const notCoreId = act1.statements.find((s) => !s.core && !s.retired)!.id;
const NOT_APPLICABLE = "Geldt niet voor ons";
const DONT_KNOW = "Weet ik niet";

/** A choice by its name ("Weet ik niet", "Geldt niet voor ons") on one line (now or desired) of the index-th statement. */
function choice(page: Page, index: number, dimension: "now" | "desired", name: string) {
  return page
    .locator("fieldset[data-item]")
    .nth(index)
    .getByRole("radiogroup")
    .nth(dimension === "now" ? 0 : 1)
    .getByRole("radio", { name, exact: true });
}

test.describe("the short workbook", () => {
  test("a coordinator creates a short session; partners answer only the core statements, some 'does not apply'; the results say so", async ({
    page,
    browser,
    db,
    owned,
  }) => {
    test.setTimeout(180_000);
    expect(coreIds).toHaveLength(3);

    // The coordinator chooses the short workbook when creating the session.
    await signUp(page, newAccount(owned, "Coördinator Kort"));
    await page.goto("/nl/partnerships/new");
    await page.getByLabel("Naam").fill(`${owned.namePrefix} Netwerk`);
    await page.getByLabel("Regio").fill("Achterhoek");
    await page.getByRole("button", { name: "Samenwerkingsverband aanmaken" }).click();
    await page.getByRole("link", { name: "Nieuwe sessie" }).click();
    await expect(page.getByRole("radio", { name: /^Volledig werkboek/ })).toBeChecked();
    await expectAccessible(page, "new session with the workbook choice");
    await page.getByLabel("Titel").fill("Korte ronde");
    await page.getByRole("radio", { name: /^Kort werkboek/ }).check();
    await page.getByRole("button", { name: "Sessie aanmaken" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Korte ronde");
    await expect(page.getByTestId("workbook-length")).toHaveText("Deze sessie gebruikt het korte werkboek: alleen de kernstellingen.");
    // Nobody has answered yet: the choice can still change.
    await expect(page.getByRole("radio", { name: /^Kort werkboek/ })).toBeChecked();
    await expectAccessible(page, "short session");
    const code = (await page.getByTestId("join-code").textContent())!.trim();
    const sessionId = page.url().split("/sessions/")[1]!;
    expect((await db.session.findUniqueOrThrow({ where: { id: sessionId } })).workbookLength).toBe("short");

    // Three participants: only the core statements, three per act.
    const partners = [
      await joinSession(browser, code, /^Bestuurder of directeur/),
      await joinSession(browser, code, /Professional/),
      await joinSession(browser, code, /Vertegenwoordiger van cliënten/),
    ];
    const first = partners[0]!.page;
    await expect(first.getByTestId("workbook-length")).toContainText("Dit is het korte werkboek");
    await expectAccessible(first, "short workbook overview");
    for (const [i, { page: phone }] of partners.entries()) {
      await phone.getByRole("main").getByRole("listitem").getByRole("link").nth(2).click();
      await expect(phone.getByRole("heading", { name: "Waar staan jullie?" })).toBeVisible();
      const items = await phone.locator("fieldset[data-item]").evaluateAll((els) => els.map((el) => el.getAttribute("data-item")));
      expect(items).toEqual(coreIds);
      await expect(phone.getByText(/^0 van 6 beantwoord$/)).toBeVisible();
      for (let s = 0; s < coreIds.length; s++) await answerStatement(phone, s, 2 + i, 5);
      if (i === 0) {
        // The first partner: the first statement does not apply to them, now and desired.
        await choice(phone, 0, "now", NOT_APPLICABLE).check();
        await choice(phone, 0, "desired", NOT_APPLICABLE).check();
        await expectAccessible(phone, "act step with 'does not apply'");
      } else if (i === 1) {
        // The second: the second statement's now does not apply, the third's desired is "don't know".
        await choice(phone, 1, "now", NOT_APPLICABLE).check();
        await choice(phone, 2, "desired", DONT_KNOW).check();
      }
      await expect(phone.locator('[data-save-state="saved"]')).toHaveCount(coreIds.length);
      await expect(phone.getByText(/^6 van 6 beantwoord$/)).toBeVisible();
    }

    // Stored apart from "don't know", and shown again after a reload.
    const stored = await db.answer.findMany({ where: { participant: { sessionId }, value: null }, orderBy: { itemId: "asc" } });
    expect(stored.filter((a) => a.notApplicable)).toHaveLength(3);
    expect(stored.filter((a) => !a.notApplicable)).toHaveLength(1);
    await first.reload();
    await expect(choice(first, 0, "now", NOT_APPLICABLE)).toBeChecked();
    await expect(choice(first, 0, "now", DONT_KNOW)).not.toBeChecked();
    await expect(scaleRadios(first, 1, "now").nth(1)).toBeChecked();

    // The session asks only the core statements; "does not apply" is for statements only.
    const post = (data: Record<string, unknown>) => first.request.post("/api/answers", { data: { sessionId, ...data } });
    const notAsked = await post({ itemId: notCoreId, dimension: "now", value: 3 });
    expect(notAsked.status()).toBe(400);
    expect(await notAsked.json()).toEqual({ ok: false, error: "notAsked" });
    const variety = await post({ itemId: workbook.profile.varieties[0]!.id, dimension: "now", value: null, notApplicable: true });
    expect(await variety.json()).toEqual({ ok: false, error: "notApplicableNotAllowed" });
    expect(await db.answer.count({ where: { participant: { sessionId }, itemId: notCoreId } })).toBe(0);

    // Answers exist now: the coordinator can no longer switch the workbook.
    await page.reload();
    await expect(page.getByText("Er zijn al antwoorden gegeven.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Werkboek opslaan" })).toHaveCount(0);

    // The results say which workbook and count the answers without a position (3 participants: the threshold).
    await page.goto(`/nl/sessions/${sessionId}/results`);
    await expect(page.getByTestId("workbook-length")).toContainText("Deze sessie gebruikte het korte werkboek");
    await expect(page.getByTestId(`missing-${act1.id}`)).toHaveText(
      "Van de 18 antwoorden op de stellingen: 1 keer ‘weet ik niet’ en 3 keer ‘geldt niet voor ons’. Die tellen niet mee in de posities.",
    );
    // An act nobody has answered yet shows no counts.
    await expect(page.getByTestId(`missing-${workbook.acts[1]!.id}`)).toHaveCount(0);
    await expectAccessible(page, "results of a short session");

    // The projector's start screen says it too.
    await page.goto(`/nl/sessions/${sessionId}/present`);
    await expect(page.getByTestId("workbook-length")).toHaveText("Kort werkboek: alleen de kernstellingen, ongeveer een kwartier.");
    await expectAccessible(page, "presentation start of a short session");

    for (const p of partners) await p.context.close();
  });
});
