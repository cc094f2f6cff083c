import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { routing } from "@/i18n/routing";
import { getCurrentUser } from "@/lib/server/access";
import { canMakePdf, sessionReportPdf } from "@/lib/server/report-pdf";
import { ZId } from "@/lib/domain/validation";

/**
 * The session report as a tagged PDF (`?lang=nl|en`), for the partnership's coordinators
 * and partners. 503 when this server has no browser to print with: the download button
 * then explains how to print the report page instead.
 */
export const dynamic = "force-dynamic";

const ZQuery = z.object({ lang: z.enum(routing.locales).default(routing.defaultLocale) }).strict();

function fail(status: number, error: string) {
  return NextResponse.json({ ok: false, error }, { status, headers: { "Cache-Control": "no-store" } });
}

export async function GET(request: NextRequest, ctx: RouteContext<"/api/sessions/[sessionId]/report/pdf">) {
  const { sessionId } = await ctx.params;
  if (!ZId.safeParse(sessionId).success) return fail(404, "notFound");
  const query = ZQuery.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!query.success) return fail(400, "invalidQuery");
  const user = await getCurrentUser();
  if (!user) return fail(401, "signIn");
  if (!(await canMakePdf())) return fail(503, "noBrowser");
  const cookies = request.cookies.getAll().map(({ name, value }) => ({ name, value }));
  const file = await sessionReportPdf(user.id, sessionId, query.data.lang, cookies);
  if (!file) return fail(404, "notFound");
  return new NextResponse(new Uint8Array(file.pdf) as BodyInit, {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${file.fileName}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
