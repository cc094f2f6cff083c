"use client";

import { createContext, useContext, type ReactNode } from "react";

/**
 * The texts of app/[locale]/error.tsx, translated on the server by the locale layout.
 * A plain context instead of a NextIntlClientProvider: the error page is on every
 * route, and the next-intl client runtime would add about 12 kB (gzip) to each of
 * them (docs/decisions/013).
 */
export interface TErrorTexts {
  pageTitle: string;
  unexpected: string;
  retry: string;
}

const ErrorTextsContext = createContext<TErrorTexts | null>(null);

export function ErrorTextsProvider({ texts, children }: { texts: TErrorTexts; children: ReactNode }) {
  return <ErrorTextsContext.Provider value={texts}>{children}</ErrorTextsContext.Provider>;
}

export function useErrorTexts(): TErrorTexts {
  const texts = useContext(ErrorTextsContext);
  if (!texts) throw new Error("useErrorTexts needs an ErrorTextsProvider (app/[locale]/layout.tsx)");
  return texts;
}
