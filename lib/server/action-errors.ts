import "server-only";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import type { TActionResult } from "@/lib/server/action-result";
import { toFieldErrors } from "@/lib/domain/validation";
import { toAuthFieldErrors } from "@/lib/domain/auth-validation";

/** Field errors of a failed safeParse, translated for the form. */
export async function toInvalidResult(error: z.ZodError): Promise<TActionResult> {
  const t = await getTranslations("errors");
  const errors: Record<string, string> = {};
  for (const [field, code] of Object.entries(toFieldErrors(error))) errors[field] = t(code);
  return { ok: false, errors, message: t("summary") };
}

/** A failure the user can do nothing about: logged, shown as a generic message. */
export async function toUnexpectedResult(cause: unknown): Promise<TActionResult> {
  console.error(cause);
  const t = await getTranslations("errors");
  return { ok: false, errors: {}, message: t("unexpected") };
}

export async function toMessageResult(key: "notFound" | "sessionClosed" | "codeUnknown" | "tooManyAttempts"): Promise<TActionResult> {
  const t = await getTranslations("errors");
  return { ok: false, errors: {}, message: t(key) };
}

/** Field errors of a failed safeParse of an account or member form (codes from lib/domain/auth-validation.ts). */
export async function toInvalidAuthResult(error: z.ZodError): Promise<TActionResult> {
  const t = await getTranslations("errors");
  const ta = await getTranslations("auth.errors");
  const errors: Record<string, string> = {};
  for (const [field, e] of Object.entries(toAuthFieldErrors(error))) {
    errors[field] = e.namespace === "auth" ? ta(e.code) : t(e.code);
  }
  return { ok: false, errors, message: t("summary") };
}

/** A form message from the `auth.errors` namespace. */
export async function toAuthMessageResult(key: TAuthMessageKey): Promise<TActionResult> {
  const t = await getTranslations("auth.errors");
  return { ok: false, errors: {}, message: t(key) };
}

export type TAuthMessageKey =
  | "signInRequired"
  | "invalidCredentials"
  | "emailTaken"
  | "resetLinkInvalid"
  | "tooManyAttempts"
  | "notAllowed"
  | "lastCoordinator";

/** An action refused by an access check (lib/data/memberships.ts): sign in first, or "does not exist". */
export async function toAccessDeniedResult(reason: "signIn" | "notFound"): Promise<TActionResult> {
  return reason === "signIn" ? toAuthMessageResult("signInRequired") : toMessageResult("notFound");
}
