import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { getLocale, getTranslations } from "next-intl/server";
import { routing } from "@/i18n/routing";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "@/lib/domain/auth-validation";
import { db } from "@/lib/platform/db";
import { env } from "@/lib/platform/env";
import { sendMail } from "@/lib/platform/mail";
import { getRequestOrigin, originFromHeaders } from "@/lib/platform/origin";

const RESET_TOKEN_SECONDS = 60 * 60;

/**
 * Accounts of coordinators and partners (better-auth with its Prisma adapter): password
 * hashing, sessions and their cookies, CSRF checks on its own endpoints. Our domain has
 * its own `Session` (a workbook session), so better-auth's session model is `AuthSession`.
 */
function createAuth(secureCookies: boolean) {
  return betterAuth({
    appName: "Werkboek Regionaal Samenwerken",
    secret: env.BETTER_AUTH_SECRET,
    // Without BETTER_AUTH_URL the origin of each request is used (a demo on the local network).
    baseURL: env.BETTER_AUTH_URL,
    // Its own endpoints accept requests from the page's own origin (as Next.js does for
    // server actions), also when the app is reached by another host name or address.
    trustedOrigins: env.BETTER_AUTH_URL ? undefined : async (request) => (request ? [originFromHeaders(request.headers)] : []),
    database: prismaAdapter(db, { provider: "sqlite" }),
    user: { modelName: "user" },
    session: {
      modelName: "authSession",
      expiresIn: 60 * 60 * 24 * 30,
      updateAge: 60 * 60 * 24,
    },
    account: { modelName: "account" },
    verification: { modelName: "verification" },
    emailAndPassword: {
      enabled: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: MAX_PASSWORD_LENGTH,
      autoSignIn: true,
      resetPasswordTokenExpiresIn: RESET_TOKEN_SECONDS,
      revokeSessionsOnPasswordReset: true,
      sendResetPassword: async ({ user, token }) => {
        await sendPasswordResetMail(user, token);
      },
    },
    advanced: {
      cookiePrefix: "werkboek",
      useSecureCookies: secureCookies,
    },
    telemetry: { enabled: false },
    // Lets server actions set the session cookie; keep it the last plugin.
    plugins: [nextCookies()],
  });
}

export type TAuth = ReturnType<typeof createAuth>;

const globalForAuth = globalThis as unknown as { werkboekAuth?: Map<boolean, TAuth> };
const instances = (globalForAuth.werkboekAuth ??= new Map());

function authInstance(secureCookies: boolean): TAuth {
  let auth = instances.get(secureCookies);
  if (!auth) {
    auth = createAuth(secureCookies);
    instances.set(secureCookies, auth);
  }
  return auth;
}

/**
 * Session cookies are Secure whenever the app is reached over HTTPS. With BETTER_AUTH_URL
 * that is decided once; without it per request, so that a demo on plain HTTP in the local
 * network can sign in too (browsers drop Secure cookies there).
 */
export function authForOrigin(origin: string): TAuth {
  const url = env.BETTER_AUTH_URL ?? origin;
  return authInstance(url.startsWith("https:"));
}

/** The better-auth instance for the current request. */
export async function getAuth(): Promise<TAuth> {
  return authForOrigin(await getRequestOrigin());
}

/** The origin for links that are shared or mailed: BETTER_AUTH_URL, else the one the visitor used. */
export async function getPublicOrigin(): Promise<string> {
  return env.BETTER_AUTH_URL ? new URL(env.BETTER_AUTH_URL).origin : getRequestOrigin();
}

/** The link in the e-mail goes to our own page, in the language the request was made in. */
async function sendPasswordResetMail(user: { email: string; name: string }, token: string) {
  const locale = await getLocale().catch(() => routing.defaultLocale);
  const t = await getTranslations({ locale, namespace: "auth.resetMail" });
  const link = `${await getPublicOrigin()}/${locale}/reset-password?token=${encodeURIComponent(token)}`;
  await sendMail({
    to: user.email,
    subject: t("subject"),
    text: t("body", { name: user.name, link, minutes: RESET_TOKEN_SECONDS / 60 }),
    link,
  });
}
