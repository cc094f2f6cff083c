"use client";

import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import type { TAnswerDimension } from "@/lib/domain/answer";
import { answerKey, backupKey, readBackup, retryDelay, storeBackupItem, type TAnswerValue, type TPending } from "./answer-backup";

/**
 * Autosave for workbook answers. Every change is sent at once to /api/answers; the
 * server stores it idempotently (one row per item and dimension), so resending is
 * safe. Until the server confirms, the answer is kept in a backup in localStorage
 * (answer-backup.ts), so a reload, a closed tab or a lost connection never loses it:
 * it is resent with growing pauses, at once when the browser comes back online, and by
 * the next workbook page that opens.
 *
 * One request per answer is underway at a time; a newer value given meanwhile is sent
 * when that request returns, so the server always ends with the latest value.
 */

export type { TAnswerValue } from "./answer-backup";
export type TSaveState = "saving" | "saved" | "retrying" | "rejected";

interface TAutosaveContext {
  getValue(itemId: string, dimension: TAnswerDimension): TAnswerValue | undefined;
  getState(itemId: string, dimension: TAnswerDimension): TSaveState | undefined;
  save(itemId: string, dimension: TAnswerDimension, payload: TAnswerValue): void;
}

const AutosaveContext = createContext<TAutosaveContext | null>(null);

export function AutosaveProvider({
  sessionId,
  participantId,
  initial,
  endpoint = "/api/answers",
  children,
}: {
  sessionId: string;
  /** Backups are kept per participant, so a shared computer never sends one person's answers as another's. */
  participantId: string;
  initial: Record<string, TAnswerValue>;
  endpoint?: string;
  children: ReactNode;
}) {
  const storageKey = backupKey(sessionId, participantId);
  const [values, setValues] = useState<Record<string, TAnswerValue>>(initial);
  const [states, setStates] = useState<Record<string, TSaveState>>({});
  const pending = useRef(new Map<string, TPending>());
  const inFlight = useRef(new Set<string>());
  const attempts = useRef(new Map<string, number>());
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  const mounted = useRef(true);
  const seq = useRef(0);
  // send() calls itself again (newer answer, retry); through a ref, so it can.
  const sendRef = useRef<(key: string) => Promise<void>>(async () => {});

  const setState = useCallback((key: string, state: TSaveState) => {
    setStates((s) => (s[key] === state ? s : { ...s, [key]: state }));
  }, []);

  const send = useCallback(
    async (key: string) => {
      const item = pending.current.get(key);
      if (!item || inFlight.current.has(key)) return;
      const timer = timers.current.get(key);
      if (timer) clearTimeout(timer);
      timers.current.delete(key);
      inFlight.current.add(key);
      setState(key, (attempts.current.get(key) ?? 0) > 0 ? "retrying" : "saving");
      let outcome: "saved" | "rejected" | "retry";
      try {
        const res = await fetch(endpoint, {
          method: "POST",
          headers: { "content-type": "application/json" },
          credentials: "same-origin",
          // Lets the request finish when the page is being closed.
          keepalive: true,
          body: JSON.stringify({ sessionId, itemId: item.itemId, dimension: item.dimension, ...item.payload }),
        });
        outcome = res.ok ? "saved" : res.status >= 500 || res.status === 429 ? "retry" : "rejected";
      } catch {
        outcome = "retry";
      } finally {
        inFlight.current.delete(key);
      }
      const latest = pending.current.get(key);
      if (!latest) return;
      if (latest.seq !== item.seq) {
        // A newer answer came in while this one was underway: send that one.
        void sendRef.current(key);
        return;
      }
      if (outcome === "retry") {
        const n = (attempts.current.get(key) ?? 0) + 1;
        attempts.current.set(key, n);
        setState(key, "retrying");
        // After this page has closed, the backup is resent by the next workbook page.
        if (mounted.current) {
          timers.current.set(key, setTimeout(() => void sendRef.current(key), retryDelay(n)));
        }
        return;
      }
      pending.current.delete(key);
      attempts.current.delete(key);
      storeBackupItem(storageKey, key, null);
      setState(key, outcome);
    },
    [endpoint, sessionId, setState, storageKey],
  );

  useEffect(() => {
    sendRef.current = send;
  }, [send]);

  const save = useCallback(
    (itemId: string, dimension: TAnswerDimension, payload: TAnswerValue) => {
      const key = answerKey(itemId, dimension);
      seq.current += 1;
      const item = { itemId, dimension, payload, seq: seq.current };
      pending.current.set(key, item);
      attempts.current.delete(key);
      storeBackupItem(storageKey, key, item);
      setValues((v) => ({ ...v, [key]: payload }));
      if (inFlight.current.has(key)) setState(key, "saving");
      else void send(key);
    },
    [send, setState, storageKey],
  );

  // Answers that were not confirmed before a reload, a crash or the previous page
  // closing: show and resend them.
  useEffect(() => {
    const stored = readBackup(storageKey);
    const keys = Object.keys(stored).filter((key) => !pending.current.has(key));
    if (keys.length === 0) return;
    for (const key of keys) {
      const item = stored[key]!;
      seq.current = Math.max(seq.current, item.seq);
      pending.current.set(key, item);
    }
    // localStorage exists only in the browser, so this can only happen after hydration.
    setValues((v) => {
      const next = { ...v };
      for (const key of keys) next[key] = stored[key]!.payload;
      return next;
    });
    for (const key of keys) void send(key);
  }, [send, storageKey]);

  useEffect(() => {
    mounted.current = true;
    const retryAll = () => {
      for (const key of pending.current.keys()) void send(key);
    };
    window.addEventListener("online", retryAll);
    const currentTimers = timers.current;
    return () => {
      mounted.current = false;
      window.removeEventListener("online", retryAll);
      for (const t of currentTimers.values()) clearTimeout(t);
      currentTimers.clear();
    };
  }, [send]);

  const ctx = useMemo<TAutosaveContext>(
    () => ({
      getValue: (itemId, dimension) => values[answerKey(itemId, dimension)],
      getState: (itemId, dimension) => states[answerKey(itemId, dimension)],
      save,
    }),
    [values, states, save],
  );

  return <AutosaveContext.Provider value={ctx}>{children}</AutosaveContext.Provider>;
}

export function useAutosave(): TAutosaveContext {
  const ctx = useContext(AutosaveContext);
  if (!ctx) throw new Error("useAutosave must be used inside <AutosaveProvider>");
  return ctx;
}

/** The combined state of several fields: the least settled one wins. */
export function combineStates(states: (TSaveState | undefined)[]): TSaveState | undefined {
  for (const s of ["rejected", "retrying", "saving", "saved"] as const) {
    if (states.includes(s)) return s;
  }
  return undefined;
}
