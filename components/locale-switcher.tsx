"use client";

import { usePathname } from "next/navigation";
import { routing, type TAppLocale } from "@/i18n/routing";

/**
 * Links to the same page in the other language. Next's own usePathname and a plain <a>:
 * next-intl's client navigation would bring its runtime to every page, and next/link
 * imported here is bundled a second time beside the one the server's links use
 * (docs/decisions/013). Every path has its locale as its first segment ("always").
 */
export function LocaleSwitcher({
  current,
  label,
  names,
}: {
  current: string;
  label: string;
  names: Record<TAppLocale, string>;
}) {
  const rest = usePathname().replace(/^\/[^/]+/, "");
  return (
    <ul aria-label={label} className="flex gap-2">
      {routing.locales
        .filter((l) => l !== current)
        .map((locale) => (
          <li key={locale}>
            <a
              href={`/${locale}${rest}`}
              lang={locale}
              hrefLang={locale}
              className="rounded border border-line bg-paper px-2 py-1 text-brand-strong underline"
            >
              {names[locale]}
            </a>
          </li>
        ))}
    </ul>
  );
}
