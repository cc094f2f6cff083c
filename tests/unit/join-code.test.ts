import { describe, expect, it, vi } from "vitest";
import { request } from "./support/request";
import { db } from "@/lib/platform/db";
import { LIMIT_RULES } from "@/lib/platform/rate-limit";

vi.mock("next/headers", async () => (await import("./support/request")).headersModule);

const { lookUpJoinCode } = await import("@/lib/server/join-code");

async function sessionWithCode(joinCode: string) {
  const partnership = await db.partnership.create({ data: { name: "P", region: "R" } });
  return db.session.create({ data: { partnershipId: partnership.id, title: "S", date: new Date(), joinCode } });
}

/** Requests from one socket address, each claiming another address in X-Forwarded-For. */
function fromSocket(socket: string, i: number) {
  request.headers = new Headers({ "x-forwarded-for": `10.1.${i >> 8}.${i & 255}, ${socket}` });
}

describe("join-code lookups (issue 13, finding 1)", () => {
  it("finds a session by its code", async () => {
    const session = await sessionWithCode("KJHG23");
    fromSocket("198.51.100.20", 0);
    const found = await lookUpJoinCode("KJHG23");
    expect(found.status).toBe("found");
    if (found.status === "found") expect(found.session.id).toBe(session.id);
  });

  it("refuses an address after the limit of wrong codes, whatever X-Forwarded-For it sends", async () => {
    const statuses: string[] = [];
    for (let i = 0; i < LIMIT_RULES.joinCode.points; i++) {
      fromSocket("198.51.100.21", i);
      statuses.push((await lookUpJoinCode(`ZZZ${String(i).padStart(3, "2")}`.slice(0, 6))).status);
    }
    expect(new Set(statuses)).toEqual(new Set(["unknown"]));
    fromSocket("198.51.100.21", 999);
    const refused = await lookUpJoinCode("ZZZZZZ");
    expect(refused.status).toBe("tooMany");
    // Once refused, a right code is refused too: the answer tells nothing more.
    await sessionWithCode("RTYU45");
    expect((await lookUpJoinCode("RTYU45")).status).toBe("tooMany");
    // Another address is not affected.
    fromSocket("198.51.100.22", 0);
    expect((await lookUpJoinCode("RTYU45")).status).toBe("found");
  });

  it("does not use up the budget with right codes (a room of partners behind one address)", async () => {
    await sessionWithCode("MNBV67");
    for (let i = 0; i < LIMIT_RULES.joinCode.points + 10; i++) {
      fromSocket("198.51.100.23", i);
      expect((await lookUpJoinCode("MNBV67")).status).toBe("found");
    }
  });

  it("counts input that is no code at all as a wrong code", async () => {
    fromSocket("198.51.100.24", 0);
    expect((await lookUpJoinCode(null)).status).toBe("unknown");
    const row = await db.rateLimitCounter.findUnique({ where: { key: "joinCode:198.51.100.24" } });
    expect(row?.points).toBe(1);
  });
});
