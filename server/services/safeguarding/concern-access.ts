import { concernScope } from "@/server/auth/scope";
import type { Actor } from "@/server/auth/roles";
import type { Prisma } from "@/server/db/generated/client";
import { AppError } from "@/server/errors";

type Db = Prisma.TransactionClient;

/** A concern the actor may see, or NOT_FOUND (the same answer for "not yours" and "not there"). */
export async function findConcernInScope<T extends Prisma.ConcernInclude>(
  db: Db,
  actor: Actor,
  concernId: string,
  include: T,
) {
  const concern = await db.concern.findFirst({
    where: { AND: [{ id: concernId }, concernScope(actor)] },
    include,
  });
  if (!concern) {
    throw AppError.notFound("Concern");
  }
  return concern;
}

/** A closed concern keeps its record; nothing more is added to it. */
export function assertOpen(concern: { status: string }): void {
  if (concern.status === "CLOSED") {
    throw new AppError(
      "CONFLICT",
      "This concern is closed. Raise a new concern if something new has happened",
    );
  }
}

/**
 * Review, alerting the school and deciding belong to the DSLs of the organisation that
 * raised the concern (DOMAIN.md workflow 4): the provider DSL for a provider's concern, the
 * school DSL for a school's, the service DSLs for one raised by the service.
 */
export function assertActsForRaisingOrganisation(
  actor: Actor,
  concern: { raisedByOrganisationId: string },
): void {
  if (actor.organisationId !== concern.raisedByOrganisationId) {
    throw new AppError(
      "FORBIDDEN",
      "Only a DSL of the organisation that raised this concern can do that",
    );
  }
}

/** Next human-readable reference, e.g. CON-000124, taken inside the caller's transaction. */
export async function nextConcernReference(tx: Db): Promise<string> {
  const existing = await tx.counter.findUnique({ where: { name: "concern" } });
  if (!existing) {
    // Seeded or imported concerns may predate the counter: start after the highest one.
    const latest = await tx.concern.findFirst({
      orderBy: { reference: "desc" },
      select: { reference: true },
    });
    const start = latest ? Number(latest.reference.replace(/\D/g, "")) : 0;
    await tx.counter.create({ data: { name: "concern", value: start } });
  }
  const counter = await tx.counter.update({
    where: { name: "concern" },
    data: { value: { increment: 1 } },
  });
  return `CON-${String(counter.value).padStart(6, "0")}`;
}

/** The DSL role of each kind of organisation, for telling a raising organisation's DSLs. */
export const DSL_ROLE_OF = {
  SCHOOL: "SCHOOL_DSL",
  PROVIDER: "PROVIDER_DSL",
  SERVICE: "SERVICE_DSL",
} as const;
