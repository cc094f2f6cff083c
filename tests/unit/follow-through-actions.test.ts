import { beforeEach, describe, expect, it, vi } from "vitest";
import { createAgreement, ZAgreementInput } from "@/lib/data/agreements";
import { readWorkbook } from "@/lib/data/content";
import { findFeedByToken } from "@/lib/data/follow-through";
import { db } from "@/lib/platform/db";
import nl from "@/messages/nl.json";
import { request } from "./support/request";
import { createTestPartnership } from "./support/partnership";

vi.mock("next/headers", async () => (await import("./support/request")).headersModule);
vi.mock("next-intl/server", async () => (await import("./support/request")).intlServerModule);
vi.mock("@/i18n/navigation", async () => (await import("./support/request")).navigationModule);
vi.mock("next/cache", () => ({ refresh: () => {}, revalidatePath: () => {} }));
vi.mock("@/lib/platform/auth", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/platform/auth")>()),
  getPublicOrigin: async () => "http://werkboek.test",
}));
const signedIn = vi.hoisted(() => ({ user: null as { id: string; name: string; email: string } | null }));
vi.mock("@/lib/server/access", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/server/access")>()),
  getCurrentUser: async () => signedIn.user,
}));

const { setAgreementStatusAction } = await import("@/app/[locale]/sessions/[sessionId]/present/actions");
const { renewFeedTokenAction } = await import("@/app/[locale]/partnerships/[partnershipId]/actions");

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

const act = readWorkbook().acts[0]!.id;

beforeEach(() => {
  request.headers = new Headers({ host: "werkboek.test", origin: "http://werkboek.test" });
  signedIn.user = null;
});

describe("one-click status and the feed address, through the guarded action", () => {
  it("lets a coordinator set a status; a partner, an outsider or a bad status change nothing", async () => {
    const p = await createTestPartnership();
    const a = await createAgreement(p.sessionId, ZAgreementInput.parse({ actId: act, action: "Samen doen" }));
    const send = (status: string) => setAgreementStatusAction(null, form({ sessionId: p.sessionId, id: a.id, status }));
    const stored = async () => (await db.agreement.findUniqueOrThrow({ where: { id: a.id }, select: { status: true } })).status;

    for (const user of [p.partner, p.outsider]) {
      signedIn.user = user;
      expect((await send("done")).ok).toBe(false);
    }
    signedIn.user = p.coordinator;
    expect((await send("finished")).ok).toBe(false);
    expect(await stored()).toBe("open");
    expect(await send("done")).toEqual({ ok: true, message: nl.present.agreements.statusSaved });
    expect(await stored()).toBe("done");
  });

  it("shows the new feed address once to a coordinator, and never to a partner", async () => {
    const p = await createTestPartnership();
    signedIn.user = p.partner;
    expect((await renewFeedTokenAction(null, form({ partnershipId: p.partnershipId }))).ok).toBe(false);
    signedIn.user = p.coordinator;
    const result = await renewFeedTokenAction(null, form({ partnershipId: p.partnershipId }));
    expect(result.ok && result.share?.value).toMatch(/^http:\/\/werkboek\.test\/api\/calendar\/[A-Za-z0-9_-]+\.ics\?lang=nl$/);
    const token = result.ok ? result.share!.value.match(/calendar\/([^.]+)\.ics/)![1]! : "";
    expect((await findFeedByToken(token))?.partnership.id).toBe(p.partnershipId);
  });
});
