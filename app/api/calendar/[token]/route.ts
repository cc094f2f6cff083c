import { NextResponse, type NextRequest } from "next/server";
import { getPublicOrigin } from "@/lib/platform/auth";
import { agreementsCalendar, calendarLocale, calendarResponse } from "@/lib/server/calendar";
import { findFeedByToken } from "@/lib/data/follow-through";
import { ZToken } from "@/lib/domain/validation";

export const dynamic = "force-dynamic";

/**
 * The partnership's calendar feed: every revisit date of every agreement. Calendar apps
 * fetch it without a session cookie, so the address carries a secret token (stored only
 * as its hash; the coordinator renews it, which ends the old address). The path may end
 * in ".ics", as some calendar apps expect.
 */
export async function GET(request: NextRequest, ctx: RouteContext<"/api/calendar/[token]">) {
  const parsed = ZToken.safeParse((await ctx.params).token.replace(/\.ics$/, ""));
  const feed = parsed.success ? await findFeedByToken(parsed.data) : null;
  if (!feed) return NextResponse.json({ ok: false, error: "notFound" }, { status: 404, headers: { "Cache-Control": "no-store" } });
  const locale = calendarLocale(request.nextUrl.searchParams.get("lang"));
  const origin = await getPublicOrigin();
  const body = await agreementsCalendar({
    name: feed.partnership.name,
    agreements: feed.agreements,
    locale,
    pageUrl: `${origin}/${locale}/partnerships/${feed.partnership.id}/agreements`,
    host: new URL(origin).hostname,
  });
  return calendarResponse(body, "agreements.ics");
}
