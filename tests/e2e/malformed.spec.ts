import fs from "node:fs";
import path from "node:path";
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import type { APIRequestContext, APIResponse } from "@playwright/test";
import { expect, test } from "./fixtures";

/**
 * Issue 13: a corpus of malformed requests against every route, page and server action of
 * the production build, answered without a 5xx and with nothing stored. The pages, routes
 * and actions are read from the build's own manifests, so a new one is covered without
 * changing this file.
 */

const distDir = path.resolve(process.env.NEXT_DIST_DIR || ".next");
const readManifest = <T>(name: string): T => JSON.parse(fs.readFileSync(path.join(distDir, "server", name), "utf8")) as T;

const token = () => randomBytes(24).toString("base64url");
const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");

type TDb = Parameters<Parameters<typeof test>[2]>[0]["db"];
type TOwned = Parameters<Parameters<typeof test>[2]>[0]["owned"];

/** Odd values for a path segment or a field: already percent-encoded for a URL. */
const ODD_SEGMENTS = {
  bad: "x",
  long: "a".repeat(2000),
  loneSurrogate: "%ED%A0%80",
  encodedSurrogate: "%uD800",
  nul: "%00",
  brokenPercent: "%E0%A4%A",
  lonePercent: "%",
  dotDot: "..%2F..%2Fetc",
  controls: "%07%1B%7F%E2%80%AE",
  emoji: "%F0%9F%98%80".repeat(50),
};

/** Text values for form fields and JSON bodies. */
const ODD_TEXT = ["", "\uD800", "a\u0000b", "x".repeat(100_000), "\u202Eevil", "<script>alert(1)</script>", "0", "-1", "1e309", "[]", "{}"];

/** A coordinator with a partnership, an open session, a participant with a resume link, and an open invitation. */
async function world(db: TDb, owned: TOwned) {
  const email = `e2e-${randomUUID()}@test.werkboek.local`;
  owned.userEmails.push(email);
  const password = `wachtwoord-${randomUUID().slice(0, 8)}`;
  const user = await db.user.create({ data: { name: "Misvormd", email, emailVerified: true } });
  await db.account.create({ data: { userId: user.id, accountId: user.id, providerId: "credential", password: await hashPassword(password) } });
  const partnership = await db.partnership.create({ data: { name: `${owned.namePrefix} Misvormd`, region: "Regio" } });
  owned.partnershipIds.push(partnership.id);
  await db.membership.create({ data: { userId: user.id, partnershipId: partnership.id, role: "coordinator" } });
  const joinCode = `M${randomBytes(3).toString("hex").toUpperCase().replace(/[01258B]/g, "K").slice(0, 5)}`;
  const session = await db.session.create({ data: { partnershipId: partnership.id, title: "Misvormd", date: new Date(), joinCode } });
  const resume = token();
  const participant = await db.participant.create({ data: { sessionId: session.id, role: "professional", resumeTokenHash: sha256(resume) } });
  const invite = token();
  await db.invite.create({
    data: { partnershipId: partnership.id, role: "partner", tokenHash: sha256(invite), expiresAt: new Date(Date.now() + 86_400_000) },
  });
  return { user, email, password, partnership, session, joinCode, resume, participant, invite };
}
type TWorld = Awaited<ReturnType<typeof world>>;

/** Everything a request could have stored for this world (scoped to it, so other tests running at once do not count). */
async function snapshot(db: TDb, w: TWorld, owned: TOwned) {
  const [partnerships, sessions, memberships, invites, participants, answers, agreements, users, signIns, session] = await Promise.all([
    db.partnership.count({ where: { name: { startsWith: owned.namePrefix } } }),
    db.session.count({ where: { partnershipId: w.partnership.id } }),
    db.membership.findMany({ where: { partnershipId: w.partnership.id }, select: { userId: true, role: true }, orderBy: { userId: "asc" } }),
    db.invite.findMany({ where: { partnershipId: w.partnership.id }, select: { id: true, acceptedAt: true }, orderBy: { id: "asc" } }),
    db.participant.count({ where: { sessionId: w.session.id } }),
    db.answer.count({ where: { participant: { sessionId: w.session.id } } }),
    db.agreement.count({ where: { sessionId: w.session.id } }),
    db.user.count({ where: { email: { startsWith: "malformed-" } } }),
    db.authSession.count({ where: { userId: w.user.id } }),
    db.session.findUniqueOrThrow({ where: { id: w.session.id }, select: { status: true, title: true, anonymityThreshold: true, workbookLength: true, purgedAt: true } }),
  ]);
  return { partnerships, sessions, memberships, invites, participants, answers, agreements, users, signIns, session };
}

/** The path of a page or route of the build, with each dynamic segment filled in. */
function fillRoute(route: string, w: TWorld, odd?: string): string {
  return route
    .split("/")
    .filter((s) => !/^\(.+\)$/.test(s))
    .map((segment) => {
      if (segment === "[locale]") return "nl";
      const name = /^\[(?:\.\.\.)?(.+)\]$/.exec(segment)?.[1];
      if (!name) return segment;
      if (odd !== undefined) return odd;
      if (name === "sessionId") return w.session.id;
      if (name === "partnershipId") return w.partnership.id;
      if (name === "code") return w.joinCode;
      if (name === "step") return "act-1";
      if (name === "token") return route.includes("invite") ? w.invite : w.resume;
      return "x";
    })
    .join("/");
}

/** Page and route paths of the build (app-paths-manifest: "/[locale]/join/[code]/page" → "/[locale]/join/[code]"). */
function appRoutes(): { pages: string[]; handlers: string[] } {
  const keys = Object.keys(readManifest<Record<string, string>>("app-paths-manifest.json"));
  const clean = (k: string) => k.replace(/\/(page|route)$/, "") || "/";
  const pages = keys.filter((k) => k.endsWith("/page") && k.startsWith("/[locale]")).map(clean);
  const handlers = keys.filter((k) => k.endsWith("/route") && !k.startsWith("/_") && !/\.(ico|svg|png|txt|xml)\/route$/.test(k)).map(clean);
  return { pages, handlers };
}

type TActionEntry = { id: string; route: string; name: string };

/** Every server action of the build with a page that serves it (server-reference-manifest.json). */
function serverActions(): TActionEntry[] {
  const manifest = readManifest<{ node: Record<string, { workers: Record<string, unknown>; exportedName?: string; filename?: string }> }>(
    "server-reference-manifest.json",
  );
  return Object.entries(manifest.node).flatMap(([id, entry]) => {
    const worker = Object.keys(entry.workers).find((w) => w.startsWith("app/[locale]") && w.endsWith("/page"));
    if (!worker) return [];
    const route = `/${worker.replace(/^app\//, "").replace(/\/page$/, "")}`;
    return [{ id, route, name: `${entry.filename ?? "?"}#${entry.exportedName ?? id.slice(0, 8)}` }];
  });
}

/** Collects every answer that is a server error, with what was sent. */
function serverErrors() {
  const found: string[] = [];
  return {
    found,
    async check(what: string, response: Promise<APIResponse>) {
      let res: APIResponse;
      try {
        res = await response;
      } catch (e) {
        // The server closing the connection on an oversized body is a refusal, not an error page.
        if (/ECONNRESET|EPIPE|socket hang up/i.test(String(e))) return;
        throw e;
      }
      if (res.status() >= 500) found.push(`${res.status()} ${what}: ${(await res.text()).slice(0, 200).replace(/\s+/g, " ")}`);
    },
  };
}

const ONE_MB_AND_A_BIT = 1024 * 1024 + 4096;

/** The malformed bodies of a server action request, each with the headers it goes with. */
function actionBodies(id: string, origin: string, fields: Record<string, string>) {
  const action = { "Next-Action": id, Accept: "text/x-component" };
  const form = (entries: [string, string | { name: string; mimeType: string; buffer: Buffer }][]) => {
    const multipart: Record<string, string | { name: string; mimeType: string; buffer: Buffer }> = {};
    for (const [k, v] of entries) multipart[k] = v;
    return multipart;
  };
  const fileFor = (name: string) => ({ name: `${name}.bin`, mimeType: "application/octet-stream", buffer: Buffer.from([0xff, 0xfe, 0x00, 0x41]) });
  return [
    { what: "text body", headers: { ...action, Origin: origin, "Content-Type": "text/plain;charset=UTF-8" }, data: "not a form at all" },
    { what: "JSON object", headers: { ...action, Origin: origin, "Content-Type": "application/json" }, data: JSON.stringify({ ...fields, extra: [1, 2] }) },
    { what: "JSON array of args", headers: { ...action, Origin: origin, "Content-Type": "text/plain;charset=UTF-8" }, data: JSON.stringify([null, fields]) },
    { what: "Flight reference to nothing", headers: { ...action, Origin: origin, "Content-Type": "text/plain;charset=UTF-8" }, data: '["$K1","$@9","$Q2"]' },
    { what: "empty body", headers: { ...action, Origin: origin }, data: "" },
    { what: "empty multipart", headers: { ...action, Origin: origin, "Content-Type": "multipart/form-data; boundary=x" }, data: "--x--\r\n" },
    { what: "broken multipart", headers: { ...action, Origin: origin, "Content-Type": "multipart/form-data; boundary=x" }, data: "--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nno end" },
    { what: "urlencoded with lone surrogate", headers: { ...action, Origin: origin, "Content-Type": "application/x-www-form-urlencoded" }, data: "name=%ED%A0%80&code=%00&sessionId=%FF" },
    { what: "over 1 MB urlencoded", headers: { ...action, Origin: origin, "Content-Type": "application/x-www-form-urlencoded" }, data: `name=${"x".repeat(ONE_MB_AND_A_BIT)}` },
    { what: "over 1 MB multipart", headers: { ...action, Origin: origin }, multipart: form([["name", "x".repeat(ONE_MB_AND_A_BIT)]]) },
    { what: "over 1 MB text", headers: { ...action, Origin: origin, "Content-Type": "text/plain;charset=UTF-8" }, data: JSON.stringify(["x".repeat(ONE_MB_AND_A_BIT)]) },
    { what: "files where text belongs", headers: { ...action, Origin: origin }, multipart: form(Object.keys(fields).map((k) => [k, fileFor(k)])) },
    ...ODD_TEXT.map((value, i) => ({
      what: `odd text ${i}`,
      headers: { ...action, Origin: origin },
      multipart: form(Object.keys(fields).map((k) => [k, k.endsWith("Id") || k === "token" || k === "code" ? `${value}\u0000` : value])),
    })),
    { what: "missing Origin", headers: { ...action }, multipart: form(Object.entries(fields)) },
    { what: "foreign Origin", headers: { ...action, Origin: "https://evil.example" }, multipart: form(Object.entries(fields)) },
    { what: "unknown action id", headers: { ...action, "Next-Action": "00".repeat(21), Origin: origin }, multipart: form(Object.entries(fields)) },
  ] as { what: string; headers: Record<string, string>; data?: string; multipart?: ReturnType<typeof form> }[];
}

/**
 * Field values that would be accepted by the actions if the request itself were: the real
 * ids of this world, plausible texts. Sent only with a missing or foreign Origin (which must
 * be refused) and as the names of odd-valued fields.
 */
function plausibleFields(w: TWorld): Record<string, string> {
  return {
    sessionId: w.session.id,
    partnershipId: w.partnership.id,
    userId: w.user.id,
    participantId: w.participant.id,
    token: w.invite,
    code: w.joinCode,
    role: "partner",
    name: "malformed-naam",
    email: `malformed-${randomUUID()}@test.werkboek.local`,
    password: "wachtwoord-misvormd",
    region: "Regio",
    title: "Misvormde sessie",
    date: "2026-12-01",
    organisation: "Organisatie",
    displayName: "Naam",
    text: "Een afspraak",
    act: "act-1",
    actId: "act-1",
    status: "closed",
    confirm: "1",
  };
}

async function post(request: APIRequestContext, url: string, body: ReturnType<typeof actionBodies>[number]) {
  return request.post(url, {
    headers: body.headers,
    ...(body.multipart ? { multipart: body.multipart } : { data: body.data ?? "" }),
    maxRedirects: 0,
    failOnStatusCode: false,
    timeout: 30_000,
  });
}

test.describe("malformed requests (issue 13)", () => {
  test.describe.configure({ timeout: 300_000 });

  test("every server action refuses bodies that are not its form, too large or from elsewhere: no 5xx, nothing stored", async ({
    playwright,
    db,
    owned,
    baseURL,
  }) => {
    const w = await world(db, owned);
    const actions = serverActions();
    // The build has the app's actions (sign-in, join, partnerships, sessions, present, resume, invite …).
    expect(actions.length).toBeGreaterThanOrEqual(10);
    const origin = new URL(baseURL!).origin;
    const errors = serverErrors();
    const before = await snapshot(db, w, owned);

    // Anonymous, and signed in as the coordinator (the session cookie from the sign-in endpoint).
    const anonymous = await playwright.request.newContext({ baseURL });
    const member = await playwright.request.newContext({ baseURL });
    const signIn = await member.post("/api/auth/sign-in/email", { data: { email: w.email, password: w.password }, headers: { Origin: origin } });
    expect(signIn.status()).toBe(200);
    const signInsBefore = await db.authSession.count({ where: { userId: w.user.id } });

    for (const action of actions) {
      const url = fillRoute(action.route, w);
      for (const body of actionBodies(action.id, origin, plausibleFields(w))) {
        await errors.check(`anonymous ${action.name} ${body.what} → ${url}`, post(anonymous, url, body));
        // Signed in: only bodies that are refused before the fields are read (a well-formed sign-out would sign out).
        if (!/^(odd text|files where)/.test(body.what)) await errors.check(`member ${action.name} ${body.what} → ${url}`, post(member, url, body));
      }
    }
    await anonymous.dispose();
    await member.dispose();

    expect(errors.found, "server errors").toEqual([]);
    const after = await snapshot(db, w, owned);
    expect({ ...after, signIns: before.signIns }).toEqual(before);
    // The one sign-in above is the only session; nothing signed the coordinator out or in again.
    expect(after.signIns).toBe(signInsBefore);
  });

  test("every page answers odd path segments and query values without a 5xx", async ({ request, db, owned }) => {
    const w = await world(db, owned);
    const { pages } = appRoutes();
    expect(pages.length).toBeGreaterThanOrEqual(15);
    const errors = serverErrors();
    const before = await snapshot(db, w, owned);
    const get = (url: string) => request.get(url, { maxRedirects: 0, failOnStatusCode: false, timeout: 30_000 });

    for (const page of pages) {
      // The page itself, with good values, and with odd ones in every dynamic segment.
      await errors.check(`GET ${page}`, get(fillRoute(page, w)));
      if (page.includes("[", 2)) {
        for (const [kind, odd] of Object.entries(ODD_SEGMENTS)) {
          const url = fillRoute(page, w, odd).replace(/^\/nl/, "/nl");
          // The locale keeps its place; only the page's own segments are odd.
          await errors.check(`GET ${page} ${kind}`, get(url.replace(/^\/[^/]+/, "/nl")));
        }
      }
      // Odd query values (return paths, tokens, flags).
      for (const odd of ["%00", "%ED%A0%80", "%", "a".repeat(2000), "https%3A%2F%2Fevil.example", "%2F%2Fevil.example"]) {
        await errors.check(`GET ${page} ?${odd.slice(0, 20)}`, get(`${fillRoute(page, w)}?next=${odd}&token=${odd}&reset=${odd}&code=${odd}`));
      }
    }
    // Wrong locales and paths outside the app.
    for (const url of ["/xx", "/xx/join", "/NL/join", "/nl-NL", "/%ED%A0%80/join", "/%00", "/nl/%00", `/nl/${"a".repeat(2000)}`, "/nl/join/%", "/nl/..%2F..%2Fetc%2Fpasswd"]) {
      await errors.check(`GET ${url}`, get(url));
    }
    expect(errors.found, "server errors").toEqual([]);
    expect(await snapshot(db, w, owned)).toEqual(before);
  });

  test("the API routes and the resume link refuse malformed requests: no 5xx, nothing stored", async ({ request, playwright, db, owned, baseURL }) => {
    const w = await world(db, owned);
    const origin = new URL(baseURL!).origin;
    const errors = serverErrors();
    const before = await snapshot(db, w, owned);
    const { handlers } = appRoutes();
    // Every route handler of the build: the API and the resume link at least.
    expect(handlers).toEqual(expect.arrayContaining(["/api/answers", "/api/sessions/[sessionId]/events", "/api/auth/[...all]", "/resume/[token]"]));
    const send = (method: string, url: string, options: Parameters<APIRequestContext["fetch"]>[1] = {}) =>
      request.fetch(url, { method, maxRedirects: 0, failOnStatusCode: false, timeout: 30_000, ...options });

    // Every route handler with odd segments and every method.
    for (const handler of handlers) {
      for (const odd of [undefined, ...Object.values(ODD_SEGMENTS)]) {
        const url = fillRoute(handler, w, odd);
        for (const method of ["GET", "POST", "PUT", "DELETE", "PATCH"]) {
          // A live stream that opens stays open: only its first bytes matter here.
          if (method === "GET" && handler.endsWith("/events") && odd === undefined) continue;
          await errors.check(`${method} ${handler} ${odd?.slice(0, 12) ?? "good"}`, send(method, url, { headers: { Origin: origin } }));
        }
      }
    }

    // The answers endpoint as a participant of the session (their cookie), with bodies of every wrong kind.
    const participant = await playwright.request.newContext({
      baseURL,
      storageState: {
        cookies: [{ name: `wb_p_${w.session.id}`, value: w.resume, domain: new URL(baseURL!).hostname, path: "/", expires: -1, httpOnly: true, secure: false, sameSite: "Lax" }],
        origins: [],
      },
    });
    const answerBodies: [string, string, string][] = [
      ["text/plain", "hello", "text"],
      ["application/json", "", "empty"],
      ["application/json", "{", "broken JSON"],
      ["application/json", "null", "null"],
      ["application/json", "[]", "array"],
      ["application/json", JSON.stringify({ sessionId: w.session.id }), "no item"],
      ["application/json", JSON.stringify({ sessionId: w.session.id, itemId: { $ne: 1 }, now: "7", desired: [1] }), "wrong types"],
      ["application/json", JSON.stringify({ sessionId: w.session.id, itemId: "x".repeat(10_000), now: 4 }), "long item id"],
      ["application/json", JSON.stringify({ sessionId: w.session.id, itemId: "act-1", now: 1e309, desired: -1 }), "out of range"],
      ["application/json", `{"sessionId":"${w.session.id}","itemId":"act-1-open","text":"\\ud800"}`, "lone surrogate"],
      ["application/json", JSON.stringify({ sessionId: w.session.id, itemId: "act-1-open", text: "x".repeat(2 * 1024 * 1024) }), "over 1 MB"],
      ["application/json", JSON.stringify({ sessionId: "%00", itemId: "act-1", now: 3 }), "bad session id"],
      ["application/json", JSON.stringify({ sessionId: w.session.id, __proto__: { polluted: true }, constructor: { prototype: {} } }), "prototype keys"],
    ];
    for (const [contentType, data, what] of answerBodies) {
      for (const client of [request, participant]) {
        await errors.check(`POST /api/answers ${what}`, client.post("/api/answers", { headers: { "Content-Type": contentType, Origin: origin }, data, failOnStatusCode: false }));
      }
    }
    await participant.dispose();

    // better-auth's endpoints with bodies of the wrong kind.
    const authBodies: [string, string, string][] = [
      ["/sign-in/email", "text/plain", "email=a&password=b"],
      ["/sign-in/email", "application/json", "{"],
      ["/sign-in/email", "application/json", JSON.stringify({ email: 42, password: ["x"] })],
      ["/sign-in/email", "application/json", JSON.stringify({ email: "\uD800@x.nl", password: "\u0000".repeat(10) })],
      ["/sign-in/email", "application/json", JSON.stringify({ email: `${"a".repeat(100_000)}@x.nl`, password: "x" })],
      ["/sign-up/email", "application/json", JSON.stringify({ name: ["malformed-"], email: `malformed-${randomUUID()}@x.nl`, password: "wachtwoord-lang" })],
      ["/sign-up/email", "application/json", JSON.stringify({ name: "malformed-\uD800", email: `malformed-${randomUUID()}`, password: "kort" })],
      ["/sign-up/email", "application/json", JSON.stringify({ name: "malformed-x", email: `malformed-${randomUUID()}@test.werkboek.local`, password: "x".repeat(2 * 1024 * 1024) })],
      ["/sign-up/email", "multipart/form-data; boundary=x", "--x--"],
      ["/request-password-reset", "application/json", JSON.stringify({ email: { a: 1 }, redirectTo: "https://evil.example" })],
      ["/reset-password", "application/json", JSON.stringify({ token: "%00", newPassword: 5 })],
      ["/verify-email", "application/json", "{}"],
      ["/update-user", "application/json", JSON.stringify({ name: "x".repeat(20_000) })],
      ["/no-such-endpoint", "application/json", "{}"],
      ["/sign-out", "text/plain", ""],
    ];
    for (const [endpoint, contentType, data] of authBodies) {
      await errors.check(`POST /api/auth${endpoint}`, send("POST", `/api/auth${endpoint}`, { headers: { "Content-Type": contentType, Origin: origin }, data }));
      await errors.check(`POST /api/auth${endpoint} without Origin`, send("POST", `/api/auth${endpoint}`, { headers: { "Content-Type": contentType }, data }));
    }
    for (const query of ["token=%00", "token=%ED%A0%80", `token=${"a".repeat(5000)}`, "token=x&callbackURL=https%3A%2F%2Fevil.example", "callbackURL=%00"]) {
      await errors.check(`GET /api/auth/verify-email?${query.slice(0, 20)}`, send("GET", `/api/auth/verify-email?${query}`));
      await errors.check(`GET /api/auth/reset-password?${query.slice(0, 20)}`, send("GET", `/api/auth/reset-password/${query.replace(/=/g, "")}`));
    }
    // The live stream of a session with odd ids and of someone else's session, signed out.
    for (const odd of Object.values(ODD_SEGMENTS)) {
      await errors.check(`GET events ${odd.slice(0, 12)}`, send("GET", `/api/sessions/${odd}/events`));
    }
    // The resume link with odd tokens (never a 5xx, and never a participant cookie for a wrong one).
    for (const odd of Object.values(ODD_SEGMENTS)) {
      const res = send("GET", `/resume/${odd}`);
      await errors.check(`GET /resume/${odd.slice(0, 12)}`, res);
      expect((await res).headers()["set-cookie"] ?? "").not.toContain("wb_p_");
    }

    expect(errors.found, "server errors").toEqual([]);
    expect(await snapshot(db, w, owned)).toEqual(before);
  });
});
