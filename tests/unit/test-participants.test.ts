import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/platform/db";
import { getWorkbook } from "@/lib/data/content";
import { request } from "./support/request";
import { createTestPartnership } from "./support/partnership";

vi.mock("next/headers", async () => (await import("./support/request")).headersModule);
vi.mock("next-intl/server", async () => (await import("./support/request")).intlServerModule);
vi.mock("@/i18n/navigation", async () => (await import("./support/request")).navigationModule);
vi.mock("@/lib/server/participant-cookie", () => ({ setParticipantCookie: async () => {} }));
// The signed-in user of the request (null: nobody).
const signedIn: { user: { id: string; name: string; email: string } | null } = { user: null };
vi.mock("@/lib/server/access", () => ({ getCurrentUser: async () => signedIn.user }));

const { joinSessionAction } = await import("@/app/[locale]/join/actions");
const { getSessionOutcome } = await import("@/lib/data/results");
const { listParticipantsWithProgress } = await import("@/lib/data/participants");

async function join(code: string, i: number) {
  request.headers = new Headers({ host: "werkboek.test", origin: "http://werkboek.test", "x-forwarded-for": `198.51.100.${90 + i}` });
  const data = new FormData();
  data.append("code", code);
  data.append("role", getWorkbook().roles[i % getWorkbook().roles.length]!.id);
  try {
    return await joinSessionAction(null, data);
  } catch (e) {
    if (e instanceof Error && e.message === "NEXT_REDIRECT") return { ok: true as const };
    throw e;
  }
}

describe("the anonymity threshold cannot be padded (issue 13, finding 4)", () => {
  it("members who join their own session are test participants: listed for the coordinator, never in results or the threshold", async () => {
    const { coordinator, partner, outsider, sessionId } = await createTestPartnership();
    const session = await db.session.findUniqueOrThrow({ where: { id: sessionId } });
    // The coordinator and a partner pad the session while signed in; an outsider's account and a stranger count.
    signedIn.user = coordinator;
    expect(await join(session.joinCode, 1)).toMatchObject({ ok: true });
    signedIn.user = partner;
    expect(await join(session.joinCode, 2)).toMatchObject({ ok: true });
    signedIn.user = outsider;
    expect(await join(session.joinCode, 3)).toMatchObject({ ok: true });
    signedIn.user = null;
    expect(await join(session.joinCode, 4)).toMatchObject({ ok: true });

    const rows = await db.participant.findMany({ where: { sessionId }, orderBy: { createdAt: "asc" } });
    expect(rows.map((p) => p.isTest)).toEqual([true, true, false, false]);
    // Every participant answers the first statement.
    const statement = getWorkbook().acts[0]!.statements[0]!;
    for (const p of rows) {
      await db.answer.create({ data: { participantId: p.id, itemId: statement.id, dimension: "now", value: 6 } });
    }

    const outcome = await getSessionOutcome(sessionId, session.anonymityThreshold);
    expect(outcome.participants.map((p) => p.id)).toEqual([rows[2]!.id, rows[3]!.id]);
    // Two real respondents stay below the threshold of 3: their positions are withheld.
    expect(session.anonymityThreshold).toBe(3);
    expect(JSON.stringify(outcome.profile)).not.toContain(rows[0]!.id);
    const listed = await listParticipantsWithProgress(sessionId, "full");
    expect(listed.filter((p) => p.isTest)).toHaveLength(2);
  });
});
