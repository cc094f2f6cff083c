import { z } from "zod";
import { ERROR_CODES, requiredText, ZToken, type TErrorCode } from "@/lib/domain/validation";

/** Password rules; better-auth is configured with the same (lib/platform/auth.ts). */
export const MIN_PASSWORD_LENGTH = 8;
export const MAX_PASSWORD_LENGTH = 128;
/** The longest name of an account: the form and better-auth's own endpoints (lib/platform/auth.ts). */
export const MAX_NAME_LENGTH = 80;

/**
 * Error codes of the account and member forms, translated with the `auth.errors`
 * namespace. Shared codes (required, tooLong, invalidChoice) come from lib/domain/validation.ts.
 */
export const AUTH_ERROR_CODES = ["invalidEmail", "passwordTooShort", "passwordTooLong", "passwordsDiffer"] as const;
export type TAuthErrorCode = (typeof AUTH_ERROR_CODES)[number];

export const ZEmail = z
  .string("required")
  .trim()
  .toLowerCase()
  .min(1, "required")
  .max(254, "tooLong")
  .pipe(z.email("invalidEmail"));

export const ZNewPassword = z
  .string("required")
  .min(1, "required")
  .min(MIN_PASSWORD_LENGTH, "passwordTooShort")
  .max(MAX_PASSWORD_LENGTH, "passwordTooLong");

export const ZSignUpInput = z.object({
  name: requiredText(MAX_NAME_LENGTH),
  email: ZEmail,
  password: ZNewPassword,
});

export const ZSignInInput = z.object({
  email: ZEmail,
  password: z.string("required").min(1, "required").max(MAX_PASSWORD_LENGTH, "passwordTooLong"),
});

export const ZForgotPasswordInput = z.object({ email: ZEmail });

export const ZResetPasswordInput = z
  .object({
    token: ZToken,
    password: ZNewPassword,
    passwordConfirm: z.string("required").min(1, "required").max(MAX_PASSWORD_LENGTH, "passwordTooLong"),
  })
  .refine((v) => v.password === v.passwordConfirm, { path: ["passwordConfirm"], message: "passwordsDiffer" });

export type TFormErrorCode = { namespace: "errors"; code: TErrorCode } | { namespace: "auth"; code: TAuthErrorCode };

/** Field errors as codes with their namespace, keyed by field name (first error per field). */
export function toAuthFieldErrors(error: z.ZodError): Record<string, TFormErrorCode> {
  const out: Record<string, TFormErrorCode> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    if (out[field]) continue;
    if ((AUTH_ERROR_CODES as readonly string[]).includes(issue.message)) {
      out[field] = { namespace: "auth", code: issue.message as TAuthErrorCode };
    } else if ((ERROR_CODES as readonly string[]).includes(issue.message)) {
      out[field] = { namespace: "errors", code: issue.message as TErrorCode };
    } else {
      out[field] = { namespace: "errors", code: "required" };
    }
  }
  return out;
}
