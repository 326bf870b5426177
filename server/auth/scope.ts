import type { Prisma } from "@/server/db/generated/client";
import type { Actor, Role } from "./roles";

/**
 * What each organisation may see (DOMAIN.md isolation rules), as Prisma `where` clauses.
 * Every read and write of a student, referral or placement goes through one of these, so
 * another organisation's record answers NOT_FOUND exactly like a missing one.
 *
 * A provider sees a student only through a referral to it; placements always come from a
 * referral, so "referred or placed" is one rule. History stays visible after the referral
 * or placement ends; writes on ended records are refused by the services.
 */
export function studentScope(actor: Actor): Prisma.StudentWhereInput {
  switch (actor.organisationKind) {
    case "SERVICE":
      return {};
    case "SCHOOL":
      return { homeSchoolId: actor.organisationId };
    case "PROVIDER":
      return { referrals: { some: { providerId: actor.organisationId } } };
  }
}

/**
 * Referrals and placements both name the school and the provider they concern, so one rule
 * serves both: a school sees its own, a provider those sent to it, the service all.
 */
function partyScope(actor: Actor): { schoolId?: string; providerId?: string } {
  switch (actor.organisationKind) {
    case "SERVICE":
      return {};
    case "SCHOOL":
      return { schoolId: actor.organisationId };
    case "PROVIDER":
      return { providerId: actor.organisationId };
  }
}

export function referralScope(actor: Actor): Prisma.ReferralWhereInput {
  return partyScope(actor);
}

export function placementScope(actor: Actor): Prisma.PlacementWhereInput {
  return partyScope(actor);
}

/** Register marks carry their placement's school and provider, so the same rule applies. */
export function registerMarkScope(actor: Actor): Prisma.RegisterMarkWhereInput {
  return partyScope(actor);
}

/** Roles that see every concern in the collaboration (DOMAIN.md: service DSLs and lead). */
const CONCERN_SERVICE_ROLES = new Set<Role>(["SERVICE_DSL", "SERVICE_LEAD"]);

/** The columns of a concern that decide who may see it. */
export interface ConcernParties {
  raisedById: string;
  raisedByOrganisationId: string;
  schoolId: string;
}

/**
 * How much of a concern the actor may read: FULL for the DSLs entitled to it, RAISER for
 * the person who raised it without holding such a role (they read back only what they
 * raised), or null. Stricter than organisation scope: MOs, admins and staff who did not
 * raise it see nothing unless they also hold a DSL role.
 */
export function concernAccess(actor: Actor, concern: ConcernParties): "FULL" | "RAISER" | null {
  const { roles, organisationId } = actor;
  if (roles.some((role) => CONCERN_SERVICE_ROLES.has(role))) {
    return "FULL";
  }
  const isDsl = roles.includes("SCHOOL_DSL") || roles.includes("PROVIDER_DSL");
  const dslOf = [concern.raisedByOrganisationId, concern.schoolId];
  if (isDsl && dslOf.includes(organisationId)) {
    return "FULL";
  }
  return concern.raisedById === actor.userId ? "RAISER" : null;
}

/** `concernAccess` as a Prisma `where`: the concerns for which it is not null. */
export function concernScope(actor: Actor): Prisma.ConcernWhereInput {
  const { roles, organisationId } = actor;
  if (roles.some((role) => CONCERN_SERVICE_ROLES.has(role))) {
    return {};
  }
  const visible: Prisma.ConcernWhereInput[] = [{ raisedById: actor.userId }];
  if (roles.includes("SCHOOL_DSL") || roles.includes("PROVIDER_DSL")) {
    visible.push({ raisedByOrganisationId: organisationId }, { schoolId: organisationId });
  }
  return { OR: visible };
}

/**
 * Withdrawal requests: the school and the provider of the placements, and the service. A
 * draft stays with the organisation preparing it until it is submitted.
 */
export function withdrawalScope(actor: Actor): Prisma.WithdrawalRequestWhereInput {
  if (actor.organisationKind === "SERVICE") {
    return { status: { not: "DRAFT" } };
  }
  return {
    ...partyScope(actor),
    OR: [{ status: { not: "DRAFT" } }, { requestedBy: actor.organisationKind }],
  };
}

/** Changes of day: the school that proposed it, the provider that answers, the service. */
export function changeOfDayScope(actor: Actor): Prisma.ChangeOfDayRequestWhereInput {
  return partyScope(actor);
}
