/** The guessing limit on resume links (lib/server/resume-token.ts, LIMIT_RULES.resumeToken). */
import { NextRequest } from "next/server";
import { createTranslator } from "next-intl";
import { describe, expect, it, vi } from "vitest";
import nl from "@/messages/nl.json";
import { request } from "./support/request";
import { createTestPartnership } from "./support/partnership";
import { createParticipant } from "@/lib/data/participants";
import { db } from "@/lib/platform/db";
import { LIMIT_RULES } from "@/lib/platform/rate-limit";

vi.mock("next/headers", async () => (await import("./support/request")).headersModule);
vi.mock("next-intl/server", () => ({
  getLocale: async () => "nl",
  getTranslations: async (arg?: string | { namespace?: string }) =>
    createTranslator({ locale: "nl", messages: nl, namespace: (typeof arg === "string" ? arg : arg?.namespace) as never }),
}));

const { lookUpResumeToken } = await import("@/lib/server/resume-token");
const { GET: download } = await import("@/app/resume/[token]/download/route");

function from(address: string) {
  request.headers = new Headers({ "x-forwarded-for": address });
}

const miss = async () => null;

describe("resume-token lookups", () => {
  it("refuses an address after the limit of tokens that open nothing, right tokens too; other addresses go on", async () => {
    from("198.51.100.40");
    for (let i = 0; i < LIMIT_RULES.resumeToken.points; i++) expect((await lookUpResumeToken(miss)).status).toBe("unknown");
    const find = vi.fn(async () => "participant");
    const refused = await lookUpResumeToken(find);
    expect(refused).toMatchObject({ status: "tooMany" });
    if (refused.status === "tooMany") expect(refused.retryAfterSeconds).toBeGreaterThan(0);
    // Refused before the lookup: the answer tells nothing about the token.
    expect(find).not.toHaveBeenCalled();
    from("198.51.100.41");
    expect(await lookUpResumeToken(find)).toEqual({ status: "found", value: "participant" });
  });

  it("gives back a lookup that finds something, so participants behind one address never use the budget up", async () => {
    from("198.51.100.42");
    for (let i = 0; i < LIMIT_RULES.resumeToken.points + 10; i++) {
      expect((await lookUpResumeToken(async () => ({ i }))).status).toBe("found");
    }
    const row = await db.rateLimitCounter.findUnique({ where: { key: "resumeToken:198.51.100.42" } });
    expect(row?.points ?? 0).toBe(0);
  });

  it("the download of a participant's answers answers 429 with the translated message once the address is over the limit", async () => {
    const { sessionId } = await createTestPartnership();
    const { token } = await createParticipant(sessionId, { role: "professional" });
    const get = (t: string) =>
      download(new NextRequest(`http://localhost/resume/${t}/download?format=csv&locale=nl`), {
        params: Promise.resolve({ token: t }),
      } as Parameters<typeof download>[1]);
    from("198.51.100.43");
    expect((await get(token)).status).toBe(200);
    for (let i = 0; i < LIMIT_RULES.resumeToken.points; i++) expect((await get(`${"x".repeat(30)}${i}`)).status).toBe(404);
    const res = await get(token);
    expect(res.status).toBe(429);
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await res.text()).toBe(nl.errors.tooManyAttempts);
  });
});
