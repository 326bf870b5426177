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

/**
 * Quality-assurance records (reviews, actions, the single central record, policy adoptions,
 * consents, course confirmations) each name their provider: a provider sees its own, the
 * service all of them (the permission table keeps them to quality roles). Anyone else, a
 * school, matches nothing: its id is never a provider's.
 */
export function qualityProviderScope(actor: Actor): { providerId?: string } {
  return actor.organisationKind === "SERVICE" ? {} : { providerId: actor.organisationId };
}

/** Service roles that work on students' cases; a quality officer is not one of them. */
const CASEWORK_ROLES = new Set<Role>([
  "MONITORING_OFFICER",
  "SERVICE_ADMIN",
  "SERVICE_DSL",
  "SERVICE_LEAD",
]);

/**
 * Student meetings carry their placement's school and provider, so they follow the placement
 * rule; in the service only casework roles see them (quality officers assure providers and
 * read no student's case, ADR 0003), even if a procedure let one through.
 */
export function meetingScope(actor: Actor): Prisma.StudentMeetingWhereInput {
  if (actor.organisationKind === "SERVICE" && !actor.roles.some((r) => CASEWORK_ROLES.has(r))) {
    return { id: { in: [] } };
  }
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
 * Service roles that follow a student's casework and so read behaviour incidents. Quality
 * officers are refused by the permission table; this keeps helpers that skip the table
 * (the MO dashboard's counts) from ever counting incidents for them either.
 */
const BEHAVIOUR_SERVICE_ROLES = new Set<Role>([
  "MONITORING_OFFICER",
  "SERVICE_ADMIN",
  "SERVICE_DSL",
  "SERVICE_LEAD",
]);

const NO_INCIDENT = { id: { in: [] as string[] } };

/**
 * Behaviour incidents: a provider sees those it logged, a school those involving at least
 * one of its own students, the service's casework roles all. Which of an incident's
 * students the actor may see is behaviourStudentScope: a school never sees another
 * school's student in a shared incident.
 */
export function behaviourIncidentScope(actor: Actor): Prisma.BehaviourIncidentWhereInput {
  switch (actor.organisationKind) {
    case "SERVICE":
      return actor.roles.some((role) => BEHAVIOUR_SERVICE_ROLES.has(role)) ? {} : NO_INCIDENT;
    case "SCHOOL":
      return { students: { some: { schoolId: actor.organisationId } } };
    case "PROVIDER":
      return { providerId: actor.organisationId };
  }
}

/** The students of an incident the actor may see by name (with behaviourIncidentScope). */
export function behaviourStudentScope(actor: Actor): Prisma.BehaviourIncidentStudentWhereInput {
  switch (actor.organisationKind) {
    case "SERVICE":
      return actor.roles.some((role) => BEHAVIOUR_SERVICE_ROLES.has(role)) ? {} : NO_INCIDENT;
    case "SCHOOL":
      return { schoolId: actor.organisationId };
    case "PROVIDER":
      return { incident: { providerId: actor.organisationId } };
  }
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
