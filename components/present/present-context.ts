"use client";

import { createContext, useContext } from "react";

/** What client leaves inside the slides may ask of the presentation deck. */
export interface TPresentContext {
  goTo: (slideId: string) => void;
  /** The act whose "add agreement" form the facilitator asked for from an act slide. */
  agreementFor: string | null;
  clearAgreementFor: () => void;
}

export const PresentContext = createContext<TPresentContext | null>(null);

/** The deck's context, or null outside the presentation (e.g. on the results page). */
export function usePresent(): TPresentContext | null {
  return useContext(PresentContext);
}
