import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { redirect } from "next/navigation";
import { ZEmail, ZNewPassword } from "@/lib/domain/auth-validation";
import { requiredText, ZId } from "@/lib/domain/validation";
import type { TActionResult } from "@/lib/server/action-result";
import nl from "@/messages/nl.json";
import { request } from "./support/request";
import { createTestPartnership } from "./support/partnership";

vi.mock("next/headers", async () => (await import("./support/request")).headersModule);
vi.mock("next-intl/server", async () => (await import("./support/request")).intlServerModule);
vi.mock("@/i18n/navigation", async () => (await import("./support/request")).navigationModule);
const signedIn = vi.hoisted(() => ({ user: null as { id: string; name: string; email: string } | null }));
vi.mock("@/lib/server/access", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/server/access")>()),
  getCurrentUser: async () => signedIn.user,
}));

const { formAction, memberOfSession, signedInAction } = await import("@/lib/server/action");

const ORIGIN = "http://werkboek.test";

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

beforeEach(() => {
  request.headers = new Headers({ host: "werkboek.test", origin: ORIGIN });
  signedIn.user = null;
});

afterEach(() => {
  vi.restoreAllMocks();
});

const ZSignUp = z.object({ name: requiredText(80), email: ZEmail, password: ZNewPassword });

describe("formAction: the request", () => {
  const run = vi.fn(async (): Promise<TActionResult> => ({ ok: true }));
  const action = formAction({ schema: ZSignUp }, run);
  const valid = { name: "Carla", email: "carla@example.org", password: "lang-genoeg" };

  beforeEach(() => {
    run.mockClear();
  });

  it("refuses a body that is not FormData with a clear message, not a 500", async () => {
    for (const body of [{ name: "Carla" }, "name=Carla", null, undefined]) {
      const result = await action(null, body as unknown as FormData);
      expect(result).toEqual({ ok: false, errors: {}, message: nl.errors.notAForm });
    }
    expect(run).not.toHaveBeenCalled();
  });

  it("refuses a request without an Origin header", async () => {
    request.headers.delete("origin");
    expect(await action(null, form(valid))).toEqual({ ok: false, errors: {}, message: nl.errors.foreignOrigin });
    request.headers.set("origin", "null");
    expect(await action(null, form(valid))).toEqual({ ok: false, errors: {}, message: nl.errors.foreignOrigin });
    expect(run).not.toHaveBeenCalled();
  });

  it("refuses a request from another origin", async () => {
    for (const origin of ["https://evil.example", "http://werkboek.test.evil.example", "http://werkboek.test:8080", "not a url"]) {
      request.headers.set("origin", origin);
      expect(await action(null, form(valid))).toEqual({ ok: false, errors: {}, message: nl.errors.foreignOrigin });
    }
    expect(run).not.toHaveBeenCalled();
  });

  it("accepts the host a proxy forwarded", async () => {
    request.headers = new Headers({ host: "127.0.0.1:3000", "x-forwarded-host": "werkboek.test", origin: ORIGIN });
    expect(await action(null, form(valid))).toEqual({ ok: true });
    expect(run).toHaveBeenCalledOnce();
  });
});

describe("formAction: the fields", () => {
  it("translates zod errors per field on the server, and keeps what was typed except the password", async () => {
    const run = vi.fn(async (): Promise<TActionResult> => ({ ok: true }));
    const action = formAction({ schema: ZSignUp }, run);
    const result = await action(null, form({ name: "", email: "geen-adres", password: "kort" }));
    expect(result).toEqual({
      ok: false,
      message: nl.errors.summary,
      errors: {
        name: nl.errors.required,
        email: nl.auth.errors.invalidEmail,
        password: nl.auth.errors.passwordTooShort,
      },
      values: { name: "", email: "geen-adres" },
    });
    expect(run).not.toHaveBeenCalled();
  });

  it("answers an invalid id as 'does not exist', not as a field error", async () => {
    const run = vi.fn(async (): Promise<TActionResult> => ({ ok: true }));
    const action = formAction({ schema: z.object({ sessionId: ZId, title: requiredText(10) }) }, run);
    for (const sessionId of ["", "../etc", "a".repeat(41), "x y"]) {
      const result = await action(null, form({ sessionId, title: "Ok" }));
      expect(result).toMatchObject({ ok: false, errors: {}, message: nl.errors.notFound });
    }
    // Also when other fields are wrong too.
    expect(await action(null, form({ sessionId: "../etc", title: "" }))).toMatchObject({ errors: {}, message: nl.errors.notFound });
    expect(run).not.toHaveBeenCalled();
  });

  it("gives the parsed input to the action: an empty field is not filled in, the first of repeated names counts", async () => {
    const run = vi.fn(async ({ input }: { input: unknown }): Promise<TActionResult> => {
      expect(input).toEqual({ sessionId: "cm1abc", note: undefined });
      return { ok: true, message: "klaar" };
    });
    const action = formAction({ schema: z.object({ sessionId: ZId, note: z.string().optional() }) }, run);
    const data = form({ sessionId: "cm1abc", note: "" });
    data.append("sessionId", "second");
    data.append("$ACTION_ID_abc", "");
    expect(await action(null, data)).toEqual({ ok: true, message: "klaar" });
    expect(run).toHaveBeenCalledOnce();
  });

  it("logs an unexpected error and answers with the generic message, keeping the values", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const boom = new Error("database is locked");
    const action = formAction({ schema: z.object({ title: requiredText(20) }) }, async () => {
      throw boom;
    });
    const result = await action(null, form({ title: "Sessie" }));
    expect(result).toEqual({ ok: false, errors: {}, message: nl.errors.unexpected, values: { title: "Sessie" } });
    expect(JSON.stringify(result)).not.toContain("locked");
    expect(error).toHaveBeenCalledWith(boom);
  });

  it("lets a redirect through to Next.js", async () => {
    const action = formAction({ schema: z.object({}) }, async () => redirect("/nl/elders"));
    await expect(action(null, form({}))).rejects.toMatchObject({ digest: expect.stringMatching(/^NEXT_REDIRECT;.*\/nl\/elders;/) });
  });

  it("adds the values to a failure the action returns", async () => {
    const action = formAction({ schema: z.object({ code: z.string() }) }, async () => ({ ok: false, errors: {}, message: "Onbekend" }));
    expect(await action(null, form({ code: "ABC", resetToken: "geheim" }))).toEqual({
      ok: false,
      errors: {},
      message: "Onbekend",
      values: { code: "ABC" },
    });
  });
});

describe("signedInAction: user and access", () => {
  const setup = createTestPartnership;

  const run = vi.fn(async ({ access, user }: { access: { role: string; session: { title: string } }; user: { id: string } }) => ({
    ok: true as const,
    message: `${user.id}:${access.role}:${access.session.title}`,
  }));
  const action = signedInAction(
    { schema: z.object({ sessionId: ZId, title: requiredText(20) }), access: memberOfSession("coordinator") },
    run,
  );

  beforeEach(() => {
    run.mockClear();
  });

  it("asks anonymous visitors to sign in first", async () => {
    const { sessionId } = await setup();
    expect(await action(null, form({ sessionId, title: "x" }))).toMatchObject({
      ok: false,
      errors: {},
      message: nl.auth.errors.signInRequired,
      values: { sessionId, title: "x" },
    });
    expect(run).not.toHaveBeenCalled();
  });

  it("answers a member without the role and an outsider as if the session did not exist", async () => {
    const { partner, outsider, sessionId } = await setup();
    for (const user of [partner, outsider]) {
      signedIn.user = user;
      expect(await action(null, form({ sessionId, title: "x" }))).toMatchObject({ ok: false, errors: {}, message: nl.errors.notFound });
      expect(await action(null, form({ sessionId: "doesnotexist", title: "x" }))).toMatchObject({ message: nl.errors.notFound });
    }
    expect(run).not.toHaveBeenCalled();
  });

  it("runs the action for the coordinator, with the session read by the access rule", async () => {
    const { coordinator, sessionId } = await setup();
    signedIn.user = coordinator;
    expect(await action(null, form({ sessionId, title: "x" }))).toEqual({ ok: true, message: `${coordinator.id}:coordinator:S` });
    expect(run).toHaveBeenCalledOnce();
  });

  it("uses its own answer for an invalid token", async () => {
    signedIn.user = { id: "u", name: "U", email: "u@example.org" };
    const unknown = signedInAction(
      { schema: z.object({ sessionId: ZId }), notFound: async () => ({ ok: false, errors: {}, message: "Onbekende link" }) },
      async () => ({ ok: true }),
    );
    expect(await unknown(null, form({ sessionId: "!" }))).toMatchObject({ ok: false, message: "Onbekende link" });
  });
});
