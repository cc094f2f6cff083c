import fs from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { expect, type Page } from "@playwright/test";

/** Helpers for coordinator and partner accounts in e2e tests (the pages are in Dutch). */
export type TAccount = { name: string; email: string; password: string };

/** A fresh account for this test; registered in `owned` so the fixture deletes it afterwards. */
export function newAccount(owned: { userEmails: string[] }, name: string): TAccount {
  const email = `e2e-${randomUUID()}@test.werkboek.local`;
  owned.userEmails.push(email);
  return { name, email, password: `wachtwoord-${randomUUID().slice(0, 8)}` };
}

/**
 * Fills in and sends the sign-up form on the current page (or opens it first), then opens
 * the link from the e-mail, which signs the new account in and shows the welcome; its
 * onward link goes to the return path (or, without one, to the home page).
 */
export async function signUp(page: Page, account: TAccount, { open = true } = {}) {
  if (open) await page.goto("/nl/sign-up");
  const before = readMails(account.email).length;
  await page.getByLabel("Naam").fill(account.name);
  await page.getByLabel("E-mailadres").fill(account.email);
  await page.getByLabel("Wachtwoord").fill(account.password);
  await page.getByRole("button", { name: "Account aanmaken" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText(`we hebben een e-mail gestuurd naar ${account.email}`);
  await page.goto(await latestMailLink(account.email, before));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Welkom, ${account.name}`);
  await expect(page.getByTestId("signed-in-user")).toHaveText(`Aangemeld als ${account.name}`);
  await page.getByTestId("welcome-onward").click();
  await expect(page).not.toHaveURL(/\/welcome/);
}

export async function signIn(page: Page, account: Pick<TAccount, "email" | "password">, { open = true } = {}) {
  if (open) await page.goto("/nl/sign-in");
  await page.getByLabel("E-mailadres").fill(account.email);
  await page.getByLabel("Wachtwoord").fill(account.password);
  await page.getByRole("button", { name: "Aanmelden" }).click();
}

export async function signOut(page: Page) {
  await page.getByRole("link", { name: "Afmelden" }).click();
  await page.getByRole("button", { name: "Afmelden" }).click();
  await expect(page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Aanmelden" })).toBeVisible();
}

type TMail = { to: string; subject: string; text: string; link?: string; sentAt: string };

/** E-mails sent to `to`, oldest first, from the outbox that scripts/test-e2e.mjs sets up. */
export function readMails(to: string): TMail[] {
  const dir = process.env.MAIL_OUTBOX_DIR;
  if (!dir) throw new Error("MAIL_OUTBOX_DIR is not set: run the e2e tests through `npm run test:e2e`.");
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")) as TMail)
    .filter((m) => m.to === to);
}

/** Waits for the newest e-mail to `to` and returns its link. */
export async function latestMailLink(to: string, previousCount = 0): Promise<string> {
  await expect.poll(() => readMails(to).length).toBeGreaterThan(previousCount);
  const mail = readMails(to).at(-1)!;
  expect(mail.link).toBeTruthy();
  expect(mail.text).toContain(mail.link!);
  return mail.link!;
}
