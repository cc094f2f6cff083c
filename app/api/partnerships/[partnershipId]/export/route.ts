import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/server/access";
import { exportPartnership } from "@/lib/data/partnership-transfer";
import { ZId } from "@/lib/domain/validation";

/**
 * The full export of a partnership as JSON (docs/export-format.md), for its coordinator;
 * anyone else gets a 404 (the access rule is in the data query).
 */
export const dynamic = "force-dynamic";

function fail(status: number, error: string) {
  return NextResponse.json({ ok: false, error }, { status, headers: { "Cache-Control": "no-store" } });
}

export async function GET(_request: Request, ctx: RouteContext<"/api/partnerships/[partnershipId]/export">) {
  const { partnershipId } = await ctx.params;
  if (!ZId.safeParse(partnershipId).success) return fail(404, "notFound");
  const user = await getCurrentUser();
  if (!user) return fail(401, "signIn");
  const data = await exportPartnership(user.id, partnershipId);
  if (!data) return fail(404, "notFound");
  const date = data.exportedAt.slice(0, 10);
  return new NextResponse(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="werkboek-export-${date}.json"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
