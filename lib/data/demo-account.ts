import "server-only";
import { db } from "@/lib/platform/db";
import { DEMO_ACCOUNT } from "@/lib/domain/demo";

/** Whether the seeded demo account is in this database (then the sign-in page mentions it). */
export async function hasDemoAccount(): Promise<boolean> {
  return (await db.user.count({ where: { email: DEMO_ACCOUNT.email } })) > 0;
}
