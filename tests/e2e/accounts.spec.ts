import { latestMailLink, newAccount, readMails, signIn, signOut, signUp } from "./accounts";
import { expect, expectAccessible, test } from "./fixtures";

test.describe("coordinator accounts", () => {
  test("sign up, sign out, sign in, and choose a new password when it is forgotten", async ({ page, owned }) => {
    const account = newAccount(owned, "Carla Coördinator");

    // Sign up: bad input is refused with clear messages and nothing is created.
    await page.goto("/nl/sign-up");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Account aanmaken");
    await expectAccessible(page, "sign up");
    await page.getByRole("button", { name: "Account aanmaken" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toContainText("Niet alles is goed ingevuld");
    await expect(page.getByRole("main").getByRole("alert")).toContainText("Naam: Vul dit in.");
    await page.getByLabel("Naam").fill(account.name);
    await page.getByLabel("E-mailadres").fill("geen-adres");
    await page.getByLabel("Wachtwoord").fill("kort");
    await page.getByRole("button", { name: "Account aanmaken" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toContainText("Vul een geldig e-mailadres in");
    await expect(page.getByRole("main").getByRole("alert")).toContainText("minstens 8 tekens");
    await expectAccessible(page, "sign up with errors");

    await signUp(page, account);
    await expect(page).toHaveURL(/\/nl$/);
    await expect(page.getByRole("heading", { name: "Jouw samenwerkingsverbanden" })).toBeVisible();
    await expectAccessible(page, "home signed in");

    // The same e-mail address again: the same answer as for a new one (issue 13), no second
    // account, nobody signed in, and the owner gets a note instead of a link.
    const context = await page.context().browser()!.newContext();
    const other = await context.newPage();
    const mailsBefore = readMails(account.email).length;
    await other.goto("/nl/sign-up");
    await other.getByLabel("Naam").fill("Iemand anders");
    await other.getByLabel("E-mailadres").fill(account.email.toUpperCase());
    await other.getByLabel("Wachtwoord").fill("nog-een-wachtwoord");
    await other.getByRole("button", { name: "Account aanmaken" }).click();
    await expect(other.getByRole("main").getByRole("status")).toContainText("we hebben een e-mail gestuurd naar");
    await expect(other.getByTestId("signed-in-user")).toHaveCount(0);
    await expect.poll(() => readMails(account.email).length).toBe(mailsBefore + 1);
    expect(readMails(account.email).at(-1)!.subject).toBe("Aanmelding met je e-mailadres bij Werkboek Regionaal Samenwerken");
    await context.close();

    // Sign out (a page with a button, so a link alone cannot sign anyone out).
    await page.getByRole("link", { name: "Afmelden" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Afmelden");
    await expectAccessible(page, "sign out");
    await page.getByRole("button", { name: "Afmelden" }).click();
    await expect(page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Aanmelden" })).toBeVisible();
    await expect(page.getByText("Meld je aan om je samenwerkingsverbanden te zien.")).toBeVisible();

    // Sign in: a wrong password gets the same answer as an unknown address.
    await page.goto("/nl/sign-in");
    await expectAccessible(page, "sign in");
    await signIn(page, { email: account.email, password: "helemaal-fout" }, { open: false });
    await expect(page.getByRole("main").getByRole("alert")).toContainText("Dit e-mailadres en wachtwoord horen niet bij elkaar");
    await expectAccessible(page, "sign in with error");
    // (A fresh page each time, so the same message cannot be the one of the attempt before.)
    await signIn(page, { email: "niemand@test.werkboek.local", password: "helemaal-fout" });
    await expect(page.getByRole("main").getByRole("alert")).toContainText("Dit e-mailadres en wachtwoord horen niet bij elkaar");
    await signIn(page, account);
    await expect(page.getByTestId("signed-in-user")).toHaveText(`Aangemeld als ${account.name}`);
    await signOut(page);

    // Forgotten password: the same answer for known and unknown addresses; only a real account gets mail.
    await page.goto("/nl/sign-in");
    await page.getByRole("link", { name: "Wachtwoord vergeten?" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Wachtwoord vergeten");
    await expectAccessible(page, "forgot password");
    const unknown = `niemand-${Date.now()}@test.werkboek.local`;
    await page.getByLabel("E-mailadres").fill(unknown);
    await page.getByRole("button", { name: "Stuur een link" }).click();
    await expect(page.getByRole("status")).toContainText("Als er een account bij dit e-mailadres hoort");
    const mailsBeforeReset = readMails(account.email).length;
    await page.getByLabel("E-mailadres").fill(account.email);
    await page.getByRole("button", { name: "Stuur een link" }).click();
    await expect(page.getByRole("status")).toContainText("Als er een account bij dit e-mailadres hoort");
    const link = await latestMailLink(account.email, mailsBeforeReset);
    expect(readMails(unknown)).toEqual([]);
    expect(link).toMatch(/\/nl\/reset-password\?token=/);

    await page.goto(link);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nieuw wachtwoord kiezen");
    await expectAccessible(page, "reset password");
    const newPassword = `${account.password}-nieuw`;
    await page.getByLabel(/^Nieuw wachtwoord/).fill(newPassword);
    await page.getByLabel("Herhaal het nieuwe wachtwoord").fill("iets anders");
    await page.getByRole("button", { name: "Wachtwoord opslaan" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toContainText("De twee wachtwoorden zijn niet gelijk");
    await expectAccessible(page, "reset password with errors");
    await page.getByLabel(/^Nieuw wachtwoord/).fill(newPassword);
    await page.getByLabel("Herhaal het nieuwe wachtwoord").fill(newPassword);
    await page.getByRole("button", { name: "Wachtwoord opslaan" }).click();
    await expect(page).toHaveURL(/\/nl\/sign-in\?reset=1$/);
    await expect(page.getByRole("status")).toContainText("Je wachtwoord is gewijzigd");

    // The old password no longer works, the new one does.
    await signIn(page, account, { open: false });
    await expect(page.getByRole("main").getByRole("alert")).toContainText("horen niet bij elkaar");
    await signIn(page, { email: account.email, password: newPassword }, { open: false });
    await expect(page.getByTestId("signed-in-user")).toHaveText(`Aangemeld als ${account.name}`);
    await signOut(page);

    // A reset link works once.
    await page.goto(link);
    await page.getByLabel(/^Nieuw wachtwoord/).fill("weer-een-ander-wachtwoord");
    await page.getByLabel("Herhaal het nieuwe wachtwoord").fill("weer-een-ander-wachtwoord");
    await page.getByRole("button", { name: "Wachtwoord opslaan" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toContainText("Deze link werkt niet meer");
  });

  test("pages for coordinators send anonymous visitors to sign in, and back", async ({ page, owned }) => {
    const account = newAccount(owned, "Bram");
    await page.goto("/nl/partnerships/new");
    await expect(page).toHaveURL(/\/nl\/sign-in\?next=%2Fpartnerships%2Fnew$/);
    await expect(page.getByText("Meld je eerst aan. Daarna ga je verder waar je was.")).toBeVisible();
    await expectAccessible(page, "sign in with return");
    await page.getByRole("link", { name: "Account aanmaken" }).click();
    await expect(page).toHaveURL(/\/nl\/sign-up\?next=%2Fpartnerships%2Fnew$/);
    await signUp(page, account, { open: false });
    await expect(page).toHaveURL(/\/nl\/partnerships\/new$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nieuw samenwerkingsverband");

    // A return address to another site is ignored.
    await page.goto("/nl/sign-in?next=https%3A%2F%2Fevil.example%2F");
    await expect(page).toHaveURL(/\/nl$/);
  });

  test("the demo coordinator can sign in and sees the demo partnership", async ({ page }) => {
    // This instance was started normally (not with npm run demo): its sign-in page never
    // shows the demo password, though the demo account is in the database (issue 13).
    await page.goto("/nl/sign-in");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByTestId("demo-hint")).toHaveCount(0);
    await expect(page.getByRole("main")).not.toContainText("demo-werkboek");
    await signIn(page, { email: "demo@werkboek.local", password: "demo-werkboek" }, { open: false });
    await expect(page.getByTestId("signed-in-user")).toBeVisible();
    await page.getByRole("link", { name: "Samen Gezond Noord-Veluwe (demo)" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Samen Gezond Noord-Veluwe (demo)");
    await expect(page.getByRole("heading", { name: "Leden" })).toBeVisible();

    // The demo session's balance profile shows how the balance moved since the first session.
    await page.getByRole("main").getByRole("link", { name: "Bekijk het balansprofiel" }).first().click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Balansprofiel");
    const history = page.getByRole("region", { name: "Hoe de balans bewoog" });
    await expect(history.getByRole("columnheader")).toHaveCount(4);
    await expect(history.getByRole("row")).toHaveCount(6);
    await expect(page.locator("figure")).toHaveCount(6);
    await expectAccessible(page, "demo results with history");
  });
});

test.describe("members", () => {
  test("a coordinator invites a partner by link; the partner joins and sees results, not management", async ({
    page,
    browser,
    owned,
  }) => {
    const coordinator = newAccount(owned, "Carla Coördinator");
    const partner = newAccount(owned, "Pieter Partner");

    // The coordinator sets up a partnership with a session.
    await signUp(page, coordinator);
    await page.getByRole("link", { name: "Samenwerkingsverband aanmaken" }).click();
    const name = `${owned.namePrefix} Zorgregio`;
    await page.getByLabel("Naam").fill(name);
    await page.getByLabel("Regio").fill("Twente");
    await page.getByRole("button", { name: "Samenwerkingsverband aanmaken" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
    const partnershipUrl = page.url();
    await page.getByRole("link", { name: "Nieuwe sessie" }).click();
    await page.getByLabel("Titel").fill("Eerste reflectie");
    await page.getByLabel("Datum van de bijeenkomst").fill("2026-12-01");
    await page.getByRole("button", { name: "Sessie aanmaken" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Eerste reflectie");
    const sessionUrl = page.url();

    // Members: the coordinator is listed, and creates an invitation link for a partner.
    await page.goto(partnershipUrl);
    const members = page.getByRole("table", { name: "Leden van dit samenwerkingsverband, met hun rol" });
    await expect(members.getByRole("row")).toHaveCount(2);
    await expect(members).toContainText(coordinator.name);
    await expect(members).toContainText("Coördinator");
    await page.getByRole("radio", { name: /^Partner/ }).check();
    await page.getByRole("button", { name: "Maak een uitnodigingslink" }).click();
    // (The first status is the message; the copy button's notice is a status too.)
    await expect(page.getByRole("status").first()).toContainText("Kopieer hem nu");
    const share = page.getByLabel("Uitnodigingslink voor een partner");
    const inviteLink = await share.inputValue();
    expect(inviteLink).toMatch(/^http:\/\/localhost:\d+\/nl\/invite\/[A-Za-z0-9_-]{32}$/);
    await expect(page.getByRole("heading", { name: "Openstaande uitnodigingen" })).toBeVisible();
    await expectAccessible(page, "partnership with members and invite link");
    // The link is shown once: after a reload it is gone.
    await page.reload();
    await expect(page.getByTestId("share-value")).toHaveCount(0);

    // The partner opens the link in another browser, creates an account and comes back.
    const context = await browser.newContext();
    const other = await context.newPage();
    await other.goto(inviteLink);
    await expect(other.getByRole("heading", { level: 1 })).toHaveText("Uitnodiging");
    await expect(other.getByText(`Je bent uitgenodigd als partner van ${name} (Twente).`)).toBeVisible();
    await expectAccessible(other, "invite, signed out");
    await other.getByRole("main").getByRole("link", { name: "Account aanmaken" }).click();
    await signUp(other, partner, { open: false });
    await expect(other).toHaveURL(inviteLink);
    await expectAccessible(other, "invite, signed in");
    await other.getByRole("button", { name: "Lid worden" }).click();
    // A confirmation (issue 16): which partnership, which role, what now, and the way on.
    await expect(other.getByRole("heading", { level: 1 })).toHaveText("Je bent lid geworden");
    await expect(other.getByText(`Je bent nu lid van ${name} (Twente), als partner.`)).toBeVisible();
    await expect(other.getByRole("heading", { name: "Wat je nu kunt" })).toBeVisible();
    await expectAccessible(other, "invite accepted");
    await other.getByRole("link", { name: `Naar ${name}` }).click();
    await expect(other.getByRole("heading", { level: 1 })).toHaveText(name);
    await other.goto("/nl");
    await expect(other.getByText(name)).toBeVisible();
    await expect(other.getByText("Jouw rol: partner")).toBeVisible();
    await expect(other.getByRole("list", { name: `Sessies van ${name}` }).getByRole("link", { name: "Balansprofiel" })).toHaveAttribute(
      "href",
      new URL(sessionUrl).pathname + "/results",
    );

    // A partner reads the partnership page (issue 11) but does not manage: no new session, no members;
    // the management pages do not exist for them.
    await other.goto(partnershipUrl);
    await expect(other.getByRole("heading", { level: 1 })).toHaveText(`${name}`);
    await expect(other.getByRole("link", { name: "Nieuwe sessie" })).toHaveCount(0);
    await expect(other.getByRole("heading", { name: "Leden" })).toHaveCount(0);
    for (const url of [sessionUrl, `${partnershipUrl}/sessions/new`]) {
      await other.goto(url);
      await expect(other.getByRole("heading", { level: 1 })).toHaveText("Pagina niet gevonden");
    }
    // The link worked once.
    await other.goto(inviteLink);
    await expect(other.getByText("Deze uitnodiging is al gebruikt")).toBeVisible();

    // An outsider who is signed in sees nothing either; an anonymous visitor is asked to sign in.
    const outsiderContext = await browser.newContext();
    const outsiderPage = await outsiderContext.newPage();
    await signUp(outsiderPage, newAccount(owned, "Olga Outsider"));
    await outsiderPage.goto(partnershipUrl);
    await expect(outsiderPage.getByRole("heading", { level: 1 })).toHaveText("Pagina niet gevonden");
    await outsiderPage.goto(sessionUrl);
    await expect(outsiderPage.getByRole("heading", { level: 1 })).toHaveText("Pagina niet gevonden");
    await outsiderContext.close();
    const anonymousContext = await browser.newContext();
    const anonymous = await anonymousContext.newPage();
    await anonymous.goto(sessionUrl);
    await expect(anonymous).toHaveURL(/\/nl\/sign-in\?next=%2Fsessions%2F/);
    await anonymousContext.close();

    // The coordinator sees the new member, and can remove them again.
    await page.reload();
    await expect(members.getByRole("row")).toHaveCount(3);
    await expect(members).toContainText(partner.name);
    await expect(page.getByRole("heading", { name: "Openstaande uitnodigingen" })).toHaveCount(0);
    await page.getByRole("button", { name: `${partner.name} verwijderen` }).click();
    await expect(members.getByRole("row")).toHaveCount(2);
    await expect(members).not.toContainText(partner.name);
    await other.goto("/nl");
    await expect(other.getByText("Je bent nog geen lid van een samenwerkingsverband.")).toBeVisible();
    await context.close();
  });
});
