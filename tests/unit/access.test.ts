import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/platform/db";
import {
  findPartnershipForMember,
  findSessionForMember,
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
import { createTestPartnership } from "./support/partnership";
import { createTestUser } from "./support/users";

// The page guards read the signed-in user through better-auth and the request: both stand in here.
const signedIn = vi.hoisted(() => ({ user: null as { id: string; name: string; email: string } | null }));
vi.mock("@/lib/platform/auth", () => ({
  getAuth: async () => ({ api: { getSession: async () => (signedIn.user ? { user: signedIn.user } : null) } }),
}));
vi.mock("next/headers", async () => (await import("./support/request")).headersModule);
vi.mock("next-intl/server", async () => (await import("./support/request")).intlServerModule);
vi.mock("@/i18n/navigation", async () => (await import("./support/request")).navigationModule);

const { findSessionForCurrentUser, requirePartnershipRole, requireSessionRole } = await import("@/lib/server/access");

/** What a guard threw: Next.js's redirect (with its target) or its 404. */
async function thrown(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (e) {
    return String((e as { digest?: string }).digest);
  }
  return "nothing thrown";
}

const setup = createTestPartnership;

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

  it("gives the coordinator management and results, with the row itself", async () => {
    const { coordinator, partnershipId, sessionId } = await setup();
    for (const required of ["coordinator", "partner"] as const) {
      const partnership = await findPartnershipForMember(coordinator.id, partnershipId, required);
      expect(partnership?.role).toBe("coordinator");
      expect(partnership?.partnership).toMatchObject({ id: partnershipId, name: "Zorgregio", region: "Twente" });
      expect(partnership?.partnership.sessions.map((s) => s.id)).toEqual([sessionId]);
      // The member's own membership is used for the rule, not handed on.
      expect(partnership?.partnership).not.toHaveProperty("memberships");

      const session = await findSessionForMember(coordinator.id, sessionId, required);
      expect(session?.role).toBe("coordinator");
      expect(session?.session).toMatchObject({ id: sessionId, title: "S", partnership: { id: partnershipId, name: "Zorgregio" } });
      expect(session?.session.partnership).not.toHaveProperty("memberships");
    }
  });

  it("gives a partner results but not management", async () => {
    const { partner, partnershipId, sessionId } = await setup();
    expect((await findPartnershipForMember(partner.id, partnershipId, "partner"))?.role).toBe("partner");
    expect((await findSessionForMember(partner.id, sessionId, "partner"))?.role).toBe("partner");
    expect(await findPartnershipForMember(partner.id, partnershipId, "coordinator")).toBeNull();
    expect(await findSessionForMember(partner.id, sessionId, "coordinator")).toBeNull();
  });

  it("answers an outsider as if the partnership did not exist", async () => {
    const { outsider, partnershipId, sessionId } = await setup();
    for (const required of ["coordinator", "partner"] as const) {
      expect(await findPartnershipForMember(outsider.id, partnershipId, required)).toBeNull();
      expect(await findSessionForMember(outsider.id, sessionId, required)).toBeNull();
    }
    // Same answer as for things that really do not exist.
    expect(await findPartnershipForMember(outsider.id, "does-not-exist", "partner")).toBeNull();
    expect(await findSessionForMember(outsider.id, "does-not-exist", "partner")).toBeNull();
  });

  it("does not let a membership of one partnership open another's sessions", async () => {
    const { coordinator, sessionId } = await setup();
    const other = await createTestUser();
    const { id: otherPartnership } = await createPartnership({ name: "Ander verband", region: "Elders" }, other.id);
    const { id: otherSession } = await createSession(otherPartnership, { title: "T", date: new Date("2026-02-01") });
    expect(await findSessionForMember(coordinator.id, otherSession, "partner")).toBeNull();
    expect(await findPartnershipForMember(coordinator.id, otherPartnership, "partner")).toBeNull();
    expect(await findSessionForMember(other.id, sessionId, "partner")).toBeNull();
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
    expect(await findPartnershipForMember(partner.id, partnershipId, "partner")).toBeNull();

    await setMembership(partner.id, partnershipId, "coordinator");
    expect((await removeMembership(partnershipId, coordinator.id)).status).toBe("removed");
    expect(await db.membership.count({ where: { partnershipId, role: "coordinator" } })).toBe(1);
  });
});

describe("page guards", () => {
  beforeEach(() => {
    signedIn.user = null;
  });

  it("return the row and the role to a member, in one guard", async () => {
    const { coordinator, partner, partnershipId, sessionId } = await setup();
    signedIn.user = coordinator;
    const managed = await requirePartnershipRole(partnershipId, "coordinator");
    expect(managed).toMatchObject({ user: { id: coordinator.id }, role: "coordinator", partnership: { id: partnershipId } });
    signedIn.user = partner;
    const seen = await requireSessionRole(sessionId, "partner");
    expect(seen).toMatchObject({ user: { id: partner.id }, role: "partner", session: { id: sessionId, title: "S" } });
    expect((await findSessionForCurrentUser(sessionId, "partner"))?.session.id).toBe(sessionId);
  });

  it("send anonymous visitors to sign in, and come back afterwards", async () => {
    const { partnershipId, sessionId } = await setup();
    expect(await thrown(requireSessionRole(sessionId, "partner", `/sessions/${sessionId}/results`))).toMatch(
      new RegExp(`^NEXT_REDIRECT;.*/nl/sign-in\\?next=%2Fsessions%2F${sessionId}%2Fresults;`),
    );
    // Whether or not it exists.
    expect(await thrown(requirePartnershipRole("does-not-exist", "partner"))).toMatch(/^NEXT_REDIRECT;.*\/nl\/sign-in;/);
    expect(await thrown(requirePartnershipRole(partnershipId, "partner"))).toMatch(/^NEXT_REDIRECT;.*\/nl\/sign-in;/);
    expect(await findSessionForCurrentUser(sessionId, "partner")).toBeNull();
  });

  it("answer members without the role and outsiders with a 404, as for what does not exist", async () => {
    const { partner, outsider, partnershipId, sessionId } = await setup();
    signedIn.user = partner;
    expect(await thrown(requirePartnershipRole(partnershipId, "coordinator"))).toMatch(/^NEXT_HTTP_ERROR_FALLBACK;404$/);
    expect(await thrown(requireSessionRole(sessionId, "coordinator"))).toMatch(/^NEXT_HTTP_ERROR_FALLBACK;404$/);
    signedIn.user = outsider;
    expect(await thrown(requireSessionRole(sessionId, "partner"))).toMatch(/^NEXT_HTTP_ERROR_FALLBACK;404$/);
    expect(await thrown(requireSessionRole("does-not-exist", "partner"))).toMatch(/^NEXT_HTTP_ERROR_FALLBACK;404$/);
    expect(await findSessionForCurrentUser(sessionId, "partner")).toBeNull();
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
