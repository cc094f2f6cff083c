import { useSyncExternalStore } from "react";
import type { TPresentTheme } from "./use-hash-slide";

/**
 * Light or dark for the projector, and full screen. The theme chosen in the deck wins;
 * "system" follows the operating system's setting (and changes with it). The server
 * renders light and not full screen; after hydration the browser decides.
 */

/** Dark when chosen, or when following a system that is dark. */
export function isDark(theme: TPresentTheme, systemDark: boolean): boolean {
  return theme === "dark" || (theme === "system" && systemDark);
}

/** The theme the toggle switches to: always an explicit choice, the other one of what is shown. */
export function toggledTheme(dark: boolean): TPresentTheme {
  return dark ? "light" : "dark";
}

const DARK_QUERY = "(prefers-color-scheme: dark)";

function subscribeDarkScheme(onChange: () => void) {
  const mq = window.matchMedia(DARK_QUERY);
  mq.addEventListener("change", onChange);
  return () => mq.removeEventListener("change", onChange);
}

/** Whether the projector shows the dark theme. */
export function useDarkTheme(theme: TPresentTheme): boolean {
  const systemDark = useSyncExternalStore(subscribeDarkScheme, () => window.matchMedia(DARK_QUERY).matches, () => false);
  return isDark(theme, systemDark);
}

function subscribeFullscreen(onChange: () => void) {
  document.addEventListener("fullscreenchange", onChange);
  return () => document.removeEventListener("fullscreenchange", onChange);
}

function toggleFullscreen() {
  if (document.fullscreenElement) void document.exitFullscreen();
  else void document.documentElement.requestFullscreen?.().catch(() => {});
}

/** Whether the page is in full screen, and a toggle (Esc leaves full screen too; the state follows). */
export function useFullscreen(): { fullscreen: boolean; toggle: () => void } {
  const fullscreen = useSyncExternalStore(subscribeFullscreen, () => document.fullscreenElement !== null, () => false);
  return { fullscreen, toggle: toggleFullscreen };
}
