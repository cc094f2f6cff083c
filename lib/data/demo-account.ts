import "server-only";
import { db } from "@/lib/platform/db";
import { env } from "@/lib/platform/env";
import { DEMO_ACCOUNT } from "@/lib/domain/demo";

/**
 * Whether the sign-in page shows the demo account and its password: only while this
 * instance runs as the demo (`npm run demo` sets WERKBOEK_DEMO=1) and the account exists.
 * An instance started normally never shows it, even on a database that still holds it
 * (`npm run db:remove-demo` removes it).
 */
export async function showDemoAccount(): Promise<boolean> {
  if (!env.WERKBOEK_DEMO) return false;
  return (await db.user.count({ where: { email: DEMO_ACCOUNT.email } })) > 0;
}
