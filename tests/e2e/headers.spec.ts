import { createHash, randomBytes, randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import type { APIResponse, Page, Response } from "@playwright/test";
import { signIn } from "./accounts";
import { answerStatement, expect, test } from "./fixtures";

/**
 * Security headers on every kind of response (issue 13, finding 5), and the pages still
 * work under the Content-Security-Policy: no violation on the workbook and the presentation.
 */

const token = () => randomBytes(24).toString("base64url");
const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");

type THeaders = Record<string, string>;
type TDb = Parameters<Parameters<typeof test>[2]>[0]["db"];
type TOwned = Parameters<Parameters<typeof test>[2]>[0]["owned"];

/** A coordinator (made in the database: sign-up itself is covered elsewhere) of a new partnership with a session and one participant. */
async function coordinatorWithSession(db: TDb, owned: TOwned, name: string) {
  const email = `e2e-${randomUUID()}@test.werkboek.local`;
  owned.userEmails.push(email);
  const password = `wachtwoord-${randomUUID().slice(0, 8)}`;
  const user = await db.user.create({ data: { name, email, emailVerified: true } });
  await db.account.create({ data: { userId: user.id, accountId: user.id, providerId: "credential", password: await hashPassword(password) } });
  const partnership = await db.partnership.create({ data: { name: `${owned.namePrefix} ${name}`, region: "Regio" } });
  owned.partnershipIds.push(partnership.id);
  await db.membership.create({ data: { userId: user.id, partnershipId: partnership.id, role: "coordinator" } });
  // A code from the join-code alphabet (ACDEFGHJKMNPQRTUVWXY34679).
  const joinCode = `H${randomBytes(3).toString("hex").toUpperCase().replace(/[01258B]/g, "K").slice(0, 5)}`;
  const session = await db.session.create({ data: { partnershipId: partnership.id, title: name, date: new Date(), joinCode } });
  const resume = token();
  await db.participant.create({ data: { sessionId: session.id, role: "professional", resumeTokenHash: sha256(resume) } });
  return { account: { email, password }, partnership, session, joinCode, resume };
}


function expectSecurityHeaders(headers: THeaders, { what, referrer }: { what: string; referrer: "no-referrer" | "strict-origin-when-cross-origin" }) {
  const csp = headers["content-security-policy"] ?? "";
  expect(csp, `${what}: Content-Security-Policy`).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"], `${what}: nosniff`).toBe("nosniff");
  expect(headers["x-frame-options"], `${what}: X-Frame-Options`).toBe("DENY");
  expect(headers["referrer-policy"], `${what}: Referrer-Policy`).toBe(referrer);
  expect(headers["permissions-policy"], `${what}: Permissions-Policy`).toContain("camera=()");
  // The tests run over plain HTTP: no HSTS there.
  expect(headers["strict-transport-security"], `${what}: HSTS over http`).toBeUndefined();
  return csp;
}

/** A page's policy: scripts only with this response's nonce. */
function expectPagePolicy(csp: string, what: string) {
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
  expect(nonce, `${what}: a nonce`).toBeTruthy();
  expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(csp).toContain("object-src 'none'");
  return nonce!;
}

/** Collects CSP violations and script errors of a page (the listener runs before the page's own scripts). */
async function watchViolations(page: Page) {
  const problems: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) problems.push(`console: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return problems;
}

test.describe("security headers", () => {
  test("every kind of page and response carries them; token pages send no referrer", async ({ page, db, owned, request }) => {
    const { account, partnership, session, joinCode, resume } = await coordinatorWithSession(db, owned, "Koppen");
    const invite = token();
    await db.invite.create({
      data: { partnershipId: partnership.id, role: "partner", tokenHash: sha256(invite), expiresAt: new Date(Date.now() + 86_400_000) },
    });

    const pages: { path: string; what: string; referrer?: "no-referrer"; status?: number }[] = [
      { path: "/nl", what: "home" },
      { path: "/nl/join", what: "join" },
      { path: `/nl/join/${joinCode}`, what: "join with a code" },
      { path: "/nl/sign-in", what: "sign-in" },
      { path: `/nl/invite/${invite}`, what: "invite", referrer: "no-referrer" },
      { path: `/nl/resume/${resume}`, what: "resume (page)", referrer: "no-referrer" },
      { path: `/nl/reset-password?token=${token()}`, what: "reset password", referrer: "no-referrer" },
      { path: "/nl/bestaat-niet", what: "404", status: 404 },
    ];
    for (const p of pages) {
      const res = (await page.goto(p.path))!;
      expect(res.status(), p.what).toBe(p.status ?? 200);
      expectPagePolicy(expectSecurityHeaders(res.headers(), { what: p.what, referrer: p.referrer ?? "strict-origin-when-cross-origin" }), p.what);
    }

    // Two responses, two nonces.
    const [a, b] = [(await page.goto("/nl"))!, (await page.goto("/nl"))!];
    expect(/'nonce-([^']+)'/.exec(a.headers()["content-security-policy"]!)?.[1]).not.toBe(/'nonce-([^']+)'/.exec(b.headers()["content-security-policy"]!)?.[1]);

    // The resume link (a route handler outside the locales) and its redirect.
    const resumeRedirect: APIResponse = await request.get(`/resume/${resume}?locale=nl`, { maxRedirects: 0 });
    expect(resumeRedirect.status()).toBe(303);
    expectSecurityHeaders(resumeRedirect.headers(), { what: "resume link", referrer: "no-referrer" });

    // API routes: JSON answers get a policy that loads nothing.
    for (const [path, status] of [
      [`/api/sessions/${session.id}/events`, 401],
      ["/api/auth/get-session", 200],
    ] as const) {
      const res = await request.get(path);
      expect(res.status(), path).toBe(status);
      expect(expectSecurityHeaders(res.headers(), { what: path, referrer: "strict-origin-when-cross-origin" })).toContain("default-src 'none'");
    }
    const answers = await request.post("/api/answers", { data: "{}", headers: { "content-type": "application/json" } });
    expect(answers.status()).toBeGreaterThanOrEqual(400);
    expect(answers.status()).toBeLessThan(500);
    expectSecurityHeaders(answers.headers(), { what: "POST /api/answers", referrer: "strict-origin-when-cross-origin" });
    // The save path runs without the proxy (decision 032): the route sets the same headers,
    // also on a method it does not take; a path below it still goes through the proxy.
    expect(answers.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
    const wrongMethod = await request.get("/api/answers");
    expect(wrongMethod.status()).toBe(405);
    expect(wrongMethod.headers()["allow"]).toBe("POST");
    expectSecurityHeaders(wrongMethod.headers(), { what: "GET /api/answers", referrer: "strict-origin-when-cross-origin" });
    const below = await request.get("/api/answers/x");
    expect(below.status()).toBe(404);
    expectSecurityHeaders(below.headers(), { what: "GET /api/answers/x", referrer: "strict-origin-when-cross-origin" });

    // Signed in: the workbook's coordinator pages (results, presentation).
    await signIn(page, account);
    await expect(page.getByTestId("signed-in-user")).toBeVisible();
    for (const [path, what] of [
      [`/nl/partnerships/${partnership.id}`, "partnership"],
      [`/nl/sessions/${session.id}/results`, "results"],
      [`/nl/sessions/${session.id}/present`, "present"],
    ] as const) {
      const res: Response = (await page.goto(path))!;
      expect(res.status(), what).toBe(200);
      expectPagePolicy(expectSecurityHeaders(res.headers(), { what, referrer: "strict-origin-when-cross-origin" }), what);
    }
  });

  test("the workbook and the presentation work under the policy, without violations", async ({ page, browser, db, owned }) => {
    const problems = await watchViolations(page);
    const { account, session, resume } = await coordinatorWithSession(db, owned, "Presentator");

    // The presentation: its scripts run (slides move with the keyboard, the theme switches) and the live stream connects.
    await signIn(page, account);
    await expect(page.getByTestId("signed-in-user")).toBeVisible();
    await page.goto(`/nl/sessions/${session.id}/present`);
    await expect(page.locator('[data-live-state="connected"]').first()).toBeVisible();
    const before = page.url();
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => page.url()).not.toBe(before);
    // The theme (set from script, on the page's own styles) switches too.
    const pressed = await page.getByTestId("theme-toggle").getAttribute("aria-pressed");
    await page.getByTestId("theme-toggle").click();
    await expect(page.getByTestId("theme-toggle")).not.toHaveAttribute("aria-pressed", pressed ?? "");

    // The workbook, in the participant's own browser: an answer is saved through the page's scripts.
    const context = await browser.newContext();
    const phone = await context.newPage();
    const phoneProblems = await watchViolations(phone);
    await phone.goto(`/resume/${resume}?locale=nl`);
    // A browser that has not joined yet is asked first (issue 13).
    await phone.getByRole("button", { name: "Verder met de antwoorden van deze link" }).click();
    await expect(phone).toHaveURL(new RegExp(`/nl/workbook/${session.id}$`));
    await phone.getByRole("main").getByRole("listitem").getByRole("link").nth(2).click();
    await expect(phone.getByRole("heading", { name: "Waar staan jullie?" })).toBeVisible();
    await answerStatement(phone, 0, 2, 6);
    await expect(phone.locator('[data-save-state="saved"]')).toHaveCount(1);
    await context.close();

    expect(problems, "presentation").toEqual([]);
    expect(phoneProblems, "workbook").toEqual([]);
  });
});
