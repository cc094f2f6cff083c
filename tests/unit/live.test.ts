import { afterEach, describe, expect, it, vi } from "vitest";
import {
  countSubscribers,
  createChangeBatcher,
  publishSessionChange,
  subscribeSession,
  type TChangeBatch,
  type TSessionChange,
} from "@/lib/platform/live";

describe("live: publish and subscribe per session", () => {
  const stops: (() => void)[] = [];
  afterEach(() => {
    while (stops.length) stops.pop()!();
  });

  function listen(sessionId: string) {
    const got: TSessionChange[] = [];
    stops.push(subscribeSession(sessionId, (c) => got.push(c)));
    return got;
  }

  it("delivers a change to the subscribers of that session only", () => {
    const a1 = listen("session-a");
    const a2 = listen("session-a");
    const b = listen("session-b");
    publishSessionChange("session-a", "answer");
    expect(a1).toHaveLength(1);
    expect(a2).toHaveLength(1);
    expect(b).toHaveLength(0);
    expect(a1[0]).toMatchObject({ sessionId: "session-a", kind: "answer" });
    publishSessionChange("session-b", "participant");
    expect(a1).toHaveLength(1);
    expect(b).toEqual([expect.objectContaining({ sessionId: "session-b", kind: "participant" })]);
  });

  it("numbers changes in order and stamps them with a time", () => {
    const got = listen("session-seq");
    const before = Date.now();
    publishSessionChange("session-seq");
    publishSessionChange("session-seq", "agreement");
    expect(got.map((c) => c.kind)).toEqual(["answer", "agreement"]);
    expect(got[1]!.seq).toBeGreaterThan(got[0]!.seq);
    expect(got[0]!.at).toBeGreaterThanOrEqual(before);
  });

  it("stops delivering after unsubscribe, and forgets empty sessions", () => {
    const got: TSessionChange[] = [];
    const stop = subscribeSession("session-c", (c) => got.push(c));
    expect(countSubscribers("session-c")).toBe(1);
    publishSessionChange("session-c");
    stop();
    stop(); // twice is harmless
    publishSessionChange("session-c");
    expect(got).toHaveLength(1);
    expect(countSubscribers("session-c")).toBe(0);
  });

  it("the same listener subscribed twice is removed once per unsubscribe", () => {
    const listener = vi.fn();
    const stop1 = subscribeSession("session-d", listener);
    const stop2 = subscribeSession("session-d", listener);
    publishSessionChange("session-d");
    expect(listener).toHaveBeenCalledTimes(2);
    stop1();
    publishSessionChange("session-d");
    expect(listener).toHaveBeenCalledTimes(3);
    stop2();
    expect(countSubscribers("session-d")).toBe(0);
  });

  it("a failing listener neither throws into the publisher nor stops the others", () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    stops.push(subscribeSession("session-e", () => {
      throw new Error("boom");
    }));
    const got = listen("session-e");
    expect(() => publishSessionChange("session-e")).not.toThrow();
    expect(got).toHaveLength(1);
    expect(error).toHaveBeenCalled();
    error.mockRestore();
  });

  it("publishing without subscribers does nothing", () => {
    expect(() => publishSessionChange("nobody-listens")).not.toThrow();
    expect(countSubscribers("nobody-listens")).toBe(0);
  });
});

describe("live: coalescing bursts per connection", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  const change = (seq: number, kind: TSessionChange["kind"] = "answer"): TSessionChange => ({ sessionId: "s", kind, seq, at: 1000 + seq });

  it("sends the first change at once and gathers the rest of a burst into one message", () => {
    vi.useFakeTimers();
    const sent: TChangeBatch[] = [];
    const batcher = createChangeBatcher({ minIntervalMs: 100, send: (b) => sent.push(b) });
    batcher.push(change(1));
    expect(sent).toEqual([expect.objectContaining({ seq: 1, kinds: ["answer"] })]);
    batcher.push(change(2));
    batcher.push(change(3, "participant"));
    batcher.push(change(4));
    expect(sent).toHaveLength(1);
    vi.advanceTimersByTime(100);
    expect(sent).toHaveLength(2);
    expect(sent[1]).toMatchObject({ seq: 4, kinds: ["answer", "participant"], count: 3, since: 1002, at: 1004 });
    vi.advanceTimersByTime(1000);
    expect(sent).toHaveLength(2);
    // After a quiet period the next change goes out at once again.
    batcher.push(change(5));
    expect(sent).toHaveLength(3);
    batcher.dispose();
  });

  it("sends nothing after dispose", () => {
    vi.useFakeTimers();
    const send = vi.fn();
    const batcher = createChangeBatcher({ minIntervalMs: 100, send });
    batcher.push(change(1));
    batcher.push(change(2));
    batcher.dispose();
    vi.advanceTimersByTime(500);
    batcher.push(change(3));
    expect(send).toHaveBeenCalledTimes(1);
  });
});
