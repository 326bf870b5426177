import type { Actor } from "@/server/auth/roles";
import type { Prisma } from "@/server/db/generated/client";
import { AppError } from "@/server/errors";

type Db = Prisma.TransactionClient;

/** The columns of an allegation that decide who may see it. */
export interface AllegationParties {
  reportedById: string;
}

/**
 * How much of an allegation the actor may read (DOMAIN.md: its reporter and the service
 * lead, nobody else). LEAD for the service lead; REPORTER for the person who reported it,
 * who reads back what they reported and their own additions; otherwise null. DSLs, admins
 * and the reporter's own DSL see nothing: an allegation is about a colleague, and the LADO
 * process keeps it to those who must know.
 */
export function allegationAccess(
  actor: Actor,
  allegation: AllegationParties,
): "LEAD" | "REPORTER" | null {
  if (isLead(actor)) {
    return "LEAD";
  }
  return allegation.reportedById === actor.userId ? "REPORTER" : null;
}

/** `allegationAccess` as a Prisma `where`: the allegations for which it is not null. */
export function allegationScope(actor: Actor): Prisma.AllegationWhereInput {
  return isLead(actor) ? {} : { reportedById: actor.userId };
}

// Roles are already cut to those that count in the actor's kind of organisation
// (effectiveRoles), so a "lead" role on a school user never reaches here.
export function isLead(actor: Actor): boolean {
  return actor.roles.includes("SERVICE_LEAD");
}

/** An allegation the actor may see, or NOT_FOUND: "not yours" and "not there" answer alike. */
export async function findAllegationInScope<T extends Prisma.AllegationInclude>(
  db: Db,
  actor: Actor,
  allegationId: string,
  include: T,
) {
  const allegation = await db.allegation.findFirst({
    where: { AND: [{ id: allegationId }, allegationScope(actor)] },
    include,
  });
  if (!allegation) {
    throw AppError.notFound("Allegation");
  }
  return allegation;
}

/** A closed allegation keeps its record; nothing more is added to it. */
export function assertOpen(allegation: { status: string }): void {
  if (allegation.status === "CLOSED") {
    throw new AppError(
      "CONFLICT",
      "This allegation is closed. Report a new allegation if something new has happened",
    );
  }
}

/** Next human-readable reference, e.g. ALG-000012, taken inside the caller's transaction. */
export async function nextAllegationReference(tx: Db): Promise<string> {
  const existing = await tx.counter.findUnique({ where: { name: "allegation" } });
  if (!existing) {
    // Seeded allegations may predate the counter: start after the highest one.
    const latest = await tx.allegation.findFirst({
      orderBy: { reference: "desc" },
      select: { reference: true },
    });
    const start = latest ? Number(latest.reference.replace(/\D/g, "")) : 0;
    await tx.counter.create({ data: { name: "allegation", value: start } });
  }
  const counter = await tx.counter.update({
    where: { name: "allegation" },
    data: { value: { increment: 1 } },
  });
  return `ALG-${String(counter.value).padStart(6, "0")}`;
}
