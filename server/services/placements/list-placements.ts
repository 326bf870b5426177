import type { Actor } from "@/server/auth/roles";
import { placementScope } from "@/server/auth/scope";
import type { PlacementStatus, Prisma, PrismaClient } from "@/server/db/generated/client";

export const PLACEMENT_PAGE_SIZE = 25;

interface Options {
  db: PrismaClient;
  actor: Actor;
  status?: PlacementStatus;
  page: number;
}

/** Placements the actor's organisation may see, latest start first. */
export async function listPlacements({ db, actor, status, page }: Options) {
  const where: Prisma.PlacementWhereInput = {
    AND: [placementScope(actor), status ? { status } : {}],
  };
  const [total, rows] = await Promise.all([
    db.placement.count({ where }),
    db.placement.findMany({
      where,
      orderBy: [{ startDate: "desc" }, { createdAt: "desc" }],
      skip: (page - 1) * PLACEMENT_PAGE_SIZE,
      take: PLACEMENT_PAGE_SIZE,
      include: {
        student: {
          select: { id: true, legalFirstName: true, legalLastName: true, preferredName: true },
        },
        course: { select: { id: true, title: true } },
        school: { select: { id: true, name: true } },
        provider: { select: { id: true, name: true } },
        referral: { select: { id: true, reference: true } },
      },
    }),
  ]);
  return { total, page, pageSize: PLACEMENT_PAGE_SIZE, rows };
}
