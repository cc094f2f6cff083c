import { randomUUID } from "node:crypto";
import { db } from "@/lib/platform/db";

/** A user row for tests (no password: these users never sign in). */
export async function createTestUser(name = "Test user") {
  return db.user.create({
    data: { name, email: `${randomUUID()}@test.werkboek.local` },
    select: { id: true, name: true, email: true },
  });
}
