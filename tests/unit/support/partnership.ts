import { setMembership } from "@/lib/data/memberships";
import { createPartnership } from "@/lib/data/partnerships";
import { createSession } from "@/lib/data/sessions";
import { createTestUser } from "./users";

/** A partnership with a coordinator, a partner and a session, and a user outside it. */
export async function createTestPartnership() {
  const coordinator = await createTestUser("Coördinator");
  const partner = await createTestUser("Partner");
  const outsider = await createTestUser("Buitenstaander");
  const { id: partnershipId } = await createPartnership({ name: "Zorgregio", region: "Twente" }, coordinator.id);
  await setMembership(partner.id, partnershipId, "partner");
  const { id: sessionId } = await createSession(partnershipId, { title: "S", date: new Date("2026-01-01") });
  return { coordinator, partner, outsider, partnershipId, sessionId };
}
