import { NextRequest, NextResponse } from "next/server";
import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing";
import { REQUEST_PATH_HEADER } from "./lib/domain/participant-paths";
import { refuseMalformedAction } from "./lib/platform/action-request";
import { API_POLICY, createNonce, isHttpsRequest, pagePolicy, securityHeaders } from "./lib/platform/security-headers";

const handleI18nRouting = createMiddleware(routing);

/** Routes next-intl leaves alone: API routes, the resume link and files such as /icon.svg. */
function isUnlocalised(pathname: string): boolean {
  return pathname.startsWith("/api/") || pathname === "/api" || pathname.startsWith("/resume/") || /\.[^/]+$/.test(pathname);
}

function decodablePath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/**
 * Every request: malformed server action requests refused, the locale routing of next-intl for pages, and the security headers
 * (lib/platform/security-headers.ts) on every response, with a fresh CSP nonce that
 * Next.js applies to its scripts (it reads the policy from the request headers).
 */
export default async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const https = isHttpsRequest(request.nextUrl, request.headers);
  const api = pathname.startsWith("/api/") || pathname === "/api";
  const policy = api ? API_POLICY : pagePolicy(createNonce(), { https, dev: process.env.NODE_ENV === "development" });

  // A path whose percent-encoding is not UTF-8 (a lone surrogate, a cut-off "%E0%A4%A", a bare "%"):
  // Next.js would answer it with a 500 when it decodes the route's parameters.
  if (!decodablePath(pathname)) {
    const response = new NextResponse("the path is not valid UTF-8\n", { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
    for (const [name, value] of Object.entries(securityHeaders(pathname, API_POLICY, { https }))) response.headers.set(name, value);
    return response;
  }

  // A malformed server action request gets a 4xx here, before Next.js decodes it (lib/platform/action-request.ts).
  const refusal = isUnlocalised(pathname) ? null : await refuseMalformedAction(request);
  if (refusal) {
    const response = new NextResponse(`${refusal.reason}\n`, { status: refusal.status, headers: { "content-type": "text/plain; charset=utf-8" } });
    for (const [name, value] of Object.entries(securityHeaders(pathname, API_POLICY, { https }))) response.headers.set(name, value);
    return response;
  }

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", policy);
  // The layout's header depends on the kind of page (lib/domain/participant-paths.ts).
  requestHeaders.set(REQUEST_PATH_HEADER, pathname);
  const response = isUnlocalised(pathname)
    ? NextResponse.next({ request: { headers: requestHeaders } })
    : // next-intl reads only the URL and the headers (and forwards the headers): a copy without the body.
      handleI18nRouting(new NextRequest(request.url, { headers: requestHeaders }));

  for (const [name, value] of Object.entries(securityHeaders(pathname, policy, { https }))) response.headers.set(name, value);
  return response;
}

/**
 * Everything but Next.js' own static files (hashed, served as they are) and the save path,
 * POST /api/answers: a participant's every answer goes there, and running the proxy took
 * a third of its time (docs/decisions/032). That route needs nothing of the proxy (no
 * locale, no nonce, no server action) and sets the same API headers itself
 * (withApiSecurityHeaders). `$`: only that exact path; /api/answers/… still gets the proxy.
 */
export const config = {
  matcher: "/((?!_next/static|_next/image|_vercel|api/answers$).*)",
};
