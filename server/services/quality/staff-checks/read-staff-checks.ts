import { ukToday } from "@/lib/dates";
import type { Actor } from "@/server/auth/roles";
import { qualityProviderScope } from "@/server/auth/scope";
import type { PrismaClient, StaffCheck } from "@/server/db/generated/client";
import { AppError } from "@/server/errors";
import { checkIssues, summarise, type StaffCheckState } from "./check-gaps";

interface Options {
  db: PrismaClient;
  actor: Actor;
  now?: Date;
}

/** The providers whose record the actor may open: its own, or every one for the service. */
function providerWhere(actor: Actor) {
  const { providerId } = qualityProviderScope(actor);
  return { kind: "PROVIDER" as const, ...(providerId ? { id: providerId } : {}) };
}

/** A provider in the actor's scope, or NOT_FOUND for "not yours" and "not there" alike. */
export async function findProviderInScope(db: PrismaClient, actor: Actor, providerId: string) {
  const provider = await db.organisation.findFirst({
    // AND, not a spread: the scope's own `id` must not replace the id asked for.
    where: { AND: [{ id: providerId }, providerWhere(actor)] },
    select: { id: true, name: true },
  });
  if (!provider) {
    throw AppError.notFound("Provider");
  }
  return provider;
}

/**
 * One line per provider: how many current staff, how many with gaps, how many expiring.
 * The service sees every open provider; a provider sees its own line.
 */
export async function listRecordSummaries({ db, actor, now = new Date() }: Options) {
  const today = ukToday(now);
  const providers = await db.organisation.findMany({
    where: { ...providerWhere(actor), closedAt: null },
    orderBy: { name: "asc" },
    select: { id: true, name: true, staffChecks: true },
  });
  return providers.map(({ staffChecks, ...provider }) => ({
    ...provider,
    ...summarise(staffChecks.map((row) => checkIssues(row, today).state)),
  }));
}

const ORDER: Record<StaffCheckState, number> = { GAPS: 0, EXPIRING: 1, COMPLETE: 2, LEFT: 3 };

function withIssues<T extends StaffCheck>(row: T, today: string) {
  return { ...row, ...checkIssues(row, today) };
}

/** A provider's whole record, gaps first, then expiring, complete, and leavers last. */
export async function readProviderRecord({
  db,
  actor,
  providerId,
  now = new Date(),
}: Options & { providerId: string }) {
  const today = ukToday(now);
  const provider = await findProviderInScope(db, actor, providerId);
  const rows = await db.staffCheck.findMany({
    where: { providerId: provider.id },
    orderBy: { fullName: "asc" },
    include: { updatedBy: { select: { name: true } } },
  });
  const staff = rows
    .map((row) => withIssues(row, today))
    .sort((a, b) => ORDER[a.state] - ORDER[b.state]);
  return { provider, staff, summary: summarise(staff.map((row) => row.state)) };
}

/** One staff member's row, for its page and the form that updates it. */
export async function readStaffCheck({
  db,
  actor,
  staffCheckId,
  now = new Date(),
}: Options & { staffCheckId: string }) {
  const row = await db.staffCheck.findFirst({
    where: { id: staffCheckId, ...qualityProviderScope(actor) },
    include: {
      updatedBy: { select: { name: true } },
      provider: { select: { id: true, name: true } },
    },
  });
  if (!row) {
    throw AppError.notFound("Staff member");
  }
  return withIssues(row, ukToday(now));
}
