import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { countSubscribers, publishSessionChange } from "@/lib/platform/live";
import { LIMIT_RULES } from "@/lib/platform/rate-limit";

// The access checks are tested elsewhere; here: who may listen is decided by them.
const current = vi.hoisted(() => ({ userId: "user-1", removed: new Set<string>() }));
vi.mock("@/lib/server/access", () => ({
  getCurrentUser: async () => ({ id: current.userId, name: "U", email: "u@example.org" }),
}));
vi.mock("@/lib/data/memberships", () => ({
  findSessionForMember: async (userId: string, sessionId: string) =>
    sessionId.startsWith("member-") && !current.removed.has(`${userId}:${sessionId}`)
      ? { role: "partner", session: { id: sessionId } }
      : null,
}));

// The result payload is tested in live-results.test.ts; here: which one the stream sends.
const live = vi.hoisted(() => ({ result: '{"readAt":1}' }));
vi.mock("@/lib/data/live-results", () => ({ getLiveResultJson: async () => live.result }));

afterEach(() => {
  current.userId = "user-1";
  vi.useRealTimers();
});

const { GET } = await import("@/app/api/sessions/[sessionId]/events/route");

function open(sessionId: string, forwardedFor = "192.0.2.1") {
  const controller = new AbortController();
  const request = new NextRequest(`http://localhost/api/sessions/${sessionId}/events`, {
    signal: controller.signal,
    headers: { "x-forwarded-for": forwardedFor },
  });
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

  it("follows a change with the result, and sends a result it already sent only once", async () => {
    const { controller, response } = open("member-results");
    const reader = (await response).body!.getReader();
    await readUntil(reader, /event: ready/);
    live.result = '{"readAt":1}';
    publishSessionChange("member-results", "answer");
    expect(await readUntil(reader, /event: result\ndata: \{"readAt":1\}\n\n/)).toContain("event: change");
    // Two more changes within the same computation (the cache hands out the same result):
    // their change events come, the result does not come again.
    await new Promise((r) => setTimeout(r, 150));
    publishSessionChange("member-results", "answer");
    const second = await readUntil(reader, /event: change[\s\S]*\n\n/);
    expect(second).not.toContain("event: result");
    live.result = '{"readAt":2}';
    await new Promise((r) => setTimeout(r, 150));
    publishSessionChange("member-results", "answer");
    const third = await readUntil(reader, /event: result\ndata: \{"readAt":2\}\n\n/);
    expect(third.match(/event: result/g)).toHaveLength(1);
    controller.abort();
  });

  it("unsubscribes when the client cancels the stream", async () => {
    const res = await open("member-c").response;
    const reader = res.body!.getReader();
    await readUntil(reader, /event: ready/);
    expect(countSubscribers("member-c")).toBe(1);
    await reader.cancel();
    expect(countSubscribers("member-c")).toBe(0);
  });

  it("closes the stream of a member who is removed, before the next event (issue 13, finding 3)", async () => {
    current.userId = "user-removed";
    const res = await open("member-r").response;
    const reader = res.body!.getReader();
    await readUntil(reader, /event: ready/);
    current.removed.add("user-removed:member-r");
    publishSessionChange("member-r", "answer");
    const rest = await readUntil(reader, /event: change/);
    expect(rest).not.toContain("event: change");
    expect((await reader.read()).done).toBe(true);
    expect(countSubscribers("member-r")).toBe(0);
  });

  it("checks access again every 30 seconds while nothing happens", async () => {
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval", "setTimeout", "clearTimeout"] });
    current.userId = "user-idle";
    const res = await open("member-i").response;
    const reader = res.body!.getReader();
    await readUntil(reader, /event: ready/);
    await vi.advanceTimersByTimeAsync(31_000);
    expect(countSubscribers("member-i")).toBe(1);
    current.removed.add("user-idle:member-i");
    await vi.advanceTimersByTimeAsync(30_000);
    expect(countSubscribers("member-i")).toBe(0);
    vi.useRealTimers();
    const rest = await readUntil(reader, /event: change/);
    expect(rest).not.toContain("event: change");
  });

  it("limits how many streams one user keeps open at once, whatever address they claim", async () => {
    current.userId = "user-greedy";
    const opened = [];
    for (let i = 0; i < 10; i++) opened.push(open("member-g", `10.9.0.${i}`));
    const responses = await Promise.all(opened.map((o) => o.response));
    expect(responses.map((r) => r.status)).toEqual(Array(10).fill(200));
    const refused = await open("member-g", "10.9.1.1").response;
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBeTruthy();
    // Another user still gets a stream; one closed stream frees a slot.
    current.userId = "user-modest";
    const other = open("member-g");
    expect((await other.response).status).toBe(200);
    other.controller.abort();
    current.userId = "user-greedy";
    opened[0]!.controller.abort();
    const again = open("member-g");
    expect((await again.response).status).toBe(200);
    again.controller.abort();
    for (const o of opened) o.controller.abort();
  });

  it("limits how many streams one user opens in a while (counted in the database)", async () => {
    current.userId = "user-churn";
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT_RULES.liveStreamUser.points + 1; i++) {
      const o = open("member-c2", `10.8.${i >> 8}.${i & 255}`);
      const res = await o.response;
      statuses.push(res.status);
      o.controller.abort();
    }
    expect(statuses.slice(0, -1).every((s) => s === 200)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
  });
});
