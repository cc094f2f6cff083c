import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createTranslator } from "next-intl";
import { afterAll, describe, expect, it, vi } from "vitest";
import nl from "@/messages/nl.json";
import { request } from "./support/request";

const outbox = fs.mkdtempSync(path.join(os.tmpdir(), "werkboek-auth-hardening-"));
afterAll(() => fs.rmSync(outbox, { recursive: true, force: true }));
process.env.MAIL_OUTBOX_DIR = outbox;

vi.mock("next/headers", async () => (await import("./support/request")).headersModule);
vi.mock("next-intl/server", () => ({
  getLocale: async () => "nl",
  getTranslations: async (arg?: string | { namespace?: string }) =>
    createTranslator({ locale: "nl", messages: nl, namespace: (typeof arg === "string" ? arg : arg?.namespace) as never }),
}));

const { db } = await import("@/lib/platform/db");
const { AUTH_ORIGIN, authForOrigin } = await import("@/lib/platform/auth");
const { POST } = await import("@/app/api/auth/[...all]/route");
const { LIMIT_RULES } = await import("@/lib/platform/rate-limit");

let socket = 0;
/** A POST to better-auth's own endpoint, as it reaches the route (npm start appended the socket address). */
function post(endpoint: string, body: unknown, { from = "203.0.113.10", claim = "", extra = {} as Record<string, string> } = {}) {
  const headers = {
    "content-type": "application/json",
    host: "localhost:3000",
    "x-forwarded-for": claim ? `${claim}, ${from}` : from,
    ...extra,
  };
  request.headers = new Headers(headers);
  return POST(new Request(`${AUTH_ORIGIN}/api/auth${endpoint}`, { method: "POST", headers, body: JSON.stringify(body) }));
}

function mailsTo(to: string): { to: string; subject: string; text: string; link?: string }[] {
  return fs
    .readdirSync(outbox)
    .filter((f) => f.endsWith(".json"))
    .map((f) => JSON.parse(fs.readFileSync(path.join(outbox, f), "utf8")))
    .filter((m) => m.to === to);
}

const email = (name: string) => `${name}-${++socket}@test.werkboek.local`;

describe("better-auth's own endpoints (issue 13)", () => {
  it("refuse a 20,000-character name, as the forms do (80)", async () => {
    const res = await post("/sign-up/email", { name: "x".repeat(20_000), email: email("long"), password: "wachtwoord-lang" });
    expect(res.status).toBe(400);
    expect(await db.user.count({ where: { name: { startsWith: "xxxx" } } })).toBe(0);
  });

  it("store a name without control and bidirectional control characters", async () => {
    const address = email("bidi");
    const res = await post("/sign-up/email", { name: "Ann\u202Eei\u0007\nJansen\u2066", email: address, password: "wachtwoord-bidi" });
    expect(res.status).toBe(200);
    expect((await db.user.findUnique({ where: { email: address } }))?.name).toBe("Annei Jansen");
  });

  it("answer sign-up the same whether or not the address has an account; the owner gets a note", async () => {
    const existing = email("owner");
    const first = await post("/sign-up/email", { name: "Owner", email: existing, password: "wachtwoord-een" });
    expect(first.status).toBe(200);
    const fresh = await post("/sign-up/email", { name: "Someone", email: email("fresh"), password: "wachtwoord-twee" });
    const again = await post("/sign-up/email", { name: "Someone", email: existing, password: "wachtwoord-twee" });
    expect(again.status).toBe(fresh.status);
    const [a, b] = [await fresh.json(), await again.json()];
    expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
    expect(Object.keys(b.user).sort()).toEqual(Object.keys(a.user).sort());
    expect(a.token).toBeNull();
    expect(b.token).toBeNull();
    // Nobody is signed in by sign-up itself: no session cookie either way.
    expect(fresh.headers.get("set-cookie") ?? "").not.toContain("session_token");
    expect(again.headers.get("set-cookie") ?? "").not.toContain("session_token");
    // The first sign-up got a link to finish; the second one a note to the owner, with the sign-in page.
    await vi.waitFor(() => expect(mailsTo(existing)).toHaveLength(2));
    const [verify, note] = mailsTo(existing).sort((x, y) => (x.subject === nl.auth.verifyMail.subject ? -1 : y.subject === nl.auth.verifyMail.subject ? 1 : 0));
    expect(verify?.subject).toBe(nl.auth.verifyMail.subject);
    expect(note?.subject).toBe(nl.auth.existingAccountMail.subject);
    expect(note?.link).toBe(`${AUTH_ORIGIN}/nl/sign-in`);
  });

  it("put BETTER_AUTH_URL's origin in reset links, never the request's X-Forwarded-Host", async () => {
    const owner = email("reset");
    await post("/sign-up/email", { name: "Reset", email: owner, password: "wachtwoord-reset" });
    const res = await post(
      "/request-password-reset",
      { email: owner, redirectTo: "/nl/reset-password" },
      { extra: { "x-forwarded-host": "evil.example", "x-forwarded-proto": "https", origin: AUTH_ORIGIN } },
    );
    expect(res.status).toBe(200);
    await vi.waitFor(() => expect(mailsTo(owner).some((m) => m.subject === nl.auth.resetMail.subject)).toBe(true));
    const reset = mailsTo(owner).find((m) => m.subject === nl.auth.resetMail.subject)!;
    expect(reset.link?.startsWith(`${AUTH_ORIGIN}/nl/reset-password?token=`)).toBe(true);
    expect(reset.text).not.toContain("evil.example");
  });

  it("trust only BETTER_AUTH_URL's origin (or the fixed one), never one taken from the request", async () => {
    // better-auth skips its origin check under NODE_ENV=test, so the configuration is checked here.
    request.headers = new Headers({ host: "evil.example", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" });
    const auth = authForOrigin("https://evil.example");
    const context = await auth.$context;
    expect(context.baseURL).toBe(`${AUTH_ORIGIN}/api/auth`);
    expect(context.options.trustedOrigins).toEqual([AUTH_ORIGIN]);
    expect(context.isTrustedOrigin("https://evil.example/x")).toBe(false);
    expect(context.isTrustedOrigin(`${AUTH_ORIGIN}/nl`)).toBe(true);
    expect(AUTH_ORIGIN).toBe("http://localhost:3000");
  });

  it("limit sign-in per trusted address, whatever X-Forwarded-For the client sends (finding 2)", async () => {
    const statuses: number[] = [];
    for (let i = 0; i <= LIMIT_RULES.signIn.points; i++) {
      // Another e-mail address each time, so that the per-e-mail limit (below) does not bite first.
      const res = await post("/sign-in/email", { email: `nobody-${i}@test.werkboek.local`, password: "wachtwoord" }, { from: "203.0.113.77", claim: `10.0.${i >> 8}.${i & 255}` });
      statuses.push(res.status);
    }
    expect(statuses.slice(0, -1).every((s) => s === 401)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    // Another address may still try.
    const other = await post("/sign-in/email", { email: "nobody@test.werkboek.local", password: "wachtwoord" }, { from: "203.0.113.78" });
    expect(other.status).toBe(401);
  }, 60_000);
});

describe("sign-in per e-mail address (issue 13, finding 2)", () => {
  /** A verified account with a password, made in the database (sign-up is covered above). */
  async function account() {
    const { hashPassword } = await import("better-auth/crypto");
    const address = email("per-email");
    const password = "wachtwoord-goed";
    const user = await db.user.create({ data: { name: "Per e-mail", email: address, emailVerified: true } });
    await db.account.create({ data: { userId: user.id, accountId: user.id, providerId: "credential", password: await hashPassword(password) } });
    return { address, password };
  }
  const addressNo = (i: number) => `198.51.100.${i}`;

  it("stops guessing one account's password from many addresses; other accounts may still sign in", async () => {
    const victim = await account();
    const statuses: number[] = [];
    // Each attempt from another socket address: the per-address limit never bites.
    for (let i = 0; i <= LIMIT_RULES.signInPerEmail.points; i++) {
      const res = await post("/sign-in/email", { email: victim.address, password: `fout-${i}` }, { from: addressNo(i + 1) });
      statuses.push(res.status);
    }
    expect(statuses.slice(0, -1).every((s) => s === 401)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    // The address is written another way: still the same account, still refused, even with the right password.
    const right = await post("/sign-in/email", { email: ` ${victim.address.toUpperCase()} `, password: victim.password }, { from: addressNo(200) });
    expect(right.status).toBe(429);
    expect(Number(right.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(right.headers.get("set-cookie") ?? "").not.toContain("session_token");
    // The counters hold no e-mail address, only its hash.
    const keys = (await db.rateLimitCounter.findMany({ select: { key: true } })).map((r) => r.key);
    expect(keys.some((k) => k.toLowerCase().includes(victim.address.split("@")[0]!))).toBe(false);
    // Another account, from the same address as the last refused attempt, is not affected.
    const other = await account();
    const fine = await post("/sign-in/email", { email: other.address, password: other.password }, { from: addressNo(200) });
    expect(fine.status).toBe(200);
  }, 60_000);

  it("counts only failures: signing in successfully again and again stays allowed", async () => {
    const owner = await account();
    for (let i = 0; i <= LIMIT_RULES.signInPerEmail.points; i++) {
      const res = await post("/sign-in/email", { email: owner.address, password: owner.password }, { from: addressNo(100 + i) });
      expect(res.status).toBe(200);
    }
  }, 60_000);

  it("the sign-in form says 'too many attempts' once the e-mail address is blocked", async () => {
    vi.doMock("@/i18n/navigation", async () => (await import("./support/request")).navigationModule);
    const { signInAction } = await import("@/app/[locale]/(account)/actions");
    const victim = await account();
    const attempt = async (i: number, password: string) => {
      request.headers = new Headers({ host: "localhost:3000", origin: "http://localhost:3000", "x-forwarded-for": addressNo(50 + i) });
      const form = new FormData();
      form.set("email", victim.address);
      form.set("password", password);
      return signInAction(null, form);
    };
    for (let i = 0; i < LIMIT_RULES.signInPerEmail.points; i++) {
      expect(await attempt(i, `fout-${i}`)).toMatchObject({ ok: false, message: nl.auth.errors.invalidCredentials });
    }
    expect(await attempt(99, victim.password)).toMatchObject({ ok: false, message: nl.auth.errors.tooManyAttempts });
  }, 60_000);
});
