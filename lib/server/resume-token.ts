import "server-only";
import { limits, requestAddress } from "@/lib/platform/rate-limit";

export type TResumeLookup<T> = { status: "found"; value: T } | { status: "unknown" } | { status: "tooMany"; retryAfterSeconds: number };

/**
 * Looks up what a resume link's token opens, under the guessing limit of the request's
 * address (`limits.resumeToken`), the way join codes are looked up (lib/server/join-code.ts):
 * every lookup counts and one that finds something (a participant, or a withdrawal the link
 * can tell about) is given back, so only tokens that find nothing use up the budget. Once
 * the address is over the limit, every lookup is refused, right tokens too: the answer then
 * tells nothing. The resume link, its pages, its downloads and its actions all come here.
 */
export async function lookUpResumeToken<T>(find: () => Promise<T | null>): Promise<TResumeLookup<T>> {
  const address = await requestAddress();
  const attempt = await limits.resumeToken.consume(address);
  if (!attempt.allowed) return { status: "tooMany", retryAfterSeconds: attempt.retryAfterSeconds };
  const value = await find();
  if (value === null) return { status: "unknown" };
  await limits.resumeToken.refund(address);
  return { status: "found", value };
}
