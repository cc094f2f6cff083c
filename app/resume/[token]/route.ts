import { NextResponse, type NextRequest } from "next/server";
import { routing } from "@/i18n/routing";
import { getCurrentParticipant } from "@/lib/server/participant-cookie";
import { findParticipantByToken } from "@/lib/data/participants";
import { findWithdrawal } from "@/lib/data/participant-rights";
import { lookUpResumeToken } from "@/lib/server/resume-token";

/**
 * A participant's personal resume link: /resume/<token>?locale=nl. When this browser is
 * already that participant, it opens their workbook; otherwise the visitor is always
 * asked first, on a page naming the session (app/[locale]/resume/[token]), so a link
 * passed around never silently makes a browser someone else (issue 13). A GET never sets
 * the cookie. An unknown token opens the join page.
 */
export async function GET(request: NextRequest, ctx: RouteContext<"/resume/[token]">) {
  const { token } = await ctx.params;
  const requested = request.nextUrl.searchParams.get("locale");
  const locale = routing.locales.find((l) => l === requested) ?? routing.defaultLocale;
  const confirm = NextResponse.redirect(new URL(`/${locale}/resume/${encodeURIComponent(token)}`, request.url), 303);
  // Under the address's limit of tokens that open nothing (lib/server/resume-token.ts).
  const lookup = await lookUpResumeToken(async () => {
    const participant = await findParticipantByToken(token);
    if (participant) return { participant };
    return (await findWithdrawal(token)) ? { participant: null } : null;
  });
  // Over the limit: the confirmation page says so (in the visitor's language).
  if (lookup.status === "tooMany") return confirm;
  if (lookup.status === "unknown") return NextResponse.redirect(new URL(`/${locale}/join?resume=unknown`, request.url), 303);
  const { participant } = lookup.value;
  // A participant who withdrew: the confirmation page says that the answers are gone.
  if (!participant) return confirm;
  const current = await getCurrentParticipant(participant.sessionId);
  if (current?.id === participant.id) {
    return NextResponse.redirect(new URL(`/${locale}/workbook/${participant.sessionId}`, request.url), 303);
  }
  return confirm;
}
