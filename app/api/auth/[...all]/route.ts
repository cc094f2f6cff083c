import { authForOrigin } from "@/lib/platform/auth";
import { getRequestOrigin } from "@/lib/platform/origin";

/**
 * better-auth's own endpoints (/api/auth/*), with its CSRF and rate limiting. The app's
 * pages use server actions that call the same library (lib/platform/auth.ts); this route is there
 * for clients that talk to better-auth directly.
 */
async function handler(request: Request): Promise<Response> {
  return authForOrigin(await getRequestOrigin()).handler(request);
}

export { handler as GET, handler as POST };
