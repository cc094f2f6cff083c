import type { Locator, Page } from "@playwright/test";
import { latestMailLink, newAccount, signUp } from "./accounts";
import { expect, expectAccessible, test } from "./fixtures";

/**
 * A form that fails validation keeps what the user typed (React resets a form after its
 * action; the action sends the values back), and its error summary takes the focus and
 * links to the fields.
 */

function summary(page: Page): Locator {
  return page.getByRole("main").getByRole("alert");
}

/** The summary's link for `field` goes to it and moves the focus there. */
async function expectLinkToField(page: Page, linkName: RegExp, field: Locator) {
  const link = summary(page).getByRole("link", { name: linkName });
  await expect(link).toHaveAttribute("href", `#${await field.getAttribute("id")}`);
  await link.click();
  await expect(field).toBeFocused();
}

test.describe("forms keep what was typed", () => {
  test("sign-up: a password error keeps the name and the e-mail address", async ({ page, owned }) => {
    const account = newAccount(owned, "Fenna Formulier");
    await page.goto("/nl/sign-up");
    await page.getByLabel("Naam").fill(account.name);
    await page.getByLabel("E-mailadres").fill(account.email);
    await page.getByLabel("Wachtwoord").fill("kort");
    await page.getByRole("button", { name: "Account aanmaken" }).click();

    await expect(summary(page)).toContainText("Niet alles is goed ingevuld");
    await expect(summary(page)).toContainText("Wachtwoord: Kies een wachtwoord van minstens 8 tekens.");
    await expect(summary(page)).toBeFocused();
    await expect(page.getByLabel("Naam")).toHaveValue(account.name);
    await expect(page.getByLabel("E-mailadres")).toHaveValue(account.email);
    // A password is never sent back.
    await expect(page.getByLabel("Wachtwoord")).toHaveValue("");
    await expect(page.getByLabel("Wachtwoord")).toHaveAttribute("aria-invalid", "true");
    await expectAccessible(page, "sign up with a password error");
    await expectLinkToField(page, /^Wachtwoord/, page.getByLabel("Wachtwoord"));

    // A second error keeps the values again, also ones changed in between.
    await page.getByLabel("Naam").fill(`${account.name} Jansen`);
    await page.getByLabel("E-mailadres").fill("geen-adres");
    await page.getByRole("button", { name: "Account aanmaken" }).click();
    await expect(summary(page)).toContainText("Vul een geldig e-mailadres in");
    await expect(page.getByLabel("Naam")).toHaveValue(`${account.name} Jansen`);
    await expect(page.getByLabel("E-mailadres")).toHaveValue("geen-adres");
    await expect(summary(page)).toBeFocused();

    // With the kept name, only the e-mail and password need to be filled in.
    await page.getByLabel("E-mailadres").fill(account.email);
    await page.getByLabel("Wachtwoord").fill(account.password);
    await page.getByRole("button", { name: "Account aanmaken" }).click();
    // Sign-up is finished with the link from the e-mail (issue 13: it does not tell who has an account).
    await expect(page.getByRole("main").getByRole("status")).toContainText("we hebben een e-mail gestuurd");
    await page.goto(await latestMailLink(account.email));
    await expect(page.getByTestId("signed-in-user")).toHaveText(`Aangemeld als ${account.name} Jansen`);
  });

  test("new session: an invalid field keeps the other values, and the invalid one to correct", async ({ page, owned }) => {
    await signUp(page, newAccount(owned, "Coördinator Formulier"));
    await page.goto("/nl/partnerships/new");
    const name = `${owned.namePrefix} Formulieren`;
    // A missing region keeps the name.
    await page.getByLabel("Naam").fill(name);
    await page.getByRole("button", { name: "Samenwerkingsverband aanmaken" }).click();
    await expect(summary(page)).toContainText("Regio: Vul dit in.");
    await expect(page.getByLabel("Naam")).toHaveValue(name);
    await expectLinkToField(page, /^Regio/, page.getByLabel("Regio"));
    await page.getByLabel("Regio").fill("Twente");
    await page.getByRole("button", { name: "Samenwerkingsverband aanmaken" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);

    await page.getByRole("link", { name: "Nieuwe sessie" }).click();
    await page.getByLabel("Titel").fill("Najaarsronde");
    await page.getByLabel("Datum van de bijeenkomst").fill("2026-11-12");
    await page.getByLabel("Anonimiteitsgrens").fill("1");
    await page.getByRole("button", { name: "Sessie aanmaken" }).click();

    await expect(summary(page)).toContainText("Anonimiteitsgrens: Kies een heel getal van 2 tot en met 50.");
    await expect(summary(page)).toBeFocused();
    await expect(page.getByLabel("Titel")).toHaveValue("Najaarsronde");
    await expect(page.getByLabel("Datum van de bijeenkomst")).toHaveValue("2026-11-12");
    await expect(page.getByLabel("Anonimiteitsgrens")).toHaveValue("1");
    await expectAccessible(page, "new session with an error");
    await expectLinkToField(page, /^Anonimiteitsgrens/, page.getByLabel("Anonimiteitsgrens"));

    // A field the user emptied stays empty (not back to today's date).
    await page.getByLabel("Anonimiteitsgrens").fill("4");
    await page.getByLabel("Datum van de bijeenkomst").fill("");
    await page.getByRole("button", { name: "Sessie aanmaken" }).click();
    await expect(summary(page)).toContainText("Datum van de bijeenkomst: Vul een geldige datum in.");
    await expect(page.getByLabel("Datum van de bijeenkomst")).toHaveValue("");
    await expect(page.getByLabel("Titel")).toHaveValue("Najaarsronde");
    await expect(page.getByLabel("Anonimiteitsgrens")).toHaveValue("4");

    await page.getByLabel("Datum van de bijeenkomst").fill("2026-11-12");
    await page.getByRole("button", { name: "Sessie aanmaken" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Najaarsronde");
  });

  test("joining: a missing role keeps the organisation and the name", async ({ page, db, owned }) => {
    const partnership = await db.partnership.create({ data: { name: `${owned.namePrefix} Meedoen`, region: "Drenthe" } });
    owned.partnershipIds.push(partnership.id);
    const alphabet = "ACDEFGHJKMNPQRTUVWXY34679";
    const joinCode = Array.from({ length: 6 }, () => alphabet[Math.floor(Math.random() * alphabet.length)]).join("");
    const session = await db.session.create({
      data: { partnershipId: partnership.id, title: "Meedoen", date: new Date("2026-11-12"), joinCode },
    });

    await page.goto(`/nl/join/${session.joinCode}`);
    await page.getByLabel("Organisatie", { exact: true }).fill("Huisartsenpraktijk");
    await page.getByLabel("Naam", { exact: true }).fill("Ada");
    await page.getByRole("button", { name: "Begin met het werkboek" }).click();
    await expect(summary(page)).toBeFocused();
    await expect(page.getByLabel("Organisatie", { exact: true })).toHaveValue("Huisartsenpraktijk");
    await expect(page.getByLabel("Naam", { exact: true })).toHaveValue("Ada");
    await expectAccessible(page, "join with an error");

    // The link goes to the first choice of the group.
    await summary(page).getByRole("link").click();
    await expect(page.getByRole("radio").first()).toBeFocused();
    await page.getByRole("radio").first().check();
    await page.getByRole("button", { name: "Begin met het werkboek" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Jouw werkboek");
  });
});
