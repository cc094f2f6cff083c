import { NextResponse, type NextRequest } from "next/server";
import { routing } from "@/i18n/routing";
import { getCurrentParticipant, setParticipantCookie } from "@/lib/server/participant-cookie";
import { findParticipantByToken } from "@/lib/data/participants";

/**
 * A participant's personal resume link: /resume/<token>?locale=nl. Puts the token in
 * this browser's cookie and opens their workbook; an unknown token opens the join page.
 * When this browser already takes part in that session as someone else, the visitor is
 * asked first, so a link passed around never silently swaps whose answers these are.
 */
export async function GET(request: NextRequest, ctx: RouteContext<"/resume/[token]">) {
  const { token } = await ctx.params;
  const requested = request.nextUrl.searchParams.get("locale");
  const locale = routing.locales.find((l) => l === requested) ?? routing.defaultLocale;
  const participant = await findParticipantByToken(token);
  if (!participant) {
    return NextResponse.redirect(new URL(`/${locale}/join?resume=unknown`, request.url), 303);
  }
  const current = await getCurrentParticipant(participant.sessionId);
  if (current && current.id !== participant.id) {
    return NextResponse.redirect(new URL(`/${locale}/resume/${encodeURIComponent(token)}`, request.url), 303);
  }
  await setParticipantCookie(participant.sessionId, token);
  return NextResponse.redirect(new URL(`/${locale}/workbook/${participant.sessionId}`, request.url), 303);
}
