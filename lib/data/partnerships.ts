import "server-only";
import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/platform/db";
import { requiredText } from "@/lib/domain/validation";

export const ZPartnershipInput = z.object({
  name: requiredText(120),
  region: requiredText(120),
});
export type TPartnershipInput = z.infer<typeof ZPartnershipInput>;

/** Creates a partnership; whoever creates it becomes its coordinator. */
export async function createPartnership(input: TPartnershipInput, coordinatorUserId: string) {
  return db.partnership.create({
    data: { ...input, memberships: { create: { userId: coordinatorUserId, role: "coordinator" } } },
    select: { id: true },
  });
}

/** What a page or action reads of a partnership, through lib/data/memberships.ts (with the access rule). */
export const PARTNERSHIP_SELECT = {
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
      workbookLength: true,
      _count: { select: { participants: { where: { isTest: false } } } },
    },
  },
} satisfies Prisma.PartnershipSelect;
