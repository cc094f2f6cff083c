import NextLink from "next/link";
import { redirect as nextRedirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { createElement, type ComponentProps } from "react";
import type { TAppLocale } from "./routing";

/**
 * Navigation within the app for Server Components and server actions: paths get their
 * locale prefix (every path has one, localePrefix "always" in ./routing.ts) on the
 * server, and the browser receives a plain next/link.
 *
 * Not next-intl's createNavigation: importing it anywhere on the server makes its
 * client Link part of every page, and that Link needs a NextIntlClientProvider, so the
 * whole next-intl client runtime (about 12 kB gzip) would reach every participant's
 * phone (docs/decisions/013). Client components use next/link and next/navigation.
 */

type TQuery = Record<string, string | number | boolean | readonly (string | number | boolean)[]>;
export type THref = string | { pathname: string; query?: TQuery };

/** "/join" → "/nl/join", "/" → "/nl"; anything not starting with one "/" is returned as it is. */
function withLocale(path: string, locale: TAppLocale): string {
  if (!path.startsWith("/") || path.startsWith("//")) return path;
  return `/${locale}${/^\/(\?.*)?$/.test(path) ? path.slice(1) : path}`;
}

function search(query: TQuery | undefined): string {
  if (!query) return "";
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    for (const v of Array.isArray(value) ? value : [value]) params.append(key, String(v));
  }
  const s = params.toString();
  return s ? `?${s}` : "";
}

export function getPathname({ href, locale }: { href: THref; locale: TAppLocale }): string {
  return withLocale(typeof href === "string" ? href : href.pathname + search(href.query), locale);
}

export function redirect(args: { href: THref; locale: TAppLocale }): never {
  return nextRedirect(getPathname(args));
}

/** A link within the app: next/link with the locale in front of the path. */
export async function Link({ href, locale, ...rest }: ComponentProps<typeof NextLink> & { locale?: TAppLocale }) {
  const target = locale ?? (await getLocale());
  const localized =
    typeof href === "string"
      ? withLocale(href, target)
      : { ...href, pathname: href.pathname ? withLocale(href.pathname, target) : href.pathname };
  return createElement(NextLink, { ...rest, href: localized, ...(locale ? { hrefLang: locale } : {}) });
}
