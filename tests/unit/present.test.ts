import fs from "node:fs";
import path from "node:path";
import { createTranslator } from "use-intl/core";
import { afterEach, describe, expect, it, vi } from "vitest";
import { selectPrompts } from "@/lib/domain/prompts";
import { createRefreshScheduler } from "@/components/present/refresh-scheduler";
import { formatClock, remainingAt } from "@/components/present/timer";
import type { TActProfile, TStats } from "@/lib/domain/scoring";

function messages(locale: "nl" | "en") {
  return JSON.parse(fs.readFileSync(path.resolve(__dirname, "../../messages", `${locale}.json`), "utf8"));
}

describe("refresh scheduler", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("debounces a burst into one refresh after the delay", () => {
    vi.useFakeTimers();
    const refresh = vi.fn();
    const s = createRefreshScheduler({ delayMs: 250, refresh });
    s.notify();
    s.notify();
    vi.advanceTimersByTime(200);
    s.notify();
    expect(refresh).not.toHaveBeenCalled();
    vi.advanceTimersByTime(50);
    expect(refresh).toHaveBeenCalledTimes(1);
    s.dispose();
  });

  it("keeps at most one refresh in flight and runs one more for changes meanwhile", () => {
    vi.useFakeTimers();
    const refresh = vi.fn();
    const s = createRefreshScheduler({ delayMs: 250, refresh });
    s.notify();
    vi.advanceTimersByTime(250);
    expect(s.inFlight).toBe(true);
    s.notify();
    s.notify();
    vi.advanceTimersByTime(1000);
    expect(refresh).toHaveBeenCalledTimes(1);
    s.done();
    vi.advanceTimersByTime(250);
    expect(refresh).toHaveBeenCalledTimes(2);
    s.done();
    vi.advanceTimersByTime(1000);
    expect(refresh).toHaveBeenCalledTimes(2);
    s.dispose();
  });

  it("does not stall when a completion is lost", () => {
    vi.useFakeTimers();
    const refresh = vi.fn();
    const s = createRefreshScheduler({ delayMs: 250, refresh, maxInFlightMs: 5000 });
    s.notify();
    vi.advanceTimersByTime(250);
    s.notify();
    vi.advanceTimersByTime(5000 + 250);
    expect(refresh).toHaveBeenCalledTimes(2);
    s.dispose();
  });

  it("does nothing after dispose", () => {
    vi.useFakeTimers();
    const refresh = vi.fn();
    const s = createRefreshScheduler({ delayMs: 250, refresh });
    s.notify();
    s.dispose();
    vi.advanceTimersByTime(1000);
    s.notify();
    vi.advanceTimersByTime(1000);
    expect(refresh).not.toHaveBeenCalled();
  });
});

describe("timer", () => {
  it("counts down while running and stands still while paused", () => {
    const running = { actId: "a", workFormId: "w", durationMs: 60_000, remainingMs: 60_000, startedAt: 1000 };
    expect(remainingAt(running, 31_000)).toBe(30_000);
    expect(remainingAt(running, 99_000)).toBe(0);
    expect(remainingAt({ ...running, startedAt: null, remainingMs: 12_345 }, 99_000)).toBe(12_345);
  });

  it.each([
    [20 * 60_000, "20:00"],
    [754_000, "12:34"],
    [59_001, "1:00"],
    [999, "0:01"],
    [0, "0:00"],
  ])("formats %d ms as %s", (ms, text) => {
    expect(formatClock(ms)).toBe(text);
  });
});

describe("questions for the conversation", () => {
  const stats = (median: number): TStats => ({ n: 5, median, mean: median, q1: median, q3: median, iqr: 0, sd: 0, min: median, max: median });
  const base: Pick<TActProfile, "hidden" | "signals" | "split" | "gap" | "now" | "desired"> = {
    hidden: false,
    signals: [],
    split: { now: false, desired: false },
    gap: null,
    now: stats(0),
    desired: stats(0),
  };
  const poles = { a: "Focus", b: "Breedte" };

  it.each(["nl", "en"] as const)("has a question for every situation in %s", (locale) => {
    const t = createTranslator({ locale, messages: messages(locale), namespace: "present.prompts" }) as unknown as (
      key: string,
      values?: Record<string, string>,
    ) => string;
    expect(selectPrompts({ ...base, hidden: true }, poles, t)).toHaveLength(1);
    expect(selectPrompts(base, poles, t)).toHaveLength(2);
    const towardsB = selectPrompts({ ...base, signals: ["change-wanted"], gap: stats(0.8) }, poles, t);
    expect(towardsB[0]).toContain("Breedte");
    const towardsA = selectPrompts({ ...base, signals: ["change-wanted"], gap: stats(-0.8) }, poles, t);
    expect(towardsA[0]).toContain("Focus");
  });

  it("names the direction of the wish, leads with a split, and hears every signal", () => {
    const t = (key: string, values?: Record<string, string>) => (values?.pole ? `${key}:${values.pole}` : key);
    expect(selectPrompts({ ...base, hidden: true }, poles, t)).toEqual(["tooFew"]);
    expect(selectPrompts(base, poles, t)).toEqual(["none.p1", "none.p2"]);
    const all = selectPrompts(
      {
        ...base,
        signals: ["change-wanted", "talk-about-it", "roles-differ"],
        split: { now: true, desired: false },
        gap: stats(0.7),
      },
      poles,
      t,
    );
    expect(all.slice(0, 3)).toEqual(["changeWanted.p1:Breedte", "split.p1", "rolesDiffer.p1"]);
    expect(all).toHaveLength(4);
    // No gap per participant: the direction comes from the medians.
    expect(selectPrompts({ ...base, signals: ["change-wanted"], now: stats(0.5), desired: stats(-0.5) }, poles, t)[0]).toBe(
      "changeWanted.p1:Focus",
    );
    expect(selectPrompts({ ...base, signals: ["balanced-as-wished"] }, poles, t)).toEqual(["balancedAsWished.p1", "balancedAsWished.p2"]);
  });
});
