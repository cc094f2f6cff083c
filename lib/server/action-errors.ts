import "server-only";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import type { TActionFailure } from "@/lib/server/action-result";
import { toAuthFieldErrors } from "@/lib/domain/auth-validation";

/**
 * Failed results with their messages translated on the server, for lib/server/action.ts
 * and the actions it runs.
 */

/**
 * Field errors of a failed safeParse, translated for the form: codes from
 * lib/domain/validation.ts (`errors`) and lib/domain/auth-validation.ts (`auth.errors`).
 */
export async function toInvalidResult(error: z.ZodError): Promise<TActionFailure> {
  const t = await getTranslations("errors");
  const ta = await getTranslations("auth.errors");
  const errors: Record<string, string> = {};
  for (const [field, e] of Object.entries(toAuthFieldErrors(error))) {
    errors[field] = e.namespace === "auth" ? ta(e.code) : t(e.code);
  }
  return { ok: false, errors, message: t("summary") };
}

/** A failure the user can do nothing about: logged, shown as a generic message. */
export async function toUnexpectedResult(cause: unknown): Promise<TActionFailure> {
  console.error(cause);
  return toMessageResult("unexpected");
}

export type TMessageKey =
  | "notFound"
  | "sessionClosed"
  | "codeUnknown"
  | "tooManyAttempts"
  | "unexpected"
  | "notAForm"
  | "foreignOrigin";

/** A form message from the `errors` namespace. */
export async function toMessageResult(key: TMessageKey): Promise<TActionFailure> {
  const t = await getTranslations("errors");
  return { ok: false, errors: {}, message: t(key) };
}

export type TAuthMessageKey =
  | "signInRequired"
  | "invalidCredentials"
  | "resetLinkInvalid"
  | "tooManyAttempts"
  | "notAllowed"
  | "lastCoordinator";

/** A form message from the `auth.errors` namespace. */
export async function toAuthMessageResult(key: TAuthMessageKey): Promise<TActionFailure> {
  const t = await getTranslations("auth.errors");
  return { ok: false, errors: {}, message: t(key) };
}

/** One field's error from the `auth.errors` namespace (e.g. a password better-auth refused). */
export async function toAuthFieldResult(
  field: string,
  key: "passwordTooShort" | "passwordTooLong" | "invalidEmail",
): Promise<TActionFailure> {
  const t = await getTranslations("errors");
  const ta = await getTranslations("auth.errors");
  return { ok: false, errors: { [field]: ta(key) }, message: t("summary") };
}
