/** The live result of the events stream (lib/data/live-results.ts): counts per role only within the anonymity threshold. */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { getLiveResultJson, type TLiveResult } from "@/lib/data/live-results";
import { createParticipant } from "@/lib/data/participants";
import { createTestPartnership } from "./support/partnership";

describe("getLiveResultJson", () => {
  it("sends per-role counts only for roles that reach the threshold; test participants never count", async () => {
    const { sessionId } = await createTestPartnership();
    const join = (role: string, n: number, isTest = false) =>
      Promise.all(Array.from({ length: n }, () => createParticipant(sessionId, { role }, { isTest })));
    await join("professional", 3);
    await join("administrator", 1);
    await join("funder", 2);
    // Two test participants would lift "administrator" to 3 if they counted.
    await join("administrator", 2, true);
    const session = await db.session.findUniqueOrThrow({ where: { id: sessionId } });
    const result = JSON.parse(await getLiveResultJson(session)) as TLiveResult;
    expect(result.participants).toBe(6);
    expect(result.roleCounts).toEqual({ professional: 3 });
    expect(result.otherRoles).toBe(3);
    expect(result.profile.anonymityThreshold).toBe(3);
  });
});
