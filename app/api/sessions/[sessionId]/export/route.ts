import { NextResponse, type NextRequest } from "next/server";
import { getCurrentUser } from "@/lib/server/access";
import { sessionExportFile, ZSessionExportQuery } from "@/lib/server/session-export";
import { ZId } from "@/lib/domain/validation";

/**
 * A session's export for its coordinator: `?format=csv&table=profile|answers` or
 * `?format=xlsx` (both tables), `&lang=nl|en`. Partner members get a 404, like anyone
 * who may not see the session (the access rule is in the data query).
 */
export const dynamic = "force-dynamic";

function fail(status: number, error: string) {
  return NextResponse.json({ ok: false, error }, { status, headers: { "Cache-Control": "no-store" } });
}

export async function GET(request: NextRequest, ctx: RouteContext<"/api/sessions/[sessionId]/export">) {
  const { sessionId } = await ctx.params;
  if (!ZId.safeParse(sessionId).success) return fail(404, "notFound");
  const query = ZSessionExportQuery.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!query.success) return fail(400, "invalidQuery");
  const user = await getCurrentUser();
  if (!user) return fail(401, "signIn");
  const file = await sessionExportFile(user.id, sessionId, query.data);
  if (!file) return fail(404, "notFound");
  return new NextResponse(file.body as BodyInit, {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename="${file.fileName}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
