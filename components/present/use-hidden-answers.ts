import { useEffect, useRef, type Dispatch } from "react";
import { z } from "zod";
import type { TDeckAction } from "./deck-state";

/**
 * The answers the facilitator took off the screen stay off after a reload of the same
 * tab: their keys (question id and a hash of the text, never the text) are kept in the
 * tab's sessionStorage per session, and gone when the tab closes. Nothing is stored on
 * the server (decision record 020).
 */

const ZHiddenKeys = z.array(z.string().max(200)).max(1000);

function storageKey(sessionId: string): string {
  return `werkboek:present:hidden-answers:${sessionId}`;
}

/** The stored keys, or none when nothing (valid) is stored or storage is not available. */
export function readHiddenKeys(raw: string | null): string[] {
  if (raw === null) return [];
  try {
    const parsed = ZHiddenKeys.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

export function useHiddenAnswers(sessionId: string, hidden: readonly string[], dispatch: Dispatch<TDeckAction>) {
  const restored = useRef(false);
  useEffect(() => {
    let keys: string[] = [];
    try {
      keys = readHiddenKeys(window.sessionStorage.getItem(storageKey(sessionId)));
    } catch {
      // Storage blocked: hiding still works, for as long as the page stays open.
    }
    if (keys.length > 0) dispatch({ type: "restoreHiddenAnswers", keys });
    restored.current = true;
  }, [sessionId, dispatch]);
  useEffect(() => {
    if (!restored.current) return;
    try {
      if (hidden.length === 0) window.sessionStorage.removeItem(storageKey(sessionId));
      else window.sessionStorage.setItem(storageKey(sessionId), JSON.stringify(hidden));
    } catch {
      // As above.
    }
  }, [sessionId, hidden]);
}
