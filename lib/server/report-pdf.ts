import "server-only";
import { findSessionForMember } from "@/lib/data/memberships";
import { env } from "@/lib/platform/env";
import { findChromium, renderPdf, type TPdfCookie } from "@/lib/platform/pdf";
import type { TAppLocale } from "@/i18n/routing";

/** Whether this server can make PDFs (a Chromium is installed); else the page offers the print dialog. */
export async function canMakePdf(): Promise<boolean> {
  return (await findChromium()) !== null;
}

/**
 * The session report of `sessionId` as a tagged PDF, for a member of its partnership
 * (coordinator or partner); null for anyone else. Chromium prints the report page from
 * this server's own loopback address (never an address taken from the request) with the
 * requester's own cookies, so it shows what the requester may see and nothing more.
 */
export async function sessionReportPdf(
  userId: string,
  sessionId: string,
  locale: TAppLocale,
  cookies: readonly TPdfCookie[],
): Promise<{ pdf: Buffer; fileName: string } | null> {
  const found = await findSessionForMember(userId, sessionId, "partner");
  if (!found) return null;
  const url = `http://127.0.0.1:${env.PORT}/${locale}/sessions/${encodeURIComponent(found.session.id)}/report`;
  const pdf = await renderPdf(url, cookies);
  const slug = found.session.title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return { pdf, fileName: `${locale === "en" ? "report" : "verslag"}-${slug || "sessie"}-${found.session.date.toISOString().slice(0, 10)}.pdf` };
}
