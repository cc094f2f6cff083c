import type { TLocale, TLocalized } from "@/lib/domain/content/schema";

/** The content language for an app locale (nl is the default). */
export function toContentLocale(locale: string): TLocale {
  return locale === "en" ? "en" : "nl";
}

export function pickText(text: TLocalized, locale: string): string {
  return text[toContentLocale(locale)];
}
