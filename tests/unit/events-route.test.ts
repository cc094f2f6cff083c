import { NextRequest } from "next/server";
import { describe, expect, it, vi } from "vitest";
import { countSubscribers, publishSessionChange } from "@/lib/platform/live";

// The access checks are tested elsewhere; here: who may listen is decided by them.
vi.mock("@/lib/server/access", () => ({
  getCurrentUser: async () => ({ id: "user-1", name: "U", email: "u@example.org" }),
}));
vi.mock("@/lib/data/memberships", () => ({
  findSessionForMember: async (_userId: string, sessionId: string) =>
    sessionId.startsWith("member-") ? { role: "partner", session: { id: sessionId } } : null,
}));

const { GET } = await import("@/app/api/sessions/[sessionId]/events/route");

function open(sessionId: string) {
  const controller = new AbortController();
  const request = new NextRequest(`http://localhost/api/sessions/${sessionId}/events`, { signal: controller.signal });
  const response = GET(request, { params: Promise.resolve({ sessionId }) } as Parameters<typeof GET>[1]);
  return { controller, response };
}

async function readUntil(reader: ReadableStreamDefaultReader<Uint8Array>, pattern: RegExp): Promise<string> {
  const decoder = new TextDecoder();
  let text = "";
  for (let i = 0; i < 20 && !pattern.test(text); i++) {
    const { value, done } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
  }
  return text;
}

describe("GET /api/sessions/[sessionId]/events", () => {
  it("refuses who is not a member of the session's partnership", async () => {
    const res = await open("other-session").response;
    expect(res.status).toBe(404);
  });

  it("streams a change event, without details, for every change of that session only", async () => {
    const { controller, response } = open("member-a");
    const res = await response;
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/event-stream/);
    expect(res.headers.get("cache-control")).toContain("no-transform");
    const reader = res.body!.getReader();
    expect(await readUntil(reader, /event: ready/)).toMatch(/retry: \d+/);
    expect(countSubscribers("member-a")).toBe(1);

    publishSessionChange("member-b", "answer");
    publishSessionChange("member-a", "participant");
    const text = await readUntil(reader, /event: change[\s\S]*\n\n/);
    const data = JSON.parse(/data: (.*)/.exec(text.slice(text.indexOf("event: change")))![1]!);
    expect(Object.keys(data).sort()).toEqual(["at", "count", "kinds", "seq", "since"]);
    expect(data).toMatchObject({ count: 1, kinds: ["participant"] });

    controller.abort();
    expect(countSubscribers("member-a")).toBe(0);
  });

  it("unsubscribes when the client cancels the stream", async () => {
    const res = await open("member-c").response;
    const reader = res.body!.getReader();
    await readUntil(reader, /event: ready/);
    expect(countSubscribers("member-c")).toBe(1);
    await reader.cancel();
    expect(countSubscribers("member-c")).toBe(0);
  });
});
