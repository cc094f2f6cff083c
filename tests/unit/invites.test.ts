import { describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { acceptInvite, createInvite, findInvite, INVITE_VALID_DAYS, listOpenInvites, revokeInvite } from "@/lib/data/invites";
import { getMembershipRole, setMembership } from "@/lib/data/memberships";
import { createPartnership } from "@/lib/data/partnerships";
import { hashToken } from "@/lib/platform/tokens";
import { createTestUser } from "./support/users";

const DAY = 24 * 60 * 60 * 1000;

async function setup() {
  const coordinator = await createTestUser("Coördinator");
  const { id: partnershipId } = await createPartnership({ name: "Zorgregio", region: "Twente" }, coordinator.id);
  return { coordinator, partnershipId };
}

describe("invitation tokens", () => {
  it("stores only the SHA-256 of the token, with an expiry date", async () => {
    const { coordinator, partnershipId } = await setup();
    const now = new Date("2026-11-01T12:00:00Z");
    const { token, expiresAt } = await createInvite({ partnershipId, role: "partner", createdById: coordinator.id, now });
    expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(expiresAt.getTime()).toBe(now.getTime() + INVITE_VALID_DAYS * DAY);
    const rows = await db.invite.findMany({ where: { partnershipId } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.tokenHash).toBe(hashToken(token));
    expect(rows[0]!.tokenHash).not.toContain(token);
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it("describes a valid invitation, and does not know made-up or malformed ones", async () => {
    const { partnershipId } = await setup();
    const { token } = await createInvite({ partnershipId, role: "coordinator" });
    expect(await findInvite(token)).toMatchObject({
      status: "valid",
      role: "coordinator",
      partnership: { id: partnershipId, name: "Zorgregio" },
    });
    expect(await findInvite("x".repeat(32))).toEqual({ status: "unknown" });
    expect(await findInvite("short")).toEqual({ status: "unknown" });
    expect(await findInvite("../../etc/passwd-and-more-characters")).toEqual({ status: "unknown" });
  });
});

describe("acceptInvite", () => {
  it("makes the user a member with the invited role, once", async () => {
    const { partnershipId } = await setup();
    const { token } = await createInvite({ partnershipId, role: "partner" });
    const first = await createTestUser("Eerste");
    const second = await createTestUser("Tweede");

    expect(await acceptInvite(token, first.id)).toEqual({ ok: true, partnershipId, role: "partner", alreadyMember: false });
    expect(await getMembershipRole(first.id, partnershipId)).toBe("partner");
    const invite = await db.invite.findUniqueOrThrow({ where: { tokenHash: hashToken(token) } });
    expect(invite.acceptedAt).not.toBeNull();
    expect(invite.acceptedById).toBe(first.id);

    // Single use: a second person cannot use the same link.
    expect(await acceptInvite(token, second.id)).toEqual({ ok: false, reason: "used" });
    expect(await getMembershipRole(second.id, partnershipId)).toBeNull();
    expect((await findInvite(token)).status).toBe("used");
    expect(await listOpenInvites(partnershipId)).toEqual([]);
  });

  it("refuses expired invitations and changes nothing", async () => {
    const { partnershipId } = await setup();
    const created = new Date("2026-01-01T00:00:00Z");
    const { token, expiresAt } = await createInvite({ partnershipId, role: "coordinator", now: created });
    const user = await createTestUser();

    const justBefore = new Date(expiresAt.getTime() - 1000);
    expect((await findInvite(token, justBefore)).status).toBe("valid");
    expect(await acceptInvite(token, user.id, expiresAt)).toEqual({ ok: false, reason: "expired" });
    expect(await acceptInvite(token, user.id, new Date(expiresAt.getTime() + DAY))).toEqual({ ok: false, reason: "expired" });
    expect((await findInvite(token, expiresAt)).status).toBe("expired");
    expect(await getMembershipRole(user.id, partnershipId)).toBeNull();
    expect((await db.invite.findUniqueOrThrow({ where: { tokenHash: hashToken(token) } })).acceptedAt).toBeNull();
  });

  it("refuses unknown tokens", async () => {
    const user = await createTestUser();
    expect(await acceptInvite("A".repeat(32), user.id)).toEqual({ ok: false, reason: "unknown" });
    expect(await acceptInvite("", user.id)).toEqual({ ok: false, reason: "unknown" });
  });

  it("leaves the link unused for someone who already has the role, and promotes a partner invited as coordinator", async () => {
    const { coordinator, partnershipId } = await setup();
    const partnerInvite = await createInvite({ partnershipId, role: "partner" });
    expect(await acceptInvite(partnerInvite.token, coordinator.id)).toEqual({
      ok: true,
      partnershipId,
      role: "coordinator",
      alreadyMember: true,
    });
    expect(await getMembershipRole(coordinator.id, partnershipId)).toBe("coordinator");
    expect((await findInvite(partnerInvite.token)).status).toBe("valid");

    const partner = await createTestUser("Partner");
    await setMembership(partner.id, partnershipId, "partner");
    const coordinatorInvite = await createInvite({ partnershipId, role: "coordinator" });
    expect(await acceptInvite(coordinatorInvite.token, partner.id)).toMatchObject({ ok: true, role: "coordinator", alreadyMember: false });
    expect(await getMembershipRole(partner.id, partnershipId)).toBe("coordinator");
    expect(await db.membership.count({ where: { partnershipId } })).toBe(2);
  });

  it("lets exactly one of two simultaneous acceptances win", async () => {
    const { partnershipId } = await setup();
    const { token } = await createInvite({ partnershipId, role: "partner" });
    const users = await Promise.all([createTestUser("A"), createTestUser("B"), createTestUser("C")]);
    const results = await Promise.all(users.map((u) => acceptInvite(token, u.id)));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.reason === "used")).toHaveLength(2);
    expect(await db.membership.count({ where: { partnershipId, role: "partner" } })).toBe(1);
  });

  it("can be revoked while open, only within its own partnership", async () => {
    const { partnershipId } = await setup();
    const other = await setup();
    await createInvite({ partnershipId, role: "partner" });
    const [open] = await listOpenInvites(partnershipId);
    expect(await revokeInvite(other.partnershipId, open!.id)).toBe(false);
    expect(await revokeInvite(partnershipId, open!.id)).toBe(true);
    expect(await listOpenInvites(partnershipId)).toEqual([]);
  });
});
