import { describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { DEMO_ACCOUNT } from "@/lib/domain/demo";
import { removeDemoData } from "@/scripts/demo-data";
import { createTestUser } from "./support/users";

async function demoUser() {
  return db.user.create({ data: { name: DEMO_ACCOUNT.name, email: DEMO_ACCOUNT.email, emailVerified: true } });
}

async function partnershipOf(userIds: string[], name: string) {
  const p = await db.partnership.create({ data: { name, region: "R" } });
  for (const [i, userId] of userIds.entries()) {
    await db.membership.create({ data: { userId, partnershipId: p.id, role: i === 0 ? "coordinator" : "partner" } });
  }
  await db.session.create({ data: { partnershipId: p.id, title: "S", date: new Date(), joinCode: `D${name.slice(0, 5).toUpperCase().padEnd(5, "X")}` } });
  return p;
}

describe("npm run db:remove-demo (issue 13)", () => {
  it("refuses, changing nothing, while the demo account shares a partnership with real members", async () => {
    const demo = await demoUser();
    const real = await createTestUser("Echte partner");
    await partnershipOf([demo.id], "DEMOA");
    await partnershipOf([demo.id, real.id], "SHARED");
    expect(await removeDemoData(db)).toEqual({ ok: false, sharedPartnerships: ["SHARED"] });
    expect(await db.user.count({ where: { email: DEMO_ACCOUNT.email } })).toBe(1);
    expect(await db.partnership.count({ where: { name: { in: ["DEMOA", "SHARED"] } } })).toBe(2);
    // Once the real partnership no longer has the demo account, the rest goes.
    await db.membership.deleteMany({ where: { userId: demo.id, partnership: { name: "SHARED" } } });
    const result = await removeDemoData(db);
    expect(result).toEqual({ ok: true, removedUser: true, removedPartnerships: ["DEMOA"] });
    expect(await db.user.count({ where: { email: DEMO_ACCOUNT.email } })).toBe(0);
    expect(await db.partnership.count({ where: { name: "DEMOA" } })).toBe(0);
    expect(await db.session.count({ where: { partnership: { name: "DEMOA" } } })).toBe(0);
    expect(await db.partnership.count({ where: { name: "SHARED" } })).toBe(1);
    // Running it again is harmless.
    expect(await removeDemoData(db)).toEqual({ ok: true, removedUser: false, removedPartnerships: [] });
  });
});
