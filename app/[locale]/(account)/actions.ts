"use server";

import { headers } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import { isAPIError } from "better-auth/api";
import { redirect } from "@/i18n/navigation";
import type { TActionResult } from "@/lib/server/action-result";
import { toAuthMessageResult, toInvalidAuthResult, toUnexpectedResult } from "@/lib/server/action-errors";
import { getAuth } from "@/lib/platform/auth";
import {
  ZForgotPasswordInput,
  ZResetPasswordInput,
  ZSignInInput,
  ZSignUpInput,
} from "@/lib/domain/auth-validation";
import { createRateLimiter, currentClientAddress } from "@/lib/platform/rate-limit";
import { safeReturnPath } from "@/lib/domain/return-to";

/**
 * Account actions. better-auth does the work (hashing, sessions, cookies through its
 * nextCookies plugin); these actions validate the form, translate what went wrong and
 * limit guessing and abuse: per address and 10 minutes, 30 sign-ins, 30 sign-ups, 10 reset e-mails.
 */
const signInAttempts = createRateLimiter({ limit: 30, windowMs: 10 * 60 * 1000 });
const signUpAttempts = createRateLimiter({ limit: 30, windowMs: 10 * 60 * 1000 });
const resetRequests = createRateLimiter({ limit: 10, windowMs: 10 * 60 * 1000 });

function errorCode(e: unknown): string | undefined {
  if (!isAPIError(e)) return undefined;
  const body = e.body as { code?: unknown } | undefined;
  return typeof body?.code === "string" ? body.code : undefined;
}

async function fieldError(field: string, key: "passwordTooShort" | "passwordTooLong" | "invalidEmail"): Promise<TActionResult> {
  const t = await getTranslations("errors");
  const ta = await getTranslations("auth.errors");
  return { ok: false, errors: { [field]: ta(key) }, message: t("summary") };
}

async function goTo(next: string | undefined): Promise<never> {
  return redirect({ href: next ?? "/", locale: await getLocale() });
}

export async function signUpAction(_prev: TActionResult | null, formData: FormData): Promise<TActionResult> {
  const next = safeReturnPath(formData.get("next"));
  const parsed = ZSignUpInput.safeParse({
    name: formData.get("name"),
    email: formData.get("email"),
    password: formData.get("password"),
  });
  if (!parsed.success) return toInvalidAuthResult(parsed.error);
  if (!signUpAttempts.hit(await currentClientAddress())) return toAuthMessageResult("tooManyAttempts");
  try {
    const auth = await getAuth();
    await auth.api.signUpEmail({ body: parsed.data, headers: await headers() });
  } catch (e) {
    const code = errorCode(e);
    if (code?.startsWith("USER_ALREADY_EXISTS")) return toAuthMessageResult("emailTaken");
    if (code === "PASSWORD_TOO_SHORT") return fieldError("password", "passwordTooShort");
    if (code === "PASSWORD_TOO_LONG") return fieldError("password", "passwordTooLong");
    if (code === "INVALID_EMAIL") return fieldError("email", "invalidEmail");
    return toUnexpectedResult(e);
  }
  return goTo(next);
}

export async function signInAction(_prev: TActionResult | null, formData: FormData): Promise<TActionResult> {
  const next = safeReturnPath(formData.get("next"));
  const parsed = ZSignInInput.safeParse({
    email: formData.get("email"),
    password: formData.get("password"),
  });
  if (!parsed.success) return toInvalidAuthResult(parsed.error);
  if (!signInAttempts.hit(await currentClientAddress())) return toAuthMessageResult("tooManyAttempts");
  try {
    const auth = await getAuth();
    await auth.api.signInEmail({ body: parsed.data, headers: await headers() });
  } catch (e) {
    // Wrong e-mail and wrong password get the same answer.
    if (isAPIError(e) && e.statusCode < 500) return toAuthMessageResult("invalidCredentials");
    return toUnexpectedResult(e);
  }
  return goTo(next);
}

export async function signOutAction(): Promise<TActionResult> {
  try {
    const auth = await getAuth();
    await auth.api.signOut({ headers: await headers() });
  } catch (e) {
    // Not signed in (any more): there is nothing to end.
    if (!isAPIError(e) || e.statusCode >= 500) return toUnexpectedResult(e);
  }
  return goTo(undefined);
}

export async function forgotPasswordAction(_prev: TActionResult | null, formData: FormData): Promise<TActionResult> {
  const parsed = ZForgotPasswordInput.safeParse({ email: formData.get("email") });
  if (!parsed.success) return toInvalidAuthResult(parsed.error);
  if (!resetRequests.hit(await currentClientAddress())) return toAuthMessageResult("tooManyAttempts");
  try {
    const auth = await getAuth();
    await auth.api.requestPasswordReset({ body: { email: parsed.data.email }, headers: await headers() });
  } catch (e) {
    return toUnexpectedResult(e);
  }
  // The same answer whether or not there is an account: the form does not tell who has one.
  const t = await getTranslations("auth");
  return { ok: true, message: t("resetSent") };
}

export async function resetPasswordAction(_prev: TActionResult | null, formData: FormData): Promise<TActionResult> {
  const parsed = ZResetPasswordInput.safeParse({
    token: formData.get("token"),
    password: formData.get("password"),
    passwordConfirm: formData.get("passwordConfirm"),
  });
  if (!parsed.success) {
    if (parsed.error.issues.some((i) => i.path[0] === "token")) return toAuthMessageResult("resetLinkInvalid");
    return toInvalidAuthResult(parsed.error);
  }
  try {
    const auth = await getAuth();
    await auth.api.resetPassword({
      body: { token: parsed.data.token, newPassword: parsed.data.password },
      headers: await headers(),
    });
  } catch (e) {
    const code = errorCode(e);
    if (code === "PASSWORD_TOO_SHORT") return fieldError("password", "passwordTooShort");
    if (code === "PASSWORD_TOO_LONG") return fieldError("password", "passwordTooLong");
    if (isAPIError(e) && e.statusCode < 500) return toAuthMessageResult("resetLinkInvalid");
    return toUnexpectedResult(e);
  }
  return redirect({ href: { pathname: "/sign-in", query: { reset: "1" } }, locale: await getLocale() });
}
