import type { MarkCount } from "@/lib/attendance";
import { ukDayStart } from "@/lib/dates";
import { toDateOnly } from "@/lib/schemas/common";
import type { PrismaClient } from "@/server/db/generated/client";
import type { IndicatorPeriod } from "./indicator-period";

/**
 * The counts behind every provider's indicators for one period: one grouped query per
 * indicator, whatever the number of students or marks (no query per provider or student).
 * These read across organisations on purpose: only counts leave this file, and
 * read-indicators.ts decides whose counts the caller sees.
 */
export interface ProviderCounts {
  marks: Map<string, MarkCount[]>;
  started: Map<string, number>;
  withdrawnEarly: Map<string, number>;
  studentsPlaced: Map<string, number>;
  incidents: Map<string, number>;
  concerns: Map<string, number>;
  actionsDue: Map<string, number>;
  actionsOnTime: Map<string, number>;
}

interface Reads {
  db: PrismaClient;
  providerIds: readonly string[];
  period: IndicatorPeriod;
}

export async function countForProviders(reads: Reads): Promise<ProviderCounts> {
  const [marks, started, withdrawnEarly, studentsPlaced, incidents, concerns, actions] =
    await Promise.all([
      markCounts(reads),
      placementsStarted(reads, false),
      placementsStarted(reads, true),
      studentsPlacedCounts(reads),
      incidentCounts(reads),
      concernCounts(reads),
      actionCounts(reads),
    ]);
  return {
    marks,
    started,
    withdrawnEarly,
    studentsPlaced,
    incidents,
    concerns,
    ...actions,
  };
}

/** The period as DATE column bounds, and as instants from UK midnight to UK midnight. */
function bounds({ from, to }: IndicatorPeriod) {
  const dayAfter = new Date(toDateOnly(to).getTime() + 86_400_000).toISOString().slice(0, 10);
  return {
    fromDate: toDateOnly(from),
    toDate: toDateOnly(to),
    fromInstant: ukDayStart(from),
    beforeInstant: ukDayStart(dayAfter),
  };
}

function tally<Row>(rows: readonly Row[], key: (row: Row) => string, count: (row: Row) => number) {
  const totals = new Map<string, number>();
  for (const row of rows) {
    totals.set(key(row), (totals.get(key(row)) ?? 0) + count(row));
  }
  return totals;
}

/** Register marks in the period by provider and kind of mark (ADR 0009's counting). */
async function markCounts({ db, providerIds, period }: Reads) {
  const { fromDate, toDate } = bounds(period);
  const groups = await db.registerMark.groupBy({
    by: ["providerId", "mark", "absenceReason"],
    where: { providerId: { in: [...providerIds] }, date: { gte: fromDate, lte: toDate } },
    _count: { _all: true },
  });
  const byProvider = new Map<string, MarkCount[]>();
  for (const { providerId, mark, absenceReason, _count } of groups) {
    const list = byProvider.get(providerId) ?? [];
    list.push({ mark, absenceReason, count: _count._all });
    byProvider.set(providerId, list);
  }
  return byProvider;
}

/**
 * Placements that started in the period; with `early`, only those withdrawn before their
 * planned end date (a withdrawal ends a placement the day before it takes effect).
 */
async function placementsStarted({ db, providerIds, period }: Reads, early: boolean) {
  const { fromDate, toDate } = bounds(period);
  const groups = await db.placement.groupBy({
    by: ["providerId"],
    where: {
      providerId: { in: [...providerIds] },
      startDate: { gte: fromDate, lte: toDate },
      ...(early
        ? { status: "WITHDRAWN", endedOn: { lt: db.placement.fields.plannedEndDate } }
        : {}),
    },
    _count: { _all: true },
  });
  return tally(
    groups,
    (group) => group.providerId,
    (group) => group._count._all,
  );
}

/** Students with a placement at the provider on any day of the period, each counted once. */
async function studentsPlacedCounts({ db, providerIds, period }: Reads) {
  const { fromDate, toDate } = bounds(period);
  const pairs = await db.placement.groupBy({
    by: ["providerId", "studentId"],
    where: {
      providerId: { in: [...providerIds] },
      startDate: { lte: toDate },
      OR: [{ endedOn: { gte: fromDate } }, { endedOn: null, plannedEndDate: { gte: fromDate } }],
    },
  });
  return tally(
    pairs,
    (pair) => pair.providerId,
    () => 1,
  );
}

/** Behaviour incidents the provider logged that happened in the period, not withdrawn. */
async function incidentCounts({ db, providerIds, period }: Reads) {
  const { fromInstant, beforeInstant } = bounds(period);
  const groups = await db.behaviourIncident.groupBy({
    by: ["providerId"],
    where: {
      providerId: { in: [...providerIds] },
      withdrawnAt: null,
      occurredAt: { gte: fromInstant, lt: beforeInstant },
    },
    _count: { _all: true },
  });
  return tally(
    groups,
    (group) => group.providerId,
    (group) => group._count._all,
  );
}

/**
 * Concerns the provider's staff raised in the period: a count by raising organisation and
 * nothing else of the concern is read (concerns are for the DSLs, ADR 0004).
 */
async function concernCounts({ db, providerIds, period }: Reads) {
  const { fromInstant, beforeInstant } = bounds(period);
  const groups = await db.concern.groupBy({
    by: ["raisedByOrganisationId"],
    where: {
      raisedByOrganisationId: { in: [...providerIds] },
      raisedAt: { gte: fromInstant, lt: beforeInstant },
    },
    _count: { _all: true },
  });
  return tally(
    groups,
    (group) => group.raisedByOrganisationId,
    (group) => group._count._all,
  );
}

/**
 * Quality actions due in the period (up to today), and those of them closed on or before
 * the UK day they were due. An action still open after its date is late, not left out; one
 * closed in the period before it fell due is on time already, so it counts too (a provider
 * that finishes early should see it now, not on the due date).
 * Actions are few (tens a year per provider), so their three columns are read and compared
 * here: a closing time is compared with the end of the due day in UK time.
 */
async function actionCounts({ db, providerIds, period }: Reads) {
  const { fromDate, toDate, fromInstant, beforeInstant } = bounds(period);
  const actions = await db.qualityAction.findMany({
    where: {
      providerId: { in: [...providerIds] },
      OR: [
        { dueOn: { gte: fromDate, lte: toDate } },
        {
          status: "CLOSED",
          dueOn: { gt: toDate },
          closedAt: { gte: fromInstant, lt: beforeInstant },
        },
      ],
    },
    select: { providerId: true, dueOn: true, status: true, closedAt: true },
  });
  const onTime = actions.filter(
    ({ dueOn, status, closedAt }) =>
      status === "CLOSED" && closedAt !== null && closedAt < endOfUkDay(dueOn),
  );
  return {
    actionsDue: tally(
      actions,
      (action) => action.providerId,
      () => 1,
    ),
    actionsOnTime: tally(
      onTime,
      (action) => action.providerId,
      () => 1,
    ),
  };
}

function endOfUkDay(day: Date): Date {
  const next = new Date(day.getTime() + 86_400_000).toISOString().slice(0, 10);
  return ukDayStart(next);
}
