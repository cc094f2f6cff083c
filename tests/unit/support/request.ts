import { createTranslator } from "next-intl";
import { redirect as nextRedirect } from "next/navigation";
import nl from "@/messages/nl.json";

/**
 * Stand-ins for what a request gives server code in Next.js, for tests of guards and
 * actions: the request's headers, Dutch messages, and next-intl's redirect (its real
 * one cannot load outside Next.js). Use in vi.mock factories:
 *   vi.mock("next/headers", async () => (await import("./support/request")).headersModule);
 */
export const request = { headers: new Headers() };

export const headersModule = { headers: async () => request.headers };

export const intlServerModule = {
  getLocale: async () => "nl",
  getTranslations: async (namespace?: string) =>
    createTranslator({ locale: "nl", messages: nl, namespace: namespace as never }),
};

type THref = string | { pathname: string; query?: Record<string, string> };

export const navigationModule = {
  redirect: ({ href, locale }: { href: THref; locale: string }): never => {
    const path = typeof href === "string" ? href : `${href.pathname}${href.query ? `?${new URLSearchParams(href.query)}` : ""}`;
    return nextRedirect(`/${locale}${path}`);
  },
};
