import type { Actor } from "@/server/auth/roles";
import type { Prisma } from "@/server/db/generated/client";
import { assertActsForRaisingOrganisation, findConcernInScope } from "./concern-access";

type Db = Prisma.TransactionClient;

/**
 * Onward referrals (the exploitation tool, police intelligence, Prevent) are made by the DSLs
 * who act on the concern (the raising organisation's, as for decisions) and by the service
 * DSLs and lead, who triage every concern. Which concerns anyone sees stays concernScope's
 * rule: a concern out of sight answers NOT_FOUND before this is asked.
 */
export function assertMayReferOn(actor: Actor, concern: { raisedByOrganisationId: string }) {
  if (actor.roles.includes("SERVICE_DSL") || actor.roles.includes("SERVICE_LEAD")) {
    return;
  }
  assertActsForRaisingOrganisation(actor, concern);
}

/** The concern, when the actor may see it (else NOT_FOUND) and refer it on (else FORBIDDEN). */
export async function findConcernToReferOn<T extends Prisma.ConcernInclude>(
  db: Db,
  actor: Actor,
  concernId: string,
  include: T,
) {
  const concern = await findConcernInScope(db, actor, concernId, include);
  assertMayReferOn(actor, concern);
  return concern;
}
