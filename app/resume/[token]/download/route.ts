import { NextResponse, type NextRequest } from "next/server";
import { getTranslations } from "next-intl/server";
import { routing } from "@/i18n/routing";
import { answersToCsv, answersToJson } from "@/lib/domain/participant-answers";
import { ZToken } from "@/lib/domain/validation";
import { readOwnAnswers } from "@/lib/server/participant-answers";
import { lookUpResumeToken } from "@/lib/server/resume-token";

/**
 * A participant's own answers as a file (right of access and portability, issue 14):
 * /resume/<token>/download?format=csv|json&locale=nl. CSV is UTF-8 with a BOM and its text
 * cells are neutralised against formulas (lib/domain/csv.ts). Never cached; no Referer
 * (a token route, lib/platform/security-headers.ts). An unknown or malformed token: 404.
 */
export async function GET(request: NextRequest, ctx: RouteContext<"/resume/[token]/download">) {
  const { token } = await ctx.params;
  const format = request.nextUrl.searchParams.get("format");
  const requested = request.nextUrl.searchParams.get("locale");
  const locale = routing.locales.find((l) => l === requested) ?? routing.defaultLocale;
  if (!ZToken.safeParse(token).success || (format !== "csv" && format !== "json")) {
    return NextResponse.json({ ok: false, error: "notFound" }, { status: 404 });
  }
  const lookup = await lookUpResumeToken(() => readOwnAnswers(token, locale));
  // Over the address's limit of tokens that open nothing: 429 with the message in the visitor's language.
  if (lookup.status === "tooMany") {
    const t = await getTranslations({ locale, namespace: "errors" });
    return new NextResponse(t("tooManyAttempts"), {
      status: 429,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Retry-After": String(lookup.retryAfterSeconds), "Cache-Control": "no-store" },
    });
  }
  if (lookup.status === "unknown") return NextResponse.json({ ok: false, error: "notFound" }, { status: 404 });
  const own = lookup.value;
  const headers = {
    "Cache-Control": "no-store",
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
  };
  if (format === "csv") {
    return new NextResponse(answersToCsv(own.sections, own.words, own.csvHeader), {
      headers: {
        ...headers,
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${own.fileName}.csv"`,
      },
    });
  }
  const { participant } = own;
  const body = answersToJson(
    {
      session: { title: participant.session.title, date: participant.session.date, partnership: participant.session.partnership.name },
      participant: {
        role: own.roleLabel,
        organisation: participant.organisation,
        displayName: participant.displayName,
        joinedAt: participant.createdAt,
      },
      exportedAt: new Date(),
    },
    own.sections,
    own.words,
  );
  return new NextResponse(JSON.stringify(body, null, 2), {
    headers: {
      ...headers,
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${own.fileName}.json"`,
    },
  });
}
