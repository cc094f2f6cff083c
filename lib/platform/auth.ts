import "server-only";
import { betterAuth } from "better-auth";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { headers } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import { routing } from "@/i18n/routing";
import { MAX_NAME_LENGTH, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "@/lib/domain/auth-validation";
import { cleanSingleLine } from "@/lib/domain/text";
import { requiredText } from "@/lib/domain/validation";
import { db } from "@/lib/platform/db";
import { env } from "@/lib/platform/env";
import { sendMail } from "@/lib/platform/mail";
import { getRequestOrigin } from "@/lib/platform/origin";
import { authRateLimitStorage, CLIENT_ADDRESS_HEADER, emailKey, limits, withClientAddress } from "@/lib/platform/rate-limit";

const RESET_TOKEN_SECONDS = 60 * 60;
const VERIFY_TOKEN_SECONDS = 24 * 60 * 60;

/**
 * better-auth's origin: its base URL, its only trusted origin and the address in every
 * mailed link. BETTER_AUTH_URL, else http://localhost:PORT as the server was started;
 * never taken from a request's Host or X-Forwarded-* headers, which the client writes.
 * (A demo reached from other devices on the network sets BETTER_AUTH_URL to the address
 * they use; the pages' own forms work either way, Next.js checks their origin.)
 */
export const AUTH_ORIGIN = env.BETTER_AUTH_URL ? new URL(env.BETTER_AUTH_URL).origin : `http://localhost:${env.PORT}`;

/** Endpoints that take a user's name, and the rule the forms apply (lib/domain/auth-validation.ts). */
const NAME_PATHS = new Set(["/sign-up/email", "/update-user"]);
const ZAccountName = requiredText(MAX_NAME_LENGTH);

/**
 * On better-auth's own endpoints too (not only behind our forms): a sign-in counts toward
 * its e-mail address's limit (below); a name loses control and bidirectional control
 * characters and must then be 1..MAX_NAME_LENGTH characters.
 */
const beforeSignInOrNameChange = createAuthMiddleware(async (ctx) => {
  await limitSignInPerEmail(signInEmailOf(ctx));
  if (!NAME_PATHS.has(ctx.path)) return;
  const body = (ctx.body ?? {}) as Record<string, unknown>;
  if (ctx.path === "/update-user" && body.name === undefined) return;
  const name = ZAccountName.safeParse(typeof body.name === "string" ? cleanSingleLine(body.name) : body.name);
  if (!name.success) throw new APIError("BAD_REQUEST", { code: "INVALID_NAME", message: `A name is 1 to ${MAX_NAME_LENGTH} characters` });
  return { context: { ...ctx, body: { ...body, name: name.data } } };
});

/** The error code of a sign-in refused by the per-e-mail limit (the form translates it). */
export const TOO_MANY_SIGN_INS = "TOO_MANY_SIGN_IN_ATTEMPTS";

function signInEmailOf(ctx: { path: string; body?: unknown }): string | null {
  if (ctx.path !== "/sign-in/email") return null;
  const email = (ctx.body as { email?: unknown } | undefined)?.email;
  return typeof email === "string" && email.trim() !== "" ? email : null;
}

/**
 * Password guessing against one account from many addresses: sign-in attempts per e-mail
 * address (LIMIT_RULES.signInPerEmail), on the form and on /api/auth/sign-in/email alike,
 * beside the per-address limit. A sign-in that succeeds gives its attempt back
 * (refundSuccessfulSignIn), so only failures count.
 */
async function limitSignInPerEmail(email: string | null) {
  if (!email) return;
  const attempt = await limits.signInPerEmail.consume(emailKey(email));
  if (attempt.allowed) return;
  throw new APIError(
    "TOO_MANY_REQUESTS",
    { code: TOO_MANY_SIGN_INS, message: "Too many sign-in attempts for this e-mail address; try again later" },
    { "Retry-After": String(attempt.retryAfterSeconds) },
  );
}

const refundSuccessfulSignIn = createAuthMiddleware(async (ctx) => {
  const email = signInEmailOf(ctx);
  if (email && ctx.context.newSession) await limits.signInPerEmail.refund(emailKey(email));
});

/**
 * Accounts of coordinators and partners (better-auth with its Prisma adapter): password
 * hashing, sessions and their cookies, CSRF checks on its own endpoints. Our domain has
 * its own `Session` (a workbook session), so better-auth's session model is `AuthSession`.
 */
function createAuth(secureCookies: boolean) {
  return betterAuth({
    appName: "Werkboek Regionaal Samenwerken",
    secret: env.BETTER_AUTH_SECRET,
    baseURL: AUTH_ORIGIN,
    trustedOrigins: [AUTH_ORIGIN],
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
      // Sign-up answers the same whether or not the address has an account: a link to
      // finish goes to the address (a new account is signed in by it), the owner of an
      // existing account gets a note instead. So nobody is signed in right at sign-up.
      requireEmailVerification: true,
      onExistingUserSignUp: async ({ user }) => {
        await sendAccountMail("existingAccountMail", user, `${AUTH_ORIGIN}/${await currentLocale()}/sign-in`);
      },
      resetPasswordTokenExpiresIn: RESET_TOKEN_SECONDS,
      revokeSessionsOnPasswordReset: true,
      sendResetPassword: async ({ user, token }) => {
        await sendPasswordResetMail(user, token);
      },
    },
    emailVerification: {
      sendOnSignUp: true,
      sendOnSignIn: true,
      autoSignInAfterVerification: true,
      expiresIn: VERIFY_TOKEN_SECONDS,
      sendVerificationEmail: async ({ user, url }) => {
        await sendAccountMail("verifyMail", user, url);
      },
    },
    hooks: { before: beforeSignInOrNameChange, after: refundSuccessfulSignIn },
    // Limits on its own endpoints, in the database and on the same counters as the forms
    // (lib/platform/rate-limit.ts), per trusted client address: see ipAddress below.
    rateLimit: { enabled: true, window: 60, max: 100, customStorage: authRateLimitStorage() },
    advanced: {
      cookiePrefix: "werkboek",
      useSecureCookies: secureCookies,
      // The address from lib/platform/client-address.ts (TRUST_PROXY), put in this header by
      // app/api/auth/[...all]/route.ts and authRequestHeaders(); whatever a client sends there is replaced.
      ipAddress: { ipAddressHeaders: [CLIENT_ADDRESS_HEADER], ipv6Subnet: 64 },
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

/**
 * The origin for links that are shown to share (invite links, the join QR code): BETTER_AUTH_URL,
 * else the one the signed-in visitor used, so a demo on the local network shows an address
 * phones can reach. Mailed links use AUTH_ORIGIN only.
 */
export async function getPublicOrigin(): Promise<string> {
  return env.BETTER_AUTH_URL ? new URL(env.BETTER_AUTH_URL).origin : getRequestOrigin();
}

async function currentLocale() {
  const locale = await getLocale().catch(() => routing.defaultLocale);
  return routing.locales.find((l) => l === locale) ?? routing.defaultLocale;
}

/** An account e-mail (namespace auth.<kind>) in the language the request was made in, with its link. */
async function sendAccountMail(
  kind: "resetMail" | "verifyMail" | "existingAccountMail",
  user: { email: string; name: string },
  link: string,
) {
  const t = await getTranslations({ locale: await currentLocale(), namespace: `auth.${kind}` as const });
  const seconds = kind === "resetMail" ? RESET_TOKEN_SECONDS : VERIFY_TOKEN_SECONDS;
  const text = t("body", { name: user.name, link, minutes: seconds / 60, hours: seconds / 3600 });
  await sendMail({ to: user.email, subject: t("subject"), text, link });
}

/** The link in the e-mail goes to our own page, in the language the request was made in. */
async function sendPasswordResetMail(user: { email: string; name: string }, token: string) {
  await sendAccountMail("resetMail", user, `${AUTH_ORIGIN}/${await currentLocale()}/reset-password?token=${encodeURIComponent(token)}`);
}

/**
 * The request headers for a call to `auth.api.*` from a server action: the request's
 * own, with the trusted client address for better-auth (CLIENT_ADDRESS_HEADER).
 */
export async function authRequestHeaders(): Promise<Headers> {
  return withClientAddress(await headers());
}
