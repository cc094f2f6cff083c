import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { parseAnswerInput, saveAnswer } from "@/lib/data/answers";
import { getWorkbook } from "@/lib/data/content";
import { publishSessionChange } from "@/lib/platform/live";
import { withApiSecurityHeaders } from "@/lib/platform/security-headers";
import { ZId } from "@/lib/domain/validation";
import { toWorkbookLength } from "@/lib/domain/workbook";
import { getCurrentParticipant } from "@/lib/server/participant-cookie";

/**
 * Saves one answer of the participant whose resume token is in this browser's cookie
 * for the session. JSON in, JSON out; every refusal has an error code and changes
 * nothing. Idempotent: the same answer twice leaves one stored answer. The answer is
 * checked after the participant is known, against the statements their session asks.
 *
 * proxy.ts does not run for this route (its matcher leaves it out: the save path is the
 * app's busiest request, docs/decisions/032), so every response here gets its security
 * headers from withApiSecurityHeaders.
 */

const MAX_BODY_BYTES = 16 * 1024;

const ZBody = z.object({ sessionId: ZId }).passthrough();

export async function POST(request: NextRequest) {
  return withApiSecurityHeaders(await saveFromRequest(request), request);
}

/** Any other method: 405, with the same headers (Next.js' own 405 would have none, as the proxy does not run here). */
function methodNotAllowed(request: NextRequest) {
  return withApiSecurityHeaders(NextResponse.json({ ok: false, error: "methodNotAllowed" }, { status: 405, headers: { Allow: "POST" } }), request);
}
export { methodNotAllowed as GET, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE };

function fail(status: number, error: string) {
  return NextResponse.json({ ok: false, error }, { status });
}

async function saveFromRequest(request: NextRequest): Promise<NextResponse> {
  if (!request.headers.get("content-type")?.startsWith("application/json")) {
    return fail(415, "unsupportedMediaType");
  }
  const raw = await request.text();
  if (raw.length > MAX_BODY_BYTES) return fail(413, "tooLarge");
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    return fail(400, "invalid");
  }
  const parsedBody = ZBody.safeParse(body);
  if (!parsedBody.success) return fail(400, "invalid");
  const { sessionId, ...answerInput } = parsedBody.data;

  try {
    const participant = await getCurrentParticipant(sessionId);
    if (!participant) return fail(403, "notParticipant");
    // Checked against what this session asks (a short session: the core statements only).
    const answer = parseAnswerInput(getWorkbook(), answerInput, toWorkbookLength(participant.session.workbookLength));
    if (!answer.ok) return fail(400, answer.error);
    if (participant.session.status !== "open") return fail(409, "sessionClosed");
    const { updatedAt } = await saveAnswer(participant.id, answer.answer);
    publishSessionChange(sessionId, "answer");
    return NextResponse.json({ ok: true, savedAt: updatedAt.toISOString() });
  } catch (e) {
    console.error(e);
    return fail(500, "unexpected");
  }
}
