import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import type { TActionFailure, TActionResult, TFormAction } from "@/lib/server/action-result";
import { toAuthMessageResult, toInvalidResult, toMessageResult, toUnexpectedResult } from "@/lib/server/action-errors";
import { getCurrentUser, type TCurrentUser } from "@/lib/server/access";
import { hasOwnOrigin } from "@/lib/platform/origin";
import { findPartnershipForMember, findSessionForMember, type TMemberRole } from "@/lib/data/memberships";
import { INVALID_ID } from "@/lib/domain/validation";

/**
 * The one way a server action handles a form (docs/decisions/009-one-guarded-server-action.md):
 *
 * 1. the request's Origin header must be the app's own (Next.js lets a missing one through);
 * 2. the body must be FormData;
 * 3. the fields are parsed with the zod schema: an invalid id or token (ZId, ZToken) is
 *    answered "does not exist", other problems as translated field errors;
 * 4. `signedInAction` only: the signed-in user, else "sign in first";
 * 5. `signedInAction` with `access`: what the user may act on, read in one query with the
 *    access rule (lib/data/memberships.ts), else "does not exist";
 * 6. `run`, the domain or data call, returns the result (or redirects).
 *
 * Every failure after step 2 carries the submitted values (no passwords or tokens), so the
 * form shows what the user typed. Anything unexpected is logged and answered with the
 * generic message; nothing leaks.
 */

interface TActionOptions<S extends z.ZodType> {
  /** The form's fields. Every field arrives as a string, an empty one as undefined. */
  schema: S;
  /** The answer when an id or token is invalid; default: "does not exist". */
  notFound?: () => Promise<TActionFailure>;
}

interface TSignedInOptions<S extends z.ZodType, C> extends TActionOptions<S> {
  /** The access rule: what the user may act on (e.g. `memberOfSession("coordinator")`), null if nothing. */
  access?: (input: z.output<S>, user: TCurrentUser) => Promise<C | null>;
}

/** Fields whose values are never sent back to the form. */
const SECRET_FIELD = /password|token/i;

/** The form's text fields for the schema, and the values to show again after a failure. */
function readForm(formData: FormData) {
  const fields = new Map<string, string | undefined>();
  const values = new Map<string, string>();
  for (const [name, value] of formData) {
    // Next.js's own entries ($ACTION_…), files and repeated names (the first counts, as with get()).
    if (typeof value !== "string" || name.startsWith("$ACTION") || fields.has(name)) continue;
    fields.set(name, value === "" ? undefined : value);
    if (!SECRET_FIELD.test(name)) values.set(name, value);
  }
  return { fields: Object.fromEntries(fields), values: Object.fromEntries(values) };
}

function guarded<S extends z.ZodType, C>(
  options: TSignedInOptions<S, C>,
  signedIn: boolean,
  run: (args: { input: z.output<S>; user: TCurrentUser | null; access: C }) => Promise<TActionResult>,
): TFormAction {
  return async (_previous, formData) => {
    let values: Record<string, string> | undefined;
    const keep = (result: TActionResult): TActionResult => (result.ok || !values ? result : { ...result, values });
    try {
      if (!(await hasOwnOrigin())) return await toMessageResult("foreignOrigin");
      // Typed as FormData, but a crafted request can send anything the action endpoint decodes.
      if (!((formData as unknown) instanceof FormData)) return await toMessageResult("notAForm");
      const form = readForm(formData);
      values = form.values;

      const parsed = options.schema.safeParse(form.fields);
      if (!parsed.success) {
        const badId = parsed.error.issues.some((issue) => issue.message === INVALID_ID);
        if (badId) return keep(await (options.notFound?.() ?? toMessageResult("notFound")));
        return keep(await toInvalidResult(parsed.error));
      }

      let user: TCurrentUser | null = null;
      if (signedIn) {
        user = await getCurrentUser();
        if (!user) return keep(await toAuthMessageResult("signInRequired"));
      }
      let access = undefined as C;
      if (options.access) {
        const found = await options.access(parsed.data, user!);
        if (found === null) return keep(await toMessageResult("notFound"));
        access = found;
      }
      return keep(await run({ input: parsed.data, user, access }));
    } catch (e) {
      // redirect() and notFound() are thrown on purpose: let Next.js handle them.
      unstable_rethrow(e);
      return keep(await toUnexpectedResult(e));
    }
  };
}

/** A server action for a form that anyone may send (joining, signing in). */
export function formAction<S extends z.ZodType>(
  options: TActionOptions<S>,
  run: (args: { input: z.output<S> }) => Promise<TActionResult>,
): TFormAction {
  return guarded(options, false, ({ input }) => run({ input }));
}

/** A server action for signed-in users; with `access`, for what they may act on. */
export function signedInAction<S extends z.ZodType, C = undefined>(
  options: TSignedInOptions<S, C>,
  run: (args: { input: z.output<S>; user: TCurrentUser; access: C }) => Promise<TActionResult>,
): TFormAction {
  return guarded(options, true, ({ input, user, access }) => run({ input, user: user!, access }));
}

/** Access rule: the session of the form's `sessionId`, for members with at least `required`. */
export function memberOfSession(required: TMemberRole) {
  return (input: { sessionId: string }, user: TCurrentUser) => findSessionForMember(user.id, input.sessionId, required);
}

/** Access rule: the partnership of the form's `partnershipId`, for members with at least `required`. */
export function memberOfPartnership(required: TMemberRole) {
  return (input: { partnershipId: string }, user: TCurrentUser) =>
    findPartnershipForMember(user.id, input.partnershipId, required);
}
