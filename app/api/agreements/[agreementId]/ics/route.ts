import { NextResponse, type NextRequest } from "next/server";
import { getCurrentUser } from "@/lib/server/access";
import { getPublicOrigin } from "@/lib/platform/auth";
import { agreementsCalendar, calendarLocale, calendarResponse } from "@/lib/server/calendar";
import { findAgreementForMember } from "@/lib/data/follow-through";
import { ZId } from "@/lib/domain/validation";

export const dynamic = "force-dynamic";

function fail(status: number, error: string) {
  return NextResponse.json({ ok: false, error }, { status, headers: { "Cache-Control": "no-store" } });
}

/** The revisit date of one agreement as an .ics file, for members of its partnership. */
export async function GET(request: NextRequest, ctx: RouteContext<"/api/agreements/[agreementId]/ics">) {
  const parsed = ZId.safeParse((await ctx.params).agreementId);
  if (!parsed.success) return fail(404, "notFound");
  const user = await getCurrentUser();
  if (!user) return fail(401, "signIn");
  const found = await findAgreementForMember(user.id, parsed.data);
  if (!found || !found.agreement.revisitOn) return fail(404, "notFound");
  const locale = calendarLocale(request.nextUrl.searchParams.get("lang"));
  const origin = await getPublicOrigin();
  const body = await agreementsCalendar({
    name: found.partnership.name,
    agreements: [found.agreement],
    locale,
    pageUrl: `${origin}/${locale}/partnerships/${found.partnership.id}/agreements`,
    host: new URL(origin).hostname,
  });
  return calendarResponse(body, `agreement-${found.agreement.id}.ics`);
}
