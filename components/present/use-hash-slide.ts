import { useSyncExternalStore } from "react";

/**
 * The deck's slide and theme in the URL hash (#slide=act-x&theme=dark), so a reload
 * shows the same screen. The hash and not the query string: the App Router keys the
 * page segment by its search parameters, so changing ?slide= and then refreshing for a
 * live update would remount the whole deck (losing focus and state). The hash never
 * reaches the server.
 */

export type TPresentTheme = "system" | "light" | "dark";

export interface THashState {
  slide: string | null;
  theme: TPresentTheme;
}

const HASH_EVENT = "werkboek:present-hash";

/** #slide=act-x&theme=dark -> { slide: "act-x", theme: "dark" } */
export function readHash(hash: string): THashState {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  const theme = params.get("theme");
  return { slide: params.get("slide"), theme: theme === "dark" || theme === "light" ? theme : "system" };
}

/** { slide: "act-x", theme: "system" } -> "#slide=act-x" (the system theme is left out). */
export function hashFor(next: { slide: string; theme: TPresentTheme }): string {
  const params = new URLSearchParams({ slide: next.slide });
  if (next.theme !== "system") params.set("theme", next.theme);
  return `#${params.toString()}`;
}

function subscribeHash(onChange: () => void) {
  window.addEventListener("hashchange", onChange);
  window.addEventListener(HASH_EVENT, onChange);
  return () => {
    window.removeEventListener("hashchange", onChange);
    window.removeEventListener(HASH_EVENT, onChange);
  };
}

/** Replaces the hash without a history entry and tells the deck (replaceState fires no hashchange). */
function writeHash(next: { slide: string; theme: TPresentTheme }) {
  const hash = hashFor(next);
  if (window.location.hash === hash) return;
  window.history.replaceState(null, "", hash);
  window.dispatchEvent(new Event(HASH_EVENT));
}

/** The slide and theme in the hash, and a setter. The server renders without a hash (first slide, system theme). */
export function useHashSlide(): THashState & { write: (next: { slide: string; theme: TPresentTheme }) => void } {
  const hash = useSyncExternalStore(subscribeHash, () => window.location.hash, () => "");
  return { ...readHash(hash), write: writeHash };
}
