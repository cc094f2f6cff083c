import { defineRouting } from "next-intl/routing";

/** The one place where the app's locales are defined. */
export const routing = defineRouting({
  locales: ["nl", "en"],
  defaultLocale: "nl",
});

export type TAppLocale = (typeof routing.locales)[number];
