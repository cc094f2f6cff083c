/**
 * The demo coordinator that `npm run db:seed` adds to an empty database, so a new user
 * can sign in and see a filled-in partnership right away. The sign-in page shows these
 * credentials only while this account exists.
 */
export const DEMO_ACCOUNT = {
  name: "Demo coördinator",
  email: "demo@werkboek.local",
  password: "demo-werkboek",
} as const;
