import { z } from "zod";
import { routing } from "@/i18n/routing";
import { receivePartnershipImport } from "@/lib/server/partnership-import";

/**
 * Imports a partnership export uploaded from the new-partnership page (`?lang=nl|en`, the
 * page's language): on success to the new partnership, which the uploader coordinates;
 * otherwise back to the page with the reason (`?import=<reason>`). Both as 303, so the
 * browser follows with a GET. Decision 028; the steps are in lib/server/partnership-import.ts.
 */
export const dynamic = "force-dynamic";

const ZLang = z.enum(routing.locales).catch(routing.defaultLocale);

function seeOther(location: string) {
  return new Response(null, { status: 303, headers: { Location: location, "Cache-Control": "no-store" } });
}

export async function POST(request: Request) {
  const lang = ZLang.parse(new URL(request.url).searchParams.get("lang"));
  const outcome = await receivePartnershipImport(request);
  switch (outcome.kind) {
    case "imported":
      return seeOther(`/${lang}/partnerships/${outcome.partnershipId}`);
    case "failed":
      return seeOther(`/${lang}/partnerships/new?import=${outcome.error}#import-errors`);
    case "signIn":
      return seeOther(`/${lang}/sign-in?next=${encodeURIComponent("/partnerships/new")}`);
    case "refused":
      return new Response(`${outcome.reason}\n`, { status: outcome.status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
}
