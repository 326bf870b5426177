import type { Actor } from "@/server/auth/roles";
import { placementScope } from "@/server/auth/scope";
import type { Prisma, PrismaClient } from "@/server/db/generated/client";
import { toDateOnly } from "@/lib/schemas/common";
import { addDays } from "./attendance-weeks";

/**
 * How long a placement stays in a caseload after it ends: long enough for the monitoring
 * officer to close its open targets and reviews, and for the school to see how it ended.
 */
export const RECENTLY_ENDED_DAYS = 30;

/** Active placements, and those that ended (completed or withdrawn) in the last 30 days. */
export function currentOrRecent(today: string): Prisma.PlacementWhereInput {
  const since = toDateOnly(addDays(today, -RECENTLY_ENDED_DAYS));
  return { OR: [{ status: "ACTIVE" }, { endedOn: { gte: since } }] };
}

/**
 * Whose caseload the actor works from. The service lead sees every monitoring officer's
 * (and may choose one); a monitoring officer sees their own, the placements whose
 * `monitoringOfficerId` is theirs. Schools and providers have no caseload: their slice is
 * their organisation scope, so this adds nothing for them.
 */
export function caseloadScope(actor: Actor, officerId?: string): Prisma.PlacementWhereInput {
  if (actor.organisationKind !== "SERVICE") {
    return {};
  }
  const chosen: Prisma.PlacementWhereInput = officerId ? { monitoringOfficerId: officerId } : {};
  if (actor.roles.includes("SERVICE_LEAD")) {
    return officerId ? chosen : { monitoringOfficerId: { not: null } };
  }
  // An officer choosing someone else's caseload gets the overlap of the two: nothing.
  return { AND: [{ monitoringOfficerId: actor.userId }, chosen] };
}

/** The placements the actor's dashboard follows today, before any provider or school filter. */
export function caseloadWhere(
  actor: Actor,
  today: string,
  officerId?: string,
): Prisma.PlacementWhereInput {
  return { AND: [placementScope(actor), caseloadScope(actor, officerId), currentOrRecent(today)] };
}

/** Roles that chase every provider's registers, not only their caseload's. */
const EVERY_PROVIDER = new Set(["SERVICE_ADMIN", "SERVICE_LEAD"]);

/**
 * The providers whose missing registers a monitoring officer chases: those of their
 * caseload. Null means no narrowing (providers see their own by scope; admins and the lead
 * every provider's).
 */
export async function caseloadProviderIds(
  db: PrismaClient,
  actor: Actor,
  today: string,
): Promise<string[] | null> {
  const { organisationKind, roles } = actor;
  const officerOnly =
    organisationKind === "SERVICE" &&
    roles.includes("MONITORING_OFFICER") &&
    !roles.some((role) => EVERY_PROVIDER.has(role));
  if (!officerOnly) {
    return null;
  }
  const groups = await db.placement.groupBy({
    by: ["providerId"],
    where: caseloadWhere(actor, today),
  });
  return groups.map((group) => group.providerId);
}
