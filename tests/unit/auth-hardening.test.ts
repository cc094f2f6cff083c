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
      const res = await post("/sign-in/email", { email: "nobody@test.werkboek.local", password: "wachtwoord" }, { from: "203.0.113.77", claim: `10.0.${i >> 8}.${i & 255}` });
      statuses.push(res.status);
    }
    expect(statuses.slice(0, -1).every((s) => s === 401)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    // Another address may still try.
    const other = await post("/sign-in/email", { email: "nobody@test.werkboek.local", password: "wachtwoord" }, { from: "203.0.113.78" });
    expect(other.status).toBe(401);
  }, 60_000);
});
