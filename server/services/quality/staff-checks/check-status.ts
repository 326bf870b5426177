import { ukToday } from "@/lib/dates";
import type { Actor } from "@/server/auth/roles";
import type { Prisma, PrismaClient } from "@/server/db/generated/client";
import { AppError } from "@/server/errors";
import { checkIssues, providerStatus, summarise } from "./check-gaps";

interface Options {
  db: PrismaClient;
  actor: Actor;
  providerIds: readonly string[];
  now?: Date;
}

/**
 * The providers whose status the actor may ask about (ADR 0017). The service: any. A
 * provider: itself. A school: a provider it may refer to (one with an active course on the
 * published offer) or one it has referred to, placements included (a placement always comes
 * from a referral), so a school keeps seeing the status of a provider its students attend
 * after the course is withdrawn from the offer.
 */
function statusScope(actor: Actor): Prisma.OrganisationWhereInput {
  switch (actor.organisationKind) {
    case "SERVICE":
      return { kind: "PROVIDER" };
    case "PROVIDER":
      return { kind: "PROVIDER", id: actor.organisationId };
    case "SCHOOL":
      return {
        kind: "PROVIDER",
        OR: [
          { courses: { some: { active: true } } },
          { referralsReceived: { some: { schoolId: actor.organisationId } } },
        ],
      };
  }
}

/**
 * Whether each provider's single central record is complete, for the warnings on referral
 * and placement screens: a state and a count, never a staff member's name or check. A
 * provider outside the actor's scope answers NOT_FOUND like one that does not exist.
 */
export async function readCheckStatuses({ db, actor, providerIds, now = new Date() }: Options) {
  const ids = [...new Set(providerIds)];
  const today = ukToday(now);
  const providers = await db.organisation.findMany({
    where: { AND: [{ id: { in: ids } }, statusScope(actor)] },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      staffChecks: {
        select: {
          leftOn: true,
          identityCheckedOn: true,
          dbsCertificateNumber: true,
          dbsIssuedOn: true,
          dbsUpdateService: true,
          dbsLastCheckedOn: true,
          barredListCheckedOn: true,
          prohibitionCheckedOn: true,
          overseasCheckRequired: true,
          overseasCheckedOn: true,
          qualificationsRequired: true,
          qualificationsCheckedOn: true,
          rightToWorkCheckedOn: true,
          checkedByName: true,
          checkedOn: true,
        },
      },
    },
  });
  if (providers.length !== ids.length) {
    throw AppError.notFound("Provider");
  }
  return providers.map(({ id, name, staffChecks }) => ({
    providerId: id,
    providerName: name,
    ...providerStatus(summarise(staffChecks.map((row) => checkIssues(row, today).state))),
  }));
}
