import type { Actor } from "@/server/auth/roles";
import { qualityProviderScope } from "@/server/auth/scope";
import type { Prisma, PrismaClient, QualityActionStatus } from "@/server/db/generated/client";
import { ukToday } from "@/lib/dates";
import { actionDueState, addDays, DUE_SOON_DAYS } from "@/lib/quality-action-due";
import { toDateOnly } from "@/lib/schemas/common";

/** The most a list shows; open actions sort first, so nothing due is cut off. */
const LIST_LIMIT = 300;

interface ListOptions {
  db: PrismaClient;
  actor: Actor;
  providerId?: string;
  status?: QualityActionStatus;
  overdue?: boolean;
  /** The UK date the overdue rule counts from (`ukToday()` unless a test pins it). */
  today?: string;
}

/** Not closed and due before `today`: the list filter and the dashboard count agree. */
export function overdueWhere(today: string): Prisma.QualityActionWhereInput {
  return { status: { not: "CLOSED" }, dueOn: { lt: toDateOnly(today) } };
}

/**
 * The actions the actor may see, each with how it stands against its due date: a provider
 * its own, the service every provider's (optionally one provider's). Open actions first,
 * soonest due first; then evidence waiting for a decision; closed ones last.
 */
export async function listQualityActions(options: ListOptions) {
  const { db, actor, providerId, status, overdue, today = ukToday() } = options;
  const where: Prisma.QualityActionWhereInput = {
    AND: [
      qualityProviderScope(actor),
      providerId ? { providerId } : {},
      status ? { status } : {},
      overdue ? overdueWhere(today) : {},
    ],
  };
  const [rows, providers] = await Promise.all([
    db.qualityAction.findMany({
      where,
      orderBy: [{ status: "asc" }, { dueOn: "asc" }, { reference: "asc" }],
      take: LIST_LIMIT,
      include: {
        provider: { select: { id: true, name: true } },
        review: { select: { id: true, reference: true, kind: true } },
      },
    }),
    providerChoices(db, actor),
  ]);
  const actions = rows.map((row) => ({
    ...row,
    dueState: actionDueState(row.dueOn, row.status, today),
  }));
  return { actions, providers };
}

/** Providers with actions, for the service's filter; a provider is offered none. */
async function providerChoices(db: PrismaClient, actor: Actor) {
  if (actor.organisationKind !== "SERVICE") {
    return [];
  }
  return db.organisation.findMany({
    where: { kind: "PROVIDER", qualityActions: { some: {} } },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}

/**
 * The counts each side's dashboard shows: overdue, due within `DUE_SOON_DAYS`, and with
 * evidence waiting for the officer's decision.
 */
export async function summariseQualityActions(options: {
  db: PrismaClient;
  actor: Actor;
  today?: string;
}) {
  const { db, actor, today = ukToday() } = options;
  const scope = qualityProviderScope(actor);
  const soonWhere: Prisma.QualityActionWhereInput = {
    status: { not: "CLOSED" },
    dueOn: { gte: toDateOnly(today), lte: toDateOnly(addDays(today, DUE_SOON_DAYS)) },
  };
  const [overdue, dueSoon, awaitingDecision, open] = await Promise.all([
    db.qualityAction.count({ where: { AND: [scope, overdueWhere(today)] } }),
    db.qualityAction.count({ where: { AND: [scope, soonWhere] } }),
    db.qualityAction.count({ where: { AND: [scope, { status: "EVIDENCE_SUBMITTED" }] } }),
    db.qualityAction.count({ where: { AND: [scope, { status: { not: "CLOSED" } }] } }),
  ]);
  return { overdue, dueSoon, awaitingDecision, open };
}
