import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/platform/db";
import { DEMO_ACCOUNT } from "@/lib/domain/demo";

/** lib/data/demo-account.ts with the environment of an instance started with or without `npm run demo`. */
async function showDemoAccount(demo: boolean) {
  vi.resetModules();
  vi.stubEnv("WERKBOEK_DEMO", demo ? "1" : "");
  try {
    return await (await import("@/lib/data/demo-account")).showDemoAccount();
  } finally {
    vi.unstubAllEnvs();
  }
}

describe("the demo password on the sign-in page (issue 13)", () => {
  it("is shown only while the instance runs as the demo, and only while the account exists", async () => {
    expect(await showDemoAccount(true)).toBe(false);
    await db.user.create({ data: { name: DEMO_ACCOUNT.name, email: DEMO_ACCOUNT.email, emailVerified: true } });
    expect(await showDemoAccount(true)).toBe(true);
    // An instance started normally (npm start) never shows it, also with the account in the database.
    expect(await showDemoAccount(false)).toBe(false);
  });
});
