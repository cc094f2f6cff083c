import { defineRouting } from "next-intl/routing";

/** The one place where the app's locales are defined. */
export const routing = defineRouting({
  locales: ["nl", "en"],
  defaultLocale: "nl",
  // Dutch by default, whatever the browser's language: a plain link opens in Dutch.
  // English is one click away and stays chosen while you browse (it is in the URL).
  localeDetection: false,
});

export type TAppLocale = (typeof routing.locales)[number];
