import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/platform/db";
import { getWorkbook } from "@/lib/data/content";
import { createParticipant } from "@/lib/data/participants";
import { saveAnswer } from "@/lib/data/answers";
import { createInvite } from "@/lib/data/invites";
import { liveBusReady, subscribeSession } from "@/lib/platform/live";
import {
  deleteParticipantAsCoordinator,
  deletePartnershipAsCoordinator,
  deleteSessionAsCoordinator,
  findParticipantForDeletion,
  findPartnershipForDeletion,
  findSessionForDeletion,
} from "@/lib/data/deletion";
import nl from "@/messages/nl.json";
import { request } from "./support/request";
import { createTestPartnership } from "./support/partnership";

vi.mock("next/headers", async () => (await import("./support/request")).headersModule);
vi.mock("next-intl/server", async () => (await import("./support/request")).intlServerModule);
vi.mock("@/i18n/navigation", async () => (await import("./support/request")).navigationModule);
const signedIn: { user: { id: string; name: string; email: string } | null } = { user: null };
vi.mock("@/lib/server/access", () => ({ getCurrentUser: async () => signedIn.user }));

const { deleteParticipantAction, deleteSessionAction } = await import("@/app/[locale]/sessions/[sessionId]/deletion-actions");
const { deletePartnershipAction } = await import("@/app/[locale]/partnerships/[partnershipId]/deletion-actions");

const workbook = getWorkbook();
const statement = workbook.acts[0]!.statements[0]!;

/** A partnership with a session of two participants (one a test participant), answers, an agreement and an invite. */
async function filledPartnership() {
  const base = await createTestPartnership();
  const a = await createParticipant(base.sessionId, { role: workbook.roles[0]!.id, displayName: "Anna" });
  const b = await createParticipant(base.sessionId, { role: workbook.roles[1]!.id }, { isTest: true });
  for (const p of [a, b]) {
    await saveAnswer(p.participant.id, { itemId: statement.id, dimension: "now", value: 3, text: null });
    await saveAnswer(p.participant.id, { itemId: statement.id, dimension: "desired", value: 5, text: null });
  }
  await db.agreement.create({ data: { sessionId: base.sessionId, actId: workbook.acts[0]!.id, action: "Afspraak" } });
  await createInvite({ partnershipId: base.partnershipId, role: "partner", createdById: base.coordinator.id });
  return { ...base, anna: a.participant, tester: b.participant };
}

async function submit(action: (prev: null, data: FormData) => Promise<unknown>, fields: Record<string, string>) {
  request.headers = new Headers({ host: "werkboek.test", origin: "http://werkboek.test" });
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.append(k, v);
  try {
    return await action(null, data);
  } catch (e) {
    if (e instanceof Error && e.message === "NEXT_REDIRECT") return { ok: true, redirected: true };
    throw e;
  }
}

describe("what a coordinator may delete, and the counts the confirmation shows (issue 14)", () => {
  it("counts a session's participants, test participants, answers and agreements, for coordinators only", async () => {
    const { coordinator, partner, outsider, sessionId } = await filledPartnership();
    const found = await findSessionForDeletion(coordinator.id, sessionId);
    expect(found?.counts).toEqual({ participants: 1, testParticipants: 1, answers: 4, agreements: 1, polarityEntries: 0 });
    expect(await findSessionForDeletion(partner.id, sessionId)).toBeNull();
    expect(await findSessionForDeletion(outsider.id, sessionId)).toBeNull();
  });

  it("counts a partnership's sessions, members and invitations too", async () => {
    const { coordinator, partner, partnershipId } = await filledPartnership();
    const found = await findPartnershipForDeletion(coordinator.id, partnershipId);
    expect(found?.counts).toEqual({
      sessions: 1,
      members: 2,
      invites: 1,
      participants: 1,
      testParticipants: 1,
      answers: 4,
      agreements: 1,
      polarityEntries: 0,
    });
    expect(await findPartnershipForDeletion(partner.id, partnershipId)).toBeNull();
  });

  it("deletes a participant with their answers; a partner or another session's id deletes nothing", async () => {
    const { coordinator, partner, sessionId, anna } = await filledPartnership();
    expect((await findParticipantForDeletion(coordinator.id, sessionId, anna.id))?._count.answers).toBe(2);
    expect(await deleteParticipantAsCoordinator(partner.id, sessionId, anna.id)).toBeNull();
    const other = await createTestPartnership();
    expect(await deleteParticipantAsCoordinator(coordinator.id, other.sessionId, anna.id)).toBeNull();
    expect(await db.participant.count({ where: { id: anna.id } })).toBe(1);

    expect(await deleteParticipantAsCoordinator(coordinator.id, sessionId, anna.id)).toEqual({ sessionId });
    expect(await db.participant.count({ where: { id: anna.id } })).toBe(0);
    expect(await db.answer.count({ where: { participantId: anna.id } })).toBe(0);
    expect(await db.answer.count({ where: { participant: { sessionId } } })).toBe(2);
  });

  it("deletes a session with everything in it, and a partnership with its members and invitations; accounts stay", async () => {
    const { coordinator, partner, partnershipId, sessionId } = await filledPartnership();
    expect(await deleteSessionAsCoordinator(partner.id, sessionId)).toBeNull();
    expect(await deleteSessionAsCoordinator(coordinator.id, sessionId)).toEqual({ partnershipId });
    expect(await db.session.count({ where: { id: sessionId } })).toBe(0);
    expect(await db.participant.count({ where: { sessionId } })).toBe(0);
    expect(await db.agreement.count({ where: { sessionId } })).toBe(0);

    expect(await deletePartnershipAsCoordinator(partner.id, partnershipId)).toBe(false);
    expect(await deletePartnershipAsCoordinator(coordinator.id, partnershipId)).toBe(true);
    expect(await db.partnership.count({ where: { id: partnershipId } })).toBe(0);
    expect(await db.membership.count({ where: { partnershipId } })).toBe(0);
    expect(await db.invite.count({ where: { partnershipId } })).toBe(0);
    expect(await db.user.count({ where: { id: { in: [coordinator.id, partner.id] } } })).toBe(2);
  });
});

describe("the delete actions (issue 14)", () => {
  it("only a coordinator: a partner gets 'does not exist' and nothing changes", async () => {
    const { partner, sessionId, partnershipId, anna } = await filledPartnership();
    signedIn.user = partner;
    for (const [action, fields] of [
      [deleteParticipantAction, { sessionId, participantId: anna.id }],
      [deleteSessionAction, { sessionId }],
      [deletePartnershipAction, { partnershipId }],
    ] as const) {
      expect(await submit(action, fields)).toMatchObject({ ok: false, message: nl.errors.notFound });
    }
    expect(await db.participant.count({ where: { sessionId } })).toBe(2);
    expect(await db.partnership.count({ where: { id: partnershipId } })).toBe(1);
    signedIn.user = null;
  });

  it("a coordinator deletes a participant: the live view hears it", async () => {
    const { coordinator, sessionId, anna } = await filledPartnership();
    signedIn.user = coordinator;
    const heard: string[] = [];
    const stop = subscribeSession(sessionId, (c) => heard.push(c.kind));
    // On PostgreSQL the change comes back through LISTEN/NOTIFY, a moment after the action.
    await liveBusReady();
    expect(await submit(deleteParticipantAction, { sessionId, participantId: anna.id })).toMatchObject({ ok: true });
    await expect.poll(() => heard).toEqual(["participant"]);
    stop();
    expect(await db.participant.count({ where: { id: anna.id } })).toBe(0);
    // Again: not found, nothing published.
    expect(await submit(deleteParticipantAction, { sessionId, participantId: anna.id })).toMatchObject({ ok: false });
    signedIn.user = null;
  });

  it("a coordinator deletes a session and then the partnership", async () => {
    const { coordinator, sessionId, partnershipId } = await filledPartnership();
    signedIn.user = coordinator;
    expect(await submit(deleteSessionAction, { sessionId })).toMatchObject({ ok: true });
    expect(await db.session.count({ where: { id: sessionId } })).toBe(0);
    expect(await submit(deletePartnershipAction, { partnershipId })).toMatchObject({ ok: true });
    expect(await db.partnership.count({ where: { id: partnershipId } })).toBe(0);
    signedIn.user = null;
  });
});
