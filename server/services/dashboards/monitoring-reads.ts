import type { Actor } from "@/server/auth/roles";
import { placementScope } from "@/server/auth/scope";
import type { PrismaClient } from "@/server/db/generated/client";

// The dashboard's own reads of behaviour incidents, student meetings and their targets.
// Those workflows are being built beside this one (server/services/behaviour/ and
// meetings/); until their read services exist to call, these small queries are the only
// place the dashboards touch their tables, so swapping them for those services is one file.
// Each is scoped through the placement the record belongs to (placementScope), the same
// rule as the placement rows it is counted against: a school or provider counts nothing of
// a placement that is not its own.

interface ReadOptions {
  db: PrismaClient;
  actor: Actor;
  placementIds: readonly string[];
}

/** Behaviour incidents count once the dashboard's window opens: the last 30 days. */
export const INCIDENT_DAYS = 30;
const DAY = 24 * 60 * 60 * 1000;

/**
 * Incidents that involve each placement's student there, not withdrawn, that happened in the
 * last 30 days (by the clock, not by school days), as placement id → count.
 */
export async function countRecentIncidents({
  db,
  actor,
  placementIds,
  now,
}: ReadOptions & { now: Date }): Promise<Map<string, number>> {
  const since = new Date(now.getTime() - INCIDENT_DAYS * DAY);
  const links = await db.behaviourIncidentStudent.findMany({
    where: {
      AND: [
        { placementId: { in: [...placementIds] } },
        { placement: placementScope(actor) },
        { incident: { withdrawnAt: null, occurredAt: { gte: since, lte: now } } },
      ],
    },
    select: { placementId: true },
  });
  const counts = new Map<string, number>();
  for (const { placementId } of links) {
    counts.set(placementId, (counts.get(placementId) ?? 0) + 1);
  }
  return counts;
}

/** Meetings with a review date and no review meeting recorded yet, soonest review first. */
export function readAwaitingReview({ db, actor, placementIds }: ReadOptions) {
  return db.studentMeeting.findMany({
    where: {
      AND: [
        { placementId: { in: [...placementIds] } },
        { placement: placementScope(actor) },
        { reviewOn: { not: null } },
        { reviewedBy: { is: null } },
      ],
    },
    orderBy: [{ reviewOn: "asc" }, { heldAt: "asc" }],
    select: { id: true, reference: true, placementId: true, heldAt: true, reviewOn: true },
  });
}

/** Targets still open (not yet reviewed as met, partly met or not met), soonest due first. */
export function readOpenTargets({ db, actor, placementIds }: ReadOptions) {
  return db.meetingTarget.findMany({
    where: {
      status: "OPEN",
      meeting: { placementId: { in: [...placementIds] }, placement: placementScope(actor) },
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
