"use client";

import { Link, usePathname } from "@/i18n/navigation";
import { routing, type TAppLocale } from "@/i18n/routing";

/** Links to the same page in the other language. */
export function LocaleSwitcher({
  current,
  label,
  names,
}: {
  current: string;
  label: string;
  names: Record<TAppLocale, string>;
}) {
  const pathname = usePathname();
  return (
    <ul aria-label={label} className="flex gap-2">
      {routing.locales
        .filter((l) => l !== current)
        .map((locale) => (
          <li key={locale}>
            <Link
              href={pathname}
              locale={locale}
              lang={locale}
              hrefLang={locale}
              className="rounded border border-line bg-paper px-2 py-1 text-brand-strong underline"
            >
              {names[locale]}
            </Link>
          </li>
        ))}
    </ul>
  );
}
