import "server-only";
import { z } from "zod";
import { db } from "./db";
import { requiredText } from "./validation";

export const ZPartnershipInput = z.object({
  name: requiredText(120),
  region: requiredText(120),
});
export type TPartnershipInput = z.infer<typeof ZPartnershipInput>;

export async function createPartnership(input: TPartnershipInput) {
  return db.partnership.create({ data: input, select: { id: true } });
}

export async function listPartnerships() {
  return db.partnership.findMany({
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      name: true,
      region: true,
      _count: { select: { sessions: true } },
    },
  });
}

export async function getPartnership(id: string) {
  return db.partnership.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      region: true,
      sessions: {
        orderBy: { date: "desc" },
        select: {
          id: true,
          title: true,
          date: true,
          status: true,
          _count: { select: { participants: true } },
        },
      },
    },
  });
}
