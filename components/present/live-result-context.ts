"use client";

import { createContext, useContext } from "react";
import type { TLiveResult } from "@/lib/domain/live-result";

/**
 * The session's live result (lib/domain/live-result.ts) as the deck holds it: the first
 * one from the page, every later one from the events stream. The slides' client leaves
 * (live-slides.tsx) draw from it, so new answers need no server render.
 */
export const LiveResultContext = createContext<TLiveResult | null>(null);

/** The current live result; only inside the presentation deck. */
export function useLiveResult(): TLiveResult {
  const result = useContext(LiveResultContext);
  if (!result) throw new Error("useLiveResult outside the presentation deck");
  return result;
}
