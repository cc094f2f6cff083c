import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { answerKey, backupKey, readBackup, retryDelay, storeBackupItem, type TPending } from "@/components/workbook/answer-backup";

/** A localStorage as small as the backup needs. */
function fakeStorage() {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  };
}

describe("answer backup", () => {
  let storage: ReturnType<typeof fakeStorage>;
  beforeEach(() => {
    storage = fakeStorage();
    vi.stubGlobal("window", { localStorage: storage });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  const key = backupKey("s1", "p1");
  const item = (seq: number, value: number): TPending => ({ itemId: "i1", dimension: "now", payload: { value }, seq });

  it("keeps one entry per answer, per session and participant", () => {
    expect(key).not.toBe(backupKey("s1", "p2"));
    expect(answerKey("i1", "now")).not.toBe(answerKey("i1", "desired"));
    storeBackupItem(key, answerKey("i1", "now"), item(1, 3));
    storeBackupItem(key, answerKey("i1", "now"), item(2, 5));
    storeBackupItem(key, answerKey("i1", "desired"), { ...item(3, 6), dimension: "desired" });
    const stored = readBackup(key);
    expect(Object.keys(stored)).toHaveLength(2);
    expect(stored[answerKey("i1", "now")]).toEqual(item(2, 5));
    expect(readBackup(backupKey("s1", "p2"))).toEqual({});
  });

  it("removes the backup once every answer is confirmed", () => {
    storeBackupItem(key, answerKey("i1", "now"), item(1, 3));
    storeBackupItem(key, answerKey("i1", "now"), null);
    expect(storage.data.has(key)).toBe(false);
  });

  it("reads a damaged backup as empty, and survives a full or disabled storage", () => {
    storage.data.set(key, "{not json");
    expect(readBackup(key)).toEqual({});
    storage.setItem = () => {
      throw new Error("QuotaExceededError");
    };
    expect(() => storeBackupItem(key, answerKey("i1", "now"), item(1, 3))).not.toThrow();
  });

  it("waits longer after each failed attempt, at most 10 s", () => {
    expect([1, 2, 3, 4, 5, 6, 7].map(retryDelay)).toEqual([500, 1000, 2000, 4000, 8000, 10_000, 10_000]);
  });
});
