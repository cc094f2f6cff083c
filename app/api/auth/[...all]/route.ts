import { authForOrigin } from "@/lib/platform/auth";
import { getRequestOrigin } from "@/lib/platform/origin";
import { withClientAddress } from "@/lib/platform/rate-limit";

/**
 * better-auth's own endpoints (/api/auth/*), with its CSRF checks and rate limits. The app's
 * pages use server actions that call the same library (lib/platform/auth.ts); this route is there
 * for clients that talk to better-auth directly. better-auth reads the client's address from a
 * header: it gets the trusted one (lib/platform/client-address.ts), never what the client sent.
 */
async function handler(request: Request): Promise<Response> {
  const trusted = new Request(request, { headers: withClientAddress(request.headers) });
  return authForOrigin(await getRequestOrigin()).handler(trusted);
}

export { handler as GET, handler as POST };
