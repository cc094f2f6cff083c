import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/platform/db";
import { getWorkbook } from "@/lib/data/content";
import { LIMIT_RULES } from "@/lib/platform/rate-limit";
import nl from "@/messages/nl.json";
import { request } from "./support/request";
import { createTestPartnership } from "./support/partnership";

vi.mock("next/headers", async () => (await import("./support/request")).headersModule);
vi.mock("next-intl/server", async () => (await import("./support/request")).intlServerModule);
vi.mock("@/i18n/navigation", async () => (await import("./support/request")).navigationModule);
// The cookie is the participant's browser; not what is tested here.
vi.mock("@/lib/server/participant-cookie", () => ({ setParticipantCookie: async () => {} }));

const { joinSessionAction } = await import("@/app/[locale]/join/actions");

function joinForm(code: string) {
  const data = new FormData();
  data.append("code", code);
  data.append("role", getWorkbook().roles[0]!.id);
  return data;
}

/** A join from `socket` (npm start appended it), claiming another address each time. */
async function join(code: string, socket: string, i: number) {
  request.headers = new Headers({ host: "werkboek.test", origin: "http://werkboek.test", "x-forwarded-for": `10.2.0.${i % 250}, ${socket}` });
  try {
    return await joinSessionAction(null, joinForm(code));
  } catch (e) {
    // A successful join redirects to the workbook.
    if (e instanceof Error && e.message === "NEXT_REDIRECT") return { ok: true as const, redirected: true };
    throw e;
  }
}

async function codeOf(sessionId: string) {
  return (await db.session.findUniqueOrThrow({ where: { id: sessionId } })).joinCode;
}

describe("joining a session is limited (issue 13)", () => {
  it("per address: a room behind one network fits, a flood from one address does not", async () => {
    const { sessionId } = await createTestPartnership();
    const code = await codeOf(sessionId);
    await db.rateLimitCounter.upsert({
      where: { key: "joinPerAddress:198.51.100.60" },
      create: { key: "joinPerAddress:198.51.100.60", points: LIMIT_RULES.joinPerAddress.points - 1, expire: new Date(Date.now() + 600_000) },
      update: {},
    });
    expect(await join(code, "198.51.100.60", 1)).toMatchObject({ ok: true });
    const refused = await join(code, "198.51.100.60", 2);
    expect(refused).toMatchObject({ ok: false, message: nl.errors.tooManyAttempts });
    expect(await db.participant.count({ where: { sessionId } })).toBe(1);
    // Another address still joins.
    expect(await join(code, "198.51.100.61", 3)).toMatchObject({ ok: true });
  });

  it("per session, whichever addresses the joins come from", async () => {
    const { sessionId } = await createTestPartnership();
    const code = await codeOf(sessionId);
    await db.rateLimitCounter.create({
      data: { key: `joinPerSession:${sessionId}`, points: LIMIT_RULES.joinPerSession.points, expire: new Date(Date.now() + 600_000) },
    });
    expect(await join(code, "198.51.100.70", 1)).toMatchObject({ ok: false, message: nl.errors.tooManyAttempts });
    expect(await join(code, "198.51.100.71", 2)).toMatchObject({ ok: false, message: nl.errors.tooManyAttempts });
    expect(await db.participant.count({ where: { sessionId } })).toBe(0);
  });

  it("a wrong code at the join step counts as a guess", async () => {
    await join("QQQQQQ", "198.51.100.80", 1);
    expect((await db.rateLimitCounter.findUnique({ where: { key: "joinCode:198.51.100.80" } }))?.points).toBe(1);
  });
});
