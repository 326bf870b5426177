import type { Prisma } from "@/server/db/generated/client";
import type { Actor } from "./roles";

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
