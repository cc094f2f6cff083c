import { createHash, randomBytes } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import type { Page } from "@playwright/test";
import { latestMailLink, newAccount, readMails, signIn } from "./accounts";
import { expect, expectAccessible, test } from "./fixtures";

/**
 * Issue 16's small traps: a welcome after sign-up with the next step, a confirmation after
 * accepting an invitation, a copy button for invitation links, a participant's header
 * without account and guide links, and tap targets of at least 24×24 px (WCAG 2.2, 2.5.8).
 * Issue 13: the join page tells a signed-in member they join as a test participant.
 */

const SHOTS = process.env.SMALL_TRAPS_SHOTS_DIR ?? "/tmp/small-traps-shots";
const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1280, height: 800 };

type TDb = Parameters<Parameters<typeof test>[2]>[0]["db"];
type TOwned = Parameters<Parameters<typeof test>[2]>[0]["owned"];

/** A coordinator (made in the database) of a partnership with an open session. */
async function coordinatorWithSession(db: TDb, owned: TOwned) {
  const account = newAccount(owned, "Cora Coördinator");
  const user = await db.user.create({ data: { name: account.name, email: account.email, emailVerified: true } });
  await db.account.create({ data: { userId: user.id, accountId: user.id, providerId: "credential", password: await hashPassword(account.password) } });
  const partnership = await db.partnership.create({ data: { name: `${owned.namePrefix} Kleine dingen`, region: "Achterhoek" } });
  owned.partnershipIds.push(partnership.id);
  await db.membership.create({ data: { userId: user.id, partnershipId: partnership.id, role: "coordinator" } });
  const joinCode = `T${randomBytes(3).toString("hex").toUpperCase().replace(/[01258B]/g, "K").slice(0, 5)}`;
  const session = await db.session.create({ data: { partnershipId: partnership.id, title: "Kleine dingen", date: new Date(), joinCode } });
  return { account, user, partnership, session, joinCode };
}

/** Screenshots of the page on a phone and on a laptop (looked at before the issue closes). */
async function shoot(page: Page, name: string) {
  const size = page.viewportSize();
  await page.setViewportSize(PHONE);
  await page.screenshot({ path: `${SHOTS}/${name}-phone.png`, fullPage: true });
  await page.setViewportSize(LAPTOP);
  await page.screenshot({ path: `${SHOTS}/${name}-laptop.png`, fullPage: true });
  if (size) await page.setViewportSize(size);
}

/**
 * Every interactive element that is not a link inside a sentence is at least 24×24 px
 * (WCAG 2.2, 2.5.8 Target Size (Minimum); inline links in running text are exempt).
 * Visually hidden elements (the skip link until it has focus) are left out.
 */
async function expectTapTargets(page: Page, label: string) {
  const small = await page.evaluate(() => {
    const selector = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [tabindex]:not([tabindex="-1"])';
    const out: string[] = [];
    for (const el of Array.from(document.querySelectorAll<HTMLElement>(selector))) {
      const rect = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (rect.width <= 1 || rect.height <= 1 || style.visibility === "hidden") continue;
      if (rect.width >= 24 && rect.height >= 24) continue;
      // A link in running text: inline, inside a block that has text of its own around it.
      if (style.display === "inline" && el.tagName === "A") {
        let block = el.parentElement;
        while (block && getComputedStyle(block).display === "inline") block = block.parentElement;
        const own = (block?.textContent ?? "").replace(el.textContent ?? "", "").trim();
        if (own.length > 0) continue;
      }
      // A radio or checkbox whose label (the whole row) is the target.
      if (el instanceof HTMLInputElement && (el.type === "radio" || el.type === "checkbox")) {
        const labelBox = el.labels?.[0]?.getBoundingClientRect();
        if (labelBox && labelBox.height >= 24 && labelBox.width >= 24) continue;
      }
      const name = (el.getAttribute("aria-label") ?? el.textContent ?? el.getAttribute("name") ?? "").trim().slice(0, 40);
      out.push(`${el.tagName.toLowerCase()} "${name}" ${Math.round(rect.width)}×${Math.round(rect.height)}`);
    }
    return out;
  });
  expect(small, `tap targets under 24×24 px on ${label}`).toEqual([]);
}

/** The header's navigation: which links it has. */
async function headerLinks(page: Page) {
  return page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link").allTextContents();
}

test.describe("small traps (issue 16)", () => {
  test("after sign-up a welcome points to the next step; phone and laptop", async ({ page, owned }) => {
    const account = newAccount(owned, "Wim Welkom");
    await page.setViewportSize(PHONE);
    await page.goto("/nl/sign-up");
    await page.getByLabel("Naam").fill(account.name);
    await page.getByLabel("E-mailadres").fill(account.email);
    await page.getByLabel("Wachtwoord").fill(account.password);
    await page.getByRole("button", { name: "Account aanmaken" }).click();
    await expect(page.getByRole("main").getByRole("status")).toContainText("we hebben een e-mail gestuurd");
    await page.goto(await latestMailLink(account.email));

    await expect(page).toHaveURL(/\/nl\/welcome$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Welkom, ${account.name}`);
    await expect(page.getByText("Je account is klaar en je bent aangemeld.")).toBeVisible();
    const next = page.getByRole("region", { name: "De volgende stap" });
    await expect(next.getByRole("link", { name: "Samenwerkingsverband aanmaken" })).toHaveAttribute("href", "/nl/partnerships/new");
    await expect(next).toContainText("Heeft een coördinator je uitgenodigd?");
    await expect(next.getByRole("link", { name: "Naar je startpagina" })).toBeVisible();
    await expectAccessible(page, "welcome");
    await expectTapTargets(page, "welcome on a phone");
    await shoot(page, "welcome");

    // The welcome in English, too.
    await page.goto("/en/welcome");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Welcome, ${account.name}`);
    await expect(page.getByRole("link", { name: "Create a partnership" })).toBeVisible();
    await expectAccessible(page, "welcome en");

    // The next step works.
    await page.goto("/nl/welcome");
    await page.getByRole("link", { name: "Samenwerkingsverband aanmaken" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nieuw samenwerkingsverband");

    // Signed out, the welcome asks to sign in first.
    const anonymous = await page.context().browser()!.newContext();
    const other = await anonymous.newPage();
    await other.goto("/nl/welcome");
    await expect(other).toHaveURL(/\/nl\/sign-in\?next=%2Fwelcome$/);
    await anonymous.close();
  });

  test("an invitation: copy the link, sign up from it, welcome, accept, and a confirmation", async ({ page, browser, db, owned }) => {
    const { account, partnership } = await coordinatorWithSession(db, owned);
    await signIn(page, account);
    await expect(page.getByTestId("signed-in-user")).toBeVisible();
    await page.goto(`/nl/partnerships/${partnership.id}`);
    await page.getByRole("radio", { name: /^Partner/ }).check();
    await page.getByRole("button", { name: "Maak een uitnodigingslink" }).click();
    const inviteLink = await page.getByTestId("share-value").inputValue();

    // The link has a copy button that says "copied" in a live region, and copies the link.
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
    const copy = page.getByRole("button", { name: "Kopieer de link" });
    await expect(page.getByTestId("copied-notice")).toHaveText("");
    await copy.click();
    await expect(page.getByTestId("copied-notice")).toHaveText("Gekopieerd");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(inviteLink);
    await expectAccessible(page, "invite link with copy button");

    // The partner opens it in a browser of their own and creates an account from it.
    const partner = newAccount(owned, "Pien Partner");
    const context = await browser.newContext({ viewport: PHONE });
    const other = await context.newPage();
    await other.goto(inviteLink);
    await other.getByRole("main").getByRole("link", { name: "Account aanmaken" }).click();
    const before = readMails(partner.email).length;
    await other.getByLabel("Naam").fill(partner.name);
    await other.getByLabel("E-mailadres").fill(partner.email);
    await other.getByLabel("Wachtwoord").fill(partner.password);
    await other.getByRole("button", { name: "Account aanmaken" }).click();
    await other.goto(await latestMailLink(partner.email, before));

    // The welcome points to the invitation it came from.
    await expect(other.getByRole("heading", { level: 1 })).toHaveText(`Welkom, ${partner.name}`);
    await expect(other.getByText(`Je bent uitgenodigd voor ${partnership.name}, als partner.`)).toBeVisible();
    await expectAccessible(other, "welcome with invitation");
    await expectTapTargets(other, "welcome with invitation on a phone");
    await shoot(other, "welcome-invite");
    await other.getByRole("link", { name: "Open de uitnodiging" }).click();
    await expect(other).toHaveURL(inviteLink);
    await other.getByRole("button", { name: "Lid worden" }).click();

    // The confirmation: which partnership, which role, what now, the way on.
    await expect(other.getByRole("heading", { level: 1 })).toHaveText("Je bent lid geworden");
    await expect(other.getByText(`Je bent nu lid van ${partnership.name} (Achterhoek), als partner.`)).toBeVisible();
    const now = other.getByRole("region", { name: "Wat je nu kunt" });
    await expect(now.getByRole("listitem")).toHaveCount(2);
    await expect(now).toContainText("balansprofielen");
    await expectAccessible(other, "invite accepted");
    await expectTapTargets(other, "invite accepted on a phone");
    await shoot(other, "invite-accepted");
    // A partner goes on to the partnership page, which partners read.
    await other.getByRole("link", { name: `Naar ${partnership.name}` }).click();
    await expect(other).toHaveURL(new RegExp(`/nl/partnerships/${partnership.id}$`));
    await expect(other.getByRole("heading", { level: 1 })).toHaveText(partnership.name);
    await other.goto("/nl");
    await expect(other.getByText("Jouw rol: partner")).toBeVisible();
    expect(await db.membership.count({ where: { partnershipId: partnership.id } })).toBe(2);

    // The confirmation of a partnership one is not a member of does not exist.
    const outsider = await db.partnership.create({ data: { name: `${owned.namePrefix} Ander`, region: "Elders" } });
    owned.partnershipIds.push(outsider.id);
    const res = await other.goto(`/nl/invite/accepted/${outsider.id}`);
    expect(res?.status()).toBe(404);
    await context.close();
  });

  test("a coordinator invited as coordinator is told what they can do and goes on to the partnership", async ({ page, db, owned }) => {
    const { partnership } = await coordinatorWithSession(db, owned);
    const second = newAccount(owned, "Kees Tweede");
    const user = await db.user.create({ data: { name: second.name, email: second.email, emailVerified: true } });
    await db.account.create({ data: { userId: user.id, accountId: user.id, providerId: "credential", password: await hashPassword(second.password) } });
    const token = randomBytes(24).toString("base64url");
    await db.invite.create({
      data: {
        partnershipId: partnership.id,
        role: "coordinator",
        tokenHash: createHash("sha256").update(token).digest("hex"),
        expiresAt: new Date(Date.now() + 86_400_000),
      },
    });
    await signIn(page, second);
    await expect(page.getByTestId("signed-in-user")).toBeVisible();
    await page.goto(`/en/invite/${token}`);
    await page.getByRole("button", { name: "Become a member" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("You are now a member");
    await expect(page.getByText(`You are now a member of ${partnership.name} (Achterhoek), as coordinator.`)).toBeVisible();
    await expect(page.getByRole("region", { name: "What you can do now" }).getByRole("listitem")).toHaveCount(3);
    await expectAccessible(page, "invite accepted, coordinator, en");
    await page.getByRole("link", { name: `To ${partnership.name}` }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(partnership.name);
  });

  test("participants' pages have a header without account and guide links; tap targets on a phone", async ({ page, browser, db, owned }) => {
    const { account, joinCode, session } = await coordinatorWithSession(db, owned);
    const context = await browser.newContext({ viewport: PHONE });
    const phone = await context.newPage();

    // Everyone else's pages have the full header.
    await phone.goto("/nl");
    expect(await headerLinks(phone)).toEqual(expect.arrayContaining(["Handleiding voor begeleiders", "Aanmelden", "English"]));
    await expectTapTargets(phone, "home on a phone");
    await phone.goto("/nl/sign-in");
    await expectTapTargets(phone, "sign in on a phone");

    // The join pages, the workbook and its steps: only the join link and the language.
    for (const path of ["/nl/join", `/nl/join/${joinCode}`]) {
      await phone.goto(path);
      expect(await headerLinks(phone), path).toEqual(["Meedoen met een sessie", "English"]);
      await expectAccessible(phone, `${path} on a phone`);
      await expectTapTargets(phone, `${path} on a phone`);
    }
    await phone.getByRole("radio", { name: /Professional/ }).check();
    await phone.getByRole("button", { name: "Begin met het werkboek" }).click();
    await expect(phone.getByRole("heading", { level: 1 })).toHaveText("Jouw werkboek");
    expect(await headerLinks(phone)).toEqual(["Meedoen met een sessie", "English"]);
    await expectAccessible(phone, "workbook on a phone");
    await expectTapTargets(phone, "workbook overview on a phone");
    await shoot(phone, "workbook-header");
    await phone.getByRole("main").getByRole("listitem").getByRole("link").nth(2).click();
    await expect(phone.locator("fieldset[data-item]").first()).toBeVisible();
    expect(await headerLinks(phone)).toEqual(["Meedoen met een sessie", "English"]);
    await expectTapTargets(phone, "act step on a phone");
    // In English too.
    await phone.getByRole("link", { name: "English" }).click();
    await expect(phone.getByRole("navigation", { name: "Main menu" }).getByRole("link")).toHaveText(["Join a session", "Nederlands"]);
    await context.close();

    // A signed-in coordinator on the workbook pages sees no account links either.
    await signIn(page, account);
    await expect(page.getByTestId("signed-in-user")).toBeVisible();
    await page.goto(`/nl/join/${joinCode}`);
    await expect(page.getByTestId("signed-in-user")).toHaveCount(0);
    expect(await headerLinks(page)).toEqual(["Meedoen met een sessie", "English"]);
    // … and back on their own pages, all of it.
    await page.goto(`/nl/sessions/${session.id}`);
    await expect(page.getByTestId("signed-in-user")).toBeVisible();
    expect(await headerLinks(page)).toEqual(expect.arrayContaining(["Handleiding voor begeleiders", "Afmelden"]));
    await page.setViewportSize(PHONE);
    await expectTapTargets(page, "session page on a phone");
    await page.goto(`/nl/partnerships/${session.partnershipId}`);
    await expectTapTargets(page, "partnership page on a phone");
  });

  test("the join page tells a signed-in member they join as a test participant (issue 13)", async ({ page, browser, db, owned }) => {
    const { account, joinCode, session } = await coordinatorWithSession(db, owned);

    // Signed out: no such note.
    const anonymousContext = await browser.newContext();
    const anonymous = await anonymousContext.newPage();
    await anonymous.goto(`/nl/join/${joinCode}`);
    await expect(anonymous.getByRole("button", { name: "Begin met het werkboek" })).toBeVisible();
    await expect(anonymous.getByTestId("test-participant-note")).toHaveCount(0);
    await anonymousContext.close();

    // Signed in as a member of the partnership: the note, in Dutch and English.
    await signIn(page, account);
    await expect(page.getByTestId("signed-in-user")).toBeVisible();
    await page.goto(`/nl/join/${joinCode}`);
    const note = page.getByRole("note", { name: "Je doet mee als testdeelnemer" });
    await expect(note).toContainText("je antwoorden tellen niet mee in de uitkomsten en ook niet voor de anonimiteitsdrempel");
    await expect(note).toContainText(`lid van ${owned.namePrefix} Kleine dingen`);
    await expectAccessible(page, "join as a test participant");
    await shoot(page, "join-test-participant");
    await page.goto(`/en/join/${joinCode}`);
    await expect(page.getByRole("note", { name: "You will join as a test participant" })).toContainText("your answers do not count in the results");

    // And so it is: the participant is marked as a test participant.
    await page.goto(`/nl/join/${joinCode}`);
    await page.getByRole("radio", { name: /Professional/ }).check();
    await page.getByRole("button", { name: "Begin met het werkboek" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Jouw werkboek");
    expect(await db.participant.findMany({ where: { sessionId: session.id }, select: { isTest: true } })).toEqual([{ isTest: true }]);

    // A signed-in account that is not a member gets no note (and would join as a real participant).
    const outsiderContext = await browser.newContext();
    const outsiderPage = await outsiderContext.newPage();
    const outsider = newAccount(owned, "Olle Buiten");
    const user = await db.user.create({ data: { name: outsider.name, email: outsider.email, emailVerified: true } });
    await db.account.create({ data: { userId: user.id, accountId: user.id, providerId: "credential", password: await hashPassword(outsider.password) } });
    await signIn(outsiderPage, outsider);
    await expect(outsiderPage.getByTestId("signed-in-user")).toBeVisible();
    await outsiderPage.goto(`/nl/join/${joinCode}`);
    await expect(outsiderPage.getByRole("button", { name: "Begin met het werkboek" })).toBeVisible();
    await expect(outsiderPage.getByTestId("test-participant-note")).toHaveCount(0);
    await outsiderContext.close();
  });
});
