import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/platform/env";

/** The host a request was made to: X-Forwarded-Host (set by a proxy) or Host. */
function requestHost(h: Headers): string {
  return h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
}

/** The origin a request was made to, from its Host (and X-Forwarded-*) headers. */
export function originFromHeaders(h: Headers): string {
  const host = requestHost(h);
  const proto = h.get("x-forwarded-proto") ?? (host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https");
  return `${proto}://${host}`;
}

/** The origin the visitor used (for links to share), from the request headers. */
export async function getRequestOrigin(): Promise<string> {
  return originFromHeaders(await headers());
}

/**
 * Whether the request's Origin header is the app's own: the host the request was made
 * to (as Next.js compares it for server actions), or the host of BETTER_AUTH_URL. A
 * missing or opaque ("null") Origin is not: browsers send one with every form post.
 */
export async function hasOwnOrigin(): Promise<boolean> {
  const h = await headers();
  const origin = h.get("origin");
  if (!origin || origin === "null") return false;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return false;
  }
  const own = [requestHost(h), env.BETTER_AUTH_URL ? new URL(env.BETTER_AUTH_URL).host : null];
  return own.includes(host);
}
