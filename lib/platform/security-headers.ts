/**
 * The security headers of every response, set by proxy.ts (pages, API routes, the
 * resume link, metadata files). No I/O: proxy.ts runs before every request. One route
 * is outside the proxy: POST /api/answers, the save path, where running the proxy cost
 * a third of the request (docs/decisions/032); it sets the same API headers itself with
 * withApiSecurityHeaders().
 *
 * Content-Security-Policy with a fresh nonce per request. Next.js reads the nonce from the
 * policy on the REQUEST headers and puts it on its own scripts, so pages must render per
 * request (they do: every page reads cookies or the database). Scripts run only with the
 * nonce ('strict-dynamic' lets those load Next.js' chunks). Styles: stylesheets from our
 * own origin and <style> elements with the nonce; style ATTRIBUTES are allowed
 * ('unsafe-inline' in style-src-attr only), because React renders `style={…}` as
 * attributes in the server HTML: the widths of bars and the paddings and font sizes of
 * the charts, computed per figure. Attribute styles cannot run script; <style> elements
 * and stylesheets from elsewhere stay refused. See docs/decisions/011-security-headers-with-nonces.md.
 */

/** Routes whose URL holds a secret (invite, resume and reset tokens): no Referer at all. */
const TOKEN_ROUTES = [/^\/api\/auth\/verify-email/, /^\/resume\//, /^\/[a-z]{2}\/resume\//, /^\/[a-z]{2}\/invite\//, /^\/[a-z]{2}\/reset-password(\/|$)/];

/** Browser features the app does not use are off; full screen is for the presentation. */
export const PERMISSIONS_POLICY = [
  "accelerometer=()",
  "autoplay=()",
  "bluetooth=()",
  "camera=()",
  "display-capture=()",
  "encrypted-media=()",
  "fullscreen=(self)",
  "geolocation=()",
  "gyroscope=()",
  "hid=()",
  "magnetometer=()",
  "microphone=()",
  "midi=()",
  "payment=()",
  "picture-in-picture=()",
  "publickey-credentials-get=()",
  "screen-wake-lock=()",
  "serial=()",
  "usb=()",
  "xr-spatial-tracking=()",
].join(", ");

export type TResponseKind = "page" | "api";

/** A nonce for one response: 128 random bits, base64. */
export function createNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}

/** The Content-Security-Policy of a page (`dev`: what Next.js' development server needs as well). */
export function pagePolicy(nonce: string, { https, dev }: { https: boolean; dev: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // In development styles arrive as <style> elements without a nonce (hot reload).
    dev ? "style-src 'self' 'unsafe-inline'" : `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "media-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "frame-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** API responses (JSON, event streams) are never documents that load anything. */
export const API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** The headers for a response to `pathname`; `policy` is the Content-Security-Policy. */
export function securityHeaders(pathname: string, policy: string, { https }: { https: boolean }): Record<string, string> {
  return {
    "Content-Security-Policy": policy,
    "X-Content-Type-Options": "nosniff",
    // For browsers without frame-ancestors.
    "X-Frame-Options": "DENY",
    "Referrer-Policy": TOKEN_ROUTES.some((r) => r.test(pathname)) ? "no-referrer" : "strict-origin-when-cross-origin",
    "Permissions-Policy": PERMISSIONS_POLICY,
    "Cross-Origin-Opener-Policy": "same-origin",
    // Only over HTTPS: over plain HTTP browsers ignore it, and a demo on the local network must keep working.
    ...(https ? { "Strict-Transport-Security": "max-age=31536000" } : {}),
  };
}

/** Whether the visitor came over HTTPS: the URL, or the proxy in front of the app saying so. */
export function isHttpsRequest(url: URL, headers: Headers): boolean {
  return url.protocol === "https:" || headers.get("x-forwarded-proto") === "https";
}

/**
 * The API headers (API_POLICY) on a response of a route that proxy.ts does not run for
 * (its matcher leaves POST /api/answers out); the same headers the proxy would have set.
 */
export function withApiSecurityHeaders<T extends Response>(response: T, request: { nextUrl: URL; headers: Headers }): T {
  const headers = securityHeaders(request.nextUrl.pathname, API_POLICY, { https: isHttpsRequest(request.nextUrl, request.headers) });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}
