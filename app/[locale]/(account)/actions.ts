"use server";

import { headers } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { isAPIError } from "better-auth/api";
import { redirect } from "@/i18n/navigation";
import { toAuthFieldResult, toAuthMessageResult } from "@/lib/server/action-errors";
import { formAction } from "@/lib/server/action";
import { authRequestHeaders, getAuth, TOO_MANY_SIGN_INS } from "@/lib/platform/auth";
import {
  ZForgotPasswordInput,
  ZResetPasswordInput,
  ZSignInInput,
  ZSignUpInput,
} from "@/lib/domain/auth-validation";
import { limits, requestAddress, type TLimit } from "@/lib/platform/rate-limit";
import { safeReturnPath } from "@/lib/domain/return-to";

/**
 * Account actions. better-auth does the work (hashing, sessions, cookies through its
 * nextCookies plugin); these actions validate the form, translate what went wrong and
 * limit guessing and abuse per trusted address (lib/platform/rate-limit.ts: the same counters
 * as better-auth's own endpoints, in the database).
 */
async function overLimit(limit: TLimit): Promise<boolean> {
  return !(await limit.consume(await requestAddress())).allowed;
}

/** The answer to a sign-up, the same whether or not the address already has an account. */
async function signUpSent(email: string) {
  const t = await getTranslations("auth");
  return { ok: true as const, message: t("signUpSent", { email }) };
}

function errorCode(e: unknown): string | undefined {
  if (!isAPIError(e)) return undefined;
  const body = e.body as { code?: unknown } | undefined;
  return typeof body?.code === "string" ? body.code : undefined;
}

/** A password better-auth refused, as a field error (its rules are ours: lib/domain/auth-validation.ts). */
function passwordFieldResult(code: string | undefined) {
  if (code === "PASSWORD_TOO_SHORT") return toAuthFieldResult("password", "passwordTooShort");
  if (code === "PASSWORD_TOO_LONG") return toAuthFieldResult("password", "passwordTooLong");
  return null;
}

/** The return path (a hidden field), kept only when it is one of ours. */
const ZNext = { next: z.unknown().transform(safeReturnPath).optional() };

async function goTo(next: string | undefined): Promise<never> {
  return redirect({ href: next ?? "/", locale: await getLocale() });
}

/** Where the link that finishes a new account lands: the welcome, with the page to go on to. */
async function welcomeURL(next: string | undefined) {
  return `/${await getLocale()}/welcome${next ? `?next=${encodeURIComponent(next)}` : ""}`;
}

export const signUpAction = formAction({ schema: ZSignUpInput.extend(ZNext) }, async ({ input: { next, ...body } }) => {
  if (await overLimit(limits.signUp)) return toAuthMessageResult("tooManyAttempts");
  try {
    const auth = await getAuth();
    // A new account gets a link to finish (it signs in and opens the welcome, which points on to `next`), an existing one a note
    // to its owner (lib/platform/auth.ts); both get the same answer here.
    const callbackURL = await welcomeURL(next);
    await auth.api.signUpEmail({ body: { ...body, callbackURL }, headers: await authRequestHeaders() });
  } catch (e) {
    const code = errorCode(e);
    if (code?.startsWith("USER_ALREADY_EXISTS")) return signUpSent(body.email);
    if (code === "INVALID_EMAIL") return toAuthFieldResult("email", "invalidEmail");
    const password = passwordFieldResult(code);
    if (password) return password;
    throw e;
  }
  return signUpSent(body.email);
});

export const signInAction = formAction({ schema: ZSignInInput.extend(ZNext) }, async ({ input: { next, ...body } }) => {
  if (await overLimit(limits.signIn)) return toAuthMessageResult("tooManyAttempts");
  try {
    const auth = await getAuth();
    // callbackURL: for the new link better-auth sends when the account is not finished yet.
    await auth.api.signInEmail({ body: { ...body, callbackURL: await welcomeURL(next) }, headers: await authRequestHeaders() });
  } catch (e) {
    // The right password, but the link from sign-up was not opened yet: better-auth sent a new one.
    if (errorCode(e) === "EMAIL_NOT_VERIFIED") return signUpSent(body.email);
    // Too many failed attempts for this e-mail address, from wherever (lib/platform/auth.ts).
    if (errorCode(e) === TOO_MANY_SIGN_INS) return toAuthMessageResult("tooManyAttempts");
    // Wrong e-mail and wrong password get the same answer.
    if (isAPIError(e) && e.statusCode < 500) return toAuthMessageResult("invalidCredentials");
    throw e;
  }
  return goTo(next);
});

export const signOutAction = formAction({ schema: z.object({}) }, async () => {
  try {
    const auth = await getAuth();
    await auth.api.signOut({ headers: await headers() });
  } catch (e) {
    // Not signed in (any more): there is nothing to end.
    if (!isAPIError(e) || e.statusCode >= 500) throw e;
  }
  return goTo(undefined);
});

export const forgotPasswordAction = formAction({ schema: ZForgotPasswordInput }, async ({ input }) => {
  if (await overLimit(limits.passwordReset)) return toAuthMessageResult("tooManyAttempts");
  const auth = await getAuth();
  await auth.api.requestPasswordReset({ body: { email: input.email }, headers: await authRequestHeaders() });
  // The same answer whether or not there is an account: the form does not tell who has one.
  const t = await getTranslations("auth");
  return { ok: true, message: t("resetSent") };
});

export const resetPasswordAction = formAction(
  { schema: ZResetPasswordInput, notFound: () => toAuthMessageResult("resetLinkInvalid") },
  async ({ input }) => {
    try {
      const auth = await getAuth();
      await auth.api.resetPassword({ body: { token: input.token, newPassword: input.password }, headers: await headers() });
    } catch (e) {
      const password = passwordFieldResult(errorCode(e));
      if (password) return password;
      if (isAPIError(e) && e.statusCode < 500) return toAuthMessageResult("resetLinkInvalid");
      throw e;
    }
    return redirect({ href: { pathname: "/sign-in", query: { reset: "1" } }, locale: await getLocale() });
  },
);
