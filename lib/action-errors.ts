import "server-only";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import type { TActionResult } from "./action-result";
import { toFieldErrors } from "./validation";

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
