import fs from "node:fs";
import path from "node:path";
import { createTranslator } from "use-intl/core";
import { afterEach, describe, expect, it, vi } from "vitest";
import { selectPrompts } from "@/lib/domain/prompts";
import { actState, deckReducer, INITIAL_DECK_STATE, revealKeyOf, timerFor, type TDeckAction, type TDeckState } from "@/components/present/deck-state";
import { createRefreshScheduler } from "@/components/present/refresh-scheduler";
import { formatClock, remainingAt } from "@/components/present/timer";
import { hashFor, readHash } from "@/components/present/use-hash-slide";
import { keyCommand, type TKeyPress } from "@/components/present/use-keyboard-navigation";
import { isDark, toggledTheme } from "@/components/present/use-theme";
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

describe("deck state", () => {
  const run = (...actions: TDeckAction[]): TDeckState => actions.reduce(deckReducer, INITIAL_DECK_STATE);

  it("knows which slides hide their results", () => {
    expect(revealKeyOf({ kind: "act", act: { id: "focus-breedte" } })).toBe("focus-breedte");
    expect(revealKeyOf({ kind: "overview" })).toBe("overview");
    for (const kind of ["start", "discuss", "agreements"]) expect(revealKeyOf({ kind })).toBeNull();
  });

  it("reveals and hides per act, and leaves the other acts alone", () => {
    expect(actState(INITIAL_DECK_STATE, "a")).toEqual({ revealed: false, workFormId: null, panelOpen: false });
    const s = run({ type: "toggleReveal", key: "a" }, { type: "toggleReveal", key: "overview" });
    expect(actState(s, "a").revealed).toBe(true);
    expect(actState(s, "overview").revealed).toBe(true);
    expect(actState(s, "b").revealed).toBe(false);
    expect(actState(deckReducer(s, { type: "toggleReveal", key: "a" }), "a").revealed).toBe(false);
  });

  it("keeps the chosen work form and the open panel per act", () => {
    const s = run({ type: "chooseWorkForm", actId: "a", workFormId: "fishbowl" }, { type: "togglePanel", actId: "a" }, { type: "toggleReveal", key: "a" });
    expect(actState(s, "a")).toEqual({ revealed: true, workFormId: "fishbowl", panelOpen: true });
    expect(actState(s, "b")).toEqual({ revealed: false, workFormId: null, panelOpen: false });
    expect(actState(deckReducer(s, { type: "togglePanel", actId: "a" }), "a").panelOpen).toBe(false);
  });

  it("runs one timer: start, pause, resume, reset; another act's start replaces it", () => {
    const start = (now: number, actId = "a"): TDeckAction => ({ type: "startTimer", actId, workFormId: "w", durationMs: 60_000, now });
    const running = run(start(1000));
    expect(running.timer).toEqual({ actId: "a", workFormId: "w", durationMs: 60_000, remainingMs: 60_000, startedAt: 1000 });
    const paused = deckReducer(running, { type: "pauseTimer", now: 21_000 });
    expect(paused.timer).toEqual({ actId: "a", workFormId: "w", durationMs: 60_000, remainingMs: 40_000, startedAt: null });
    // Pausing a paused timer changes nothing.
    expect(deckReducer(paused, { type: "pauseTimer", now: 99_000 })).toBe(paused);
    const resumed = deckReducer(paused, start(50_000));
    expect(resumed.timer).toMatchObject({ remainingMs: 40_000, startedAt: 50_000 });
    expect(timerFor(resumed.timer, "a", "w")).toBe(resumed.timer);
    expect(timerFor(resumed.timer, "b", "w")).toBeNull();
    expect(timerFor(resumed.timer, "a", "other")).toBeNull();
    const other = deckReducer(resumed, start(60_000, "b"));
    expect(other.timer).toEqual({ actId: "b", workFormId: "w", durationMs: 60_000, remainingMs: 60_000, startedAt: 60_000 });
    expect(deckReducer(other, { type: "resetTimer" }).timer).toBeNull();
  });

  it("remembers the act whose agreement was asked for until the form has taken it", () => {
    const s = run({ type: "recordAgreement", actId: "a" });
    expect(s.agreementFor).toBe("a");
    expect(deckReducer(s, { type: "clearAgreementFor" }).agreementFor).toBeNull();
    expect(deckReducer(INITIAL_DECK_STATE, { type: "clearAgreementFor" })).toBe(INITIAL_DECK_STATE);
  });
});

describe("slide and theme in the URL hash", () => {
  it("reads the slide and the theme, defaulting to the system's", () => {
    expect(readHash("#slide=act-x&theme=dark")).toEqual({ slide: "act-x", theme: "dark" });
    expect(readHash("#slide=overview&theme=light")).toEqual({ slide: "overview", theme: "light" });
    expect(readHash("#slide=start&theme=purple")).toEqual({ slide: "start", theme: "system" });
    expect(readHash("")).toEqual({ slide: null, theme: "system" });
  });

  it("writes what it reads, leaving the system theme out", () => {
    expect(hashFor({ slide: "act-x", theme: "system" })).toBe("#slide=act-x");
    expect(hashFor({ slide: "act-x", theme: "dark" })).toBe("#slide=act-x&theme=dark");
    for (const theme of ["system", "light", "dark"] as const) expect(readHash(hashFor({ slide: "a b&c", theme }))).toEqual({ slide: "a b&c", theme });
  });
});

describe("theme", () => {
  it("follows the system unless chosen, and the toggle always chooses", () => {
    expect(isDark("system", true)).toBe(true);
    expect(isDark("system", false)).toBe(false);
    expect(isDark("light", true)).toBe(false);
    expect(isDark("dark", false)).toBe(true);
    expect(toggledTheme(true)).toBe("light");
    expect(toggledTheme(false)).toBe("dark");
  });
});

describe("deck keys", () => {
  const press = (key: string, extra: Partial<TKeyPress> = {}): TKeyPress => ({
    key,
    shiftKey: false,
    altKey: false,
    ctrlKey: false,
    metaKey: false,
    defaultPrevented: false,
    ...extra,
  });
  const free = { typing: false, activatable: false };

  it.each([
    ["ArrowRight", "next"],
    ["PageDown", "next"],
    [" ", "next"],
    ["ArrowLeft", "previous"],
    ["PageUp", "previous"],
    ["Home", "first"],
    ["End", "last"],
    ["r", "reveal"],
    ["R", "reveal"],
  ] as const)("%j is %s", (key, command) => {
    expect(keyCommand(press(key), free, true)).toBe(command);
  });

  it("turns back with Shift+Space, and leaves other keys and modified keys alone", () => {
    expect(keyCommand(press(" ", { shiftKey: true }), free, true)).toBe("previous");
    expect(keyCommand(press("x"), free, true)).toBeNull();
    expect(keyCommand(press("Enter"), free, true)).toBeNull();
    for (const mod of ["altKey", "ctrlKey", "metaKey"] as const) expect(keyCommand(press("ArrowRight", { [mod]: true }), free, true)).toBeNull();
    expect(keyCommand(press("ArrowRight", { defaultPrevented: true }), free, true)).toBeNull();
  });

  it("does not take keys typed into a field, Space on a button, or R where nothing is hidden", () => {
    expect(keyCommand(press("ArrowRight"), { typing: true, activatable: false }, true)).toBeNull();
    expect(keyCommand(press("r"), { typing: true, activatable: true }, true)).toBeNull();
    expect(keyCommand(press(" "), { typing: false, activatable: true }, true)).toBeNull();
    expect(keyCommand(press("ArrowRight"), { typing: false, activatable: true }, true)).toBe("next");
    expect(keyCommand(press("r"), free, false)).toBeNull();
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
