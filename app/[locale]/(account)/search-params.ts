import { getLocale } from "next-intl/server";
import { redirect } from "@/i18n/navigation";
import { getCurrentUser } from "@/lib/server/access";
import { safeReturnPath } from "@/lib/domain/return-to";

/** The first value of a search parameter, if it is a string. */
export function firstParam(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/**
 * For the sign-in and sign-up pages: the page to return to afterwards (only paths
 * inside the app), and straight there when the visitor is signed in already.
 */
export async function returnPathOrRedirect(
  params: Record<string, string | string[] | undefined>,
): Promise<string | undefined> {
  const next = safeReturnPath(firstParam(params.next));
  if (await getCurrentUser()) redirect({ href: next ?? "/", locale: await getLocale() });
  return next;
}
