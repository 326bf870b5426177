import type { Actor } from "@/server/auth/roles";
import { meetingScope } from "@/server/auth/scope";
import type { PrismaClient } from "@/server/db/generated/client";

// Summaries of student meetings for the dashboards, whose rows are placements (the MO's
// caseload, a school's or a provider's placements). Scoped by meetingScope, so each answers
// only what the actor may see.

interface PlacementsOptions {
  db: PrismaClient;
  actor: Actor;
  placementIds: readonly string[];
}

/** Meetings with a review date and no review meeting recorded yet, soonest review first. */
export function awaitingReviewOf({ db, actor, placementIds }: PlacementsOptions) {
  return db.studentMeeting.findMany({
    where: {
      AND: [
        meetingScope(actor),
        { placementId: { in: [...placementIds] } },
        { reviewOn: { not: null } },
        { reviewedBy: { is: null } },
      ],
    },
    orderBy: [{ reviewOn: "asc" }, { heldAt: "asc" }],
    select: { id: true, reference: true, placementId: true, heldAt: true, reviewOn: true },
  });
}

/** Targets still open (not yet reviewed as met, partly met or not met), soonest due first. */
export function openTargetsOf({ db, actor, placementIds }: PlacementsOptions) {
  return db.meetingTarget.findMany({
    where: {
      status: "OPEN",
      meeting: { AND: [meetingScope(actor), { placementId: { in: [...placementIds] } }] },
    },
    orderBy: [{ dueOn: "asc" }, { id: "asc" }],
    select: {
      id: true,
      description: true,
      ownerName: true,
      dueOn: true,
      meeting: { select: { id: true, reference: true, placementId: true } },
    },
  });
}
