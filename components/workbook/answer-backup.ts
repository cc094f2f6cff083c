import type { TAnswerDimension } from "@/lib/domain/answer";

/**
 * The autosave's backup in localStorage: answers the server has not confirmed yet,
 * one entry per answer, per session and participant (so a shared computer never
 * sends one person's answers as another's). A reload, a closed tab or a lost
 * connection never loses an answer: the next workbook page resends it. Browser only.
 */

/** A scale answer (null: "don't know"; with notApplicable: "does not apply to us"), or a text. */
export type TAnswerValue = { value: number | null; notApplicable?: true } | { text: string };

/** One answer on its way to the server; `seq` orders the answers given in this browser. */
export interface TPending {
  itemId: string;
  dimension: TAnswerDimension;
  payload: TAnswerValue;
  seq: number;
}

/** One answer's key, in the backup and in the autosave's state. */
export const answerKey = (itemId: string, dimension: TAnswerDimension) => `${itemId}:${dimension}`;

/** The localStorage key of one participant's backup in one session. */
export const backupKey = (sessionId: string, participantId: string) => `werkboek:pending:${sessionId}:${participantId}`;

const MAX_BACKOFF_MS = 10_000;

/** The pause before the n-th retry (n >= 1): 0.5 s, doubling, at most 10 s. */
export function retryDelay(n: number): number {
  return Math.min(MAX_BACKOFF_MS, 500 * 2 ** (n - 1));
}

export function readBackup(storageKey: string): Record<string, TPending> {
  try {
    const raw = window.localStorage.getItem(storageKey);
    return raw ? (JSON.parse(raw) as Record<string, TPending>) : {};
  } catch {
    return {};
  }
}

/** Sets or removes one answer in the backup, leaving the others alone. */
export function storeBackupItem(storageKey: string, key: string, item: TPending | null) {
  try {
    const all = readBackup(storageKey);
    if (item) all[key] = item;
    else delete all[key];
    if (Object.keys(all).length === 0) window.localStorage.removeItem(storageKey);
    else window.localStorage.setItem(storageKey, JSON.stringify(all));
  } catch {
    // Storage full or disabled: the in-memory queue still retries.
  }
}
