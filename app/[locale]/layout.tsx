import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { ErrorTextsProvider } from "@/components/ui/error-texts";
import { routing } from "@/i18n/routing";
import { inter, interLatinExt } from "../fonts";
import "../globals.css";

// Every page reads the database or the participant's cookie: render per request.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: LayoutProps<"/[locale]">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "app" });
  return {
    title: { default: t("name"), template: `%s · ${t("name")}` },
    description: t("description"),
  };
}

export default async function LocaleLayout({ children, params }: LayoutProps<"/[locale]">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "app" });
  const te = await getTranslations({ locale, namespace: "errors" });

  // No NextIntlClientProvider here: client components get translated strings as props,
  // and a page whose client leaves call useTranslations wraps them in <ClientMessages>
  // with only their namespaces (components/ui/client-messages.tsx, docs/decisions/013).
  return (
    <html lang={locale} className={`${inter.variable} ${interLatinExt.variable}`}>
      <body className="min-h-screen bg-paper text-ink antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded focus:bg-paper focus:px-4 focus:py-2 focus:shadow"
        >
          {t("skipToContent")}
        </a>
        <SiteHeader />
        <main id="main" className="mx-auto w-full max-w-5xl px-4 py-8 sm:px-6">
          <ErrorTextsProvider texts={{ pageTitle: te("pageTitle"), unexpected: te("unexpected"), retry: te("retry") }}>
            {children}
          </ErrorTextsProvider>
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
