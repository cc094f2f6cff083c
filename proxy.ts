import { NextRequest, NextResponse } from "next/server";
import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing";
import { API_POLICY, createNonce, pagePolicy, securityHeaders } from "./lib/platform/security-headers";

const handleI18nRouting = createMiddleware(routing);

/** Routes next-intl leaves alone: API routes, the resume link and files such as /icon.svg. */
function isUnlocalised(pathname: string): boolean {
  return pathname.startsWith("/api/") || pathname === "/api" || pathname.startsWith("/resume/") || /\.[^/]+$/.test(pathname);
}

/**
 * Every request: the locale routing of next-intl for pages, and the security headers
 * (lib/platform/security-headers.ts) on every response, with a fresh CSP nonce that
 * Next.js applies to its scripts (it reads the policy from the request headers).
 */
export default function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const https = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  const api = pathname.startsWith("/api/") || pathname === "/api";
  const policy = api ? API_POLICY : pagePolicy(createNonce(), { https, dev: process.env.NODE_ENV === "development" });

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = isUnlocalised(pathname)
    ? NextResponse.next({ request: { headers: requestHeaders } })
    : // next-intl reads only the URL and the headers (and forwards the headers): a copy without the body.
      handleI18nRouting(new NextRequest(request.url, { headers: requestHeaders }));

  for (const [name, value] of Object.entries(securityHeaders(pathname, policy, { https }))) response.headers.set(name, value);
  return response;
}

export const config = {
  // Everything but Next.js' own static files (hashed, served as they are).
  matcher: "/((?!_next/static|_next/image|_vercel).*)",
};
