import { describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import {
  checkPartnershipAccess,
  checkSessionAccess,
  getMembershipRole,
  listMembers,
  listPartnershipsForUser,
  removeMembership,
  roleSatisfies,
  setMembership,
} from "@/lib/data/memberships";
import { createPartnership } from "@/lib/data/partnerships";
import { safeReturnPath } from "@/lib/domain/return-to";
import { createSession } from "@/lib/data/sessions";
import { createTestUser } from "./support/users";

async function setup() {
  const coordinator = await createTestUser("Coördinator");
  const partner = await createTestUser("Partner");
  const outsider = await createTestUser("Buitenstaander");
  const { id: partnershipId } = await createPartnership({ name: "Zorgregio", region: "Twente" }, coordinator.id);
  await setMembership(partner.id, partnershipId, "partner");
  const { id: sessionId } = await createSession(partnershipId, { title: "S", date: new Date("2026-01-01") });
  return { coordinator, partner, outsider, partnershipId, sessionId };
}

describe("roleSatisfies", () => {
  it("lets coordinators do what partners may, not the other way round", () => {
    expect(roleSatisfies("coordinator", "coordinator")).toBe(true);
    expect(roleSatisfies("coordinator", "partner")).toBe(true);
    expect(roleSatisfies("partner", "partner")).toBe(true);
    expect(roleSatisfies("partner", "coordinator")).toBe(false);
    expect(roleSatisfies(null, "partner")).toBe(false);
    expect(roleSatisfies(undefined, "coordinator")).toBe(false);
  });
});

describe("partnership access", () => {
  it("makes whoever creates a partnership its coordinator", async () => {
    const { coordinator, partnershipId } = await setup();
    expect(await getMembershipRole(coordinator.id, partnershipId)).toBe("coordinator");
  });

  it("gives the coordinator management and results", async () => {
    const { coordinator, partnershipId, sessionId } = await setup();
    for (const required of ["coordinator", "partner"] as const) {
      expect(await checkPartnershipAccess(coordinator.id, partnershipId, required)).toEqual({
        ok: true,
        role: "coordinator",
        partnershipId,
      });
      expect((await checkSessionAccess(coordinator.id, sessionId, required)).ok).toBe(true);
    }
  });

  it("gives a partner results but not management", async () => {
    const { partner, partnershipId, sessionId } = await setup();
    expect(await checkPartnershipAccess(partner.id, partnershipId, "partner")).toEqual({
      ok: true,
      role: "partner",
      partnershipId,
    });
    expect((await checkSessionAccess(partner.id, sessionId, "partner")).ok).toBe(true);
    expect(await checkPartnershipAccess(partner.id, partnershipId, "coordinator")).toEqual({ ok: false, reason: "notFound" });
    expect(await checkSessionAccess(partner.id, sessionId, "coordinator")).toEqual({ ok: false, reason: "notFound" });
  });

  it("answers an outsider as if the partnership did not exist", async () => {
    const { outsider, partnershipId, sessionId } = await setup();
    for (const required of ["coordinator", "partner"] as const) {
      expect(await checkPartnershipAccess(outsider.id, partnershipId, required)).toEqual({ ok: false, reason: "notFound" });
      expect(await checkSessionAccess(outsider.id, sessionId, required)).toEqual({ ok: false, reason: "notFound" });
    }
    // Same answer as for things that really do not exist.
    expect(await checkPartnershipAccess(outsider.id, "does-not-exist", "partner")).toEqual({ ok: false, reason: "notFound" });
    expect(await checkSessionAccess(outsider.id, "does-not-exist", "partner")).toEqual({ ok: false, reason: "notFound" });
  });

  it("asks anonymous visitors to sign in, whether or not it exists", async () => {
    const { partnershipId, sessionId } = await setup();
    expect(await checkPartnershipAccess(null, partnershipId, "partner")).toEqual({ ok: false, reason: "signIn" });
    expect(await checkSessionAccess(undefined, sessionId, "coordinator")).toEqual({ ok: false, reason: "signIn" });
    expect(await checkSessionAccess(null, "does-not-exist", "partner")).toEqual({ ok: false, reason: "signIn" });
  });

  it("lists only a user's own partnerships, with their role", async () => {
    const { coordinator, partner, outsider, partnershipId, sessionId } = await setup();
    const other = await createTestUser();
    await createPartnership({ name: "Ander verband", region: "Elders" }, other.id);

    const mine = await listPartnershipsForUser(partner.id);
    expect(mine.map((p) => [p.id, p.role])).toEqual([[partnershipId, "partner"]]);
    expect(mine[0]!.sessions.map((s) => s.id)).toEqual([sessionId]);
    expect((await listPartnershipsForUser(coordinator.id)).map((p) => p.role)).toEqual(["coordinator"]);
    expect(await listPartnershipsForUser(outsider.id)).toEqual([]);
    expect((await listMembers(partnershipId)).map((m) => [m.name, m.role])).toEqual([
      ["Coördinator", "coordinator"],
      ["Partner", "partner"],
    ]);
  });

  it("removes members but always keeps a coordinator", async () => {
    const { coordinator, partner, partnershipId } = await setup();
    expect(await removeMembership(partnershipId, coordinator.id)).toEqual({ status: "lastCoordinator" });
    expect(await removeMembership(partnershipId, partner.id)).toEqual({ status: "removed", name: "Partner" });
    expect(await removeMembership(partnershipId, partner.id)).toEqual({ status: "notFound" });
    expect(await checkPartnershipAccess(partner.id, partnershipId, "partner")).toEqual({ ok: false, reason: "notFound" });

    await setMembership(partner.id, partnershipId, "coordinator");
    expect((await removeMembership(partnershipId, coordinator.id)).status).toBe("removed");
    expect(await db.membership.count({ where: { partnershipId, role: "coordinator" } })).toBe(1);
  });
});

describe("safeReturnPath", () => {
  it.each(["/invite/abc_DEF-123", "/partnerships/cm1x2y3/sessions/new", "/"])("keeps %s", (path) => {
    expect(safeReturnPath(path)).toBe(path);
  });

  it.each([
    "https://evil.example/",
    "//evil.example",
    "/\\evil.example",
    "invite/abc",
    "/a?b=c",
    "/a/../b",
    "/x".repeat(200),
    "",
    null,
    42,
  ])("refuses %j", (value) => {
    expect(safeReturnPath(value)).toBeUndefined();
  });
});
