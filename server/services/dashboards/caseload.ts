import type { Actor } from "@/server/auth/roles";
import { registerMarkScope } from "@/server/auth/scope";
import type { Prisma, PrismaClient } from "@/server/db/generated/client";
import { ukToday } from "@/lib/dates";
import {
  attendanceFigures,
  combinedFigures,
  type AttendanceFigures,
  type MarkFacts,
} from "@/lib/attendance";
import type { CaseloadFilter } from "@/lib/schemas/caseload";
// "Meetings due" on the dashboards is the meetings list's "review due", so the two agree.
import { REVIEW_DUE_WITHIN_DAYS } from "@/lib/schemas/meeting";
import { fromDateOnly, toDateOnly } from "@/lib/schemas/common";
import {
  addDays,
  schoolWeeks,
  sundayOf,
  weeklyAttendance,
  type WeekFigures,
} from "./attendance-weeks";
import { caseloadWhere } from "./caseload-scope";
import { incidentCountsByPlacement } from "@/server/services/behaviour/read-incidents";
import { awaitingReviewOf, openTargetsOf } from "@/server/services/meetings/meeting-summaries";

/** Behaviour incidents count on the dashboards for the last 30 days, by the clock. */
export const INCIDENT_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

function daysBefore(now: Date, days: number): Date {
  return new Date(now.getTime() - days * DAY_MS);
}

interface Options {
  db: PrismaClient;
  actor: Actor;
  filter?: CaseloadFilter;
  now?: Date;
}

const NAME = { select: { id: true, name: true } } as const;

const PLACEMENT_FIELDS = {
  id: true,
  status: true,
  endedOn: true,
  student: { select: { id: true, legalFirstName: true, legalLastName: true, preferredName: true } },
  school: NAME,
  provider: NAME,
  course: { select: { title: true } },
  monitoringOfficer: NAME,
} as const;

type Named = { id: string; name: string };

/**
 * A caseload as the dashboards show it: one row per placement (a student placed with two
 * providers is followed at each), grouped by provider, with the weekly attendance trend,
 * incidents, open targets and next review of each, and the reviews and targets coming due.
 * Monitoring officers see their caseload, the lead every officer's, schools and providers
 * their own placements (caseload-scope.ts); every filter narrows that, never widens it.
 */
export async function readCaseload({ db, actor, filter = {}, now = new Date() }: Options) {
  const today = ukToday(now);
  const weeks = schoolWeeks(today);

  const [placements, choices] = await Promise.all([
    readPlacements(db, actor, today, filter),
    filterChoices(db, actor, caseloadWhere(actor, today)),
  ]);
  const reads = { db, actor, placementIds: placements.map((placement) => placement.id) };
  const [trendMarks, totals, incidents, awaitingReview, openTargets] = await Promise.all([
    readTrendMarks({ ...reads, from: weeks[0] }),
    readAttendanceTotals(reads),
    incidentCountsByPlacement({ ...reads, since: daysBefore(now, INCIDENT_DAYS), until: now }),
    awaitingReviewOf(reads),
    openTargetsOf(reads),
  ]);

  const placed = new Map(placements.map((placement) => [placement.id, summaryOf(placement)]));
  const reviews = awaitingReview.map((meeting) => reviewItem(meeting, placed, today));
  const targets = openTargets.map((target) => targetItem(target, placed, today));
  const rows = placements.map((placement) => ({
    ...placement,
    endedOn: placement.endedOn ? fromDateOnly(placement.endedOn) : null,
    trend: weeklyAttendance(weeks, trendMarks.get(placement.id) ?? []),
    attendance: totals.get(placement.id) ?? attendanceFigures([]),
    incidents: incidents.get(placement.id) ?? 0,
    openTargets: targets.filter((target) => target.placement.id === placement.id).length,
    nextReview: reviews.find((review) => review.placement.id === placement.id) ?? null,
  }));

  return {
    today,
    weeks,
    total: rows.length,
    students: new Set(rows.map((row) => row.student.id)).size,
    overall: weeklyAttendance(weeks, [...trendMarks.values()].flat()),
    groups: groupByProvider(rows),
    reviewsDue: reviews.filter(
      (review) => review.reviewOn <= addDays(today, REVIEW_DUE_WITHIN_DAYS),
    ),
    targetsDue: targets.filter((target) => target.dueOn <= sundayOf(today)),
    choices,
  };
}

/** The caseload's placements after the provider and school filters, by provider and name. */
function readPlacements(db: PrismaClient, actor: Actor, today: string, filter: CaseloadFilter) {
  const { providerId, schoolId, officerId } = filter;
  return db.placement.findMany({
    where: {
      AND: [
        caseloadWhere(actor, today, officerId),
        providerId ? { providerId } : {},
        schoolId ? { schoolId } : {},
      ],
    },
    orderBy: [
      { provider: { name: "asc" } },
      { student: { legalLastName: "asc" } },
      { student: { legalFirstName: "asc" } },
    ],
    select: PLACEMENT_FIELDS,
  });
}

type Placed = Map<string, ReturnType<typeof summaryOf>>;
type Meeting = Awaited<ReturnType<typeof awaitingReviewOf>>[number];
type Target = Awaited<ReturnType<typeof openTargetsOf>>[number];

/** A meeting awaiting its review; overdue when the review date has passed. */
function reviewItem(meeting: Meeting, placed: Placed, today: string) {
  const reviewOn = fromDateOnly(meeting.reviewOn!);
  return {
    meetingId: meeting.id,
    reference: meeting.reference,
    reviewOn,
    overdue: reviewOn < today,
    placement: placed.get(meeting.placementId)!,
  };
}

/** An open target; overdue when its due date has passed. */
function targetItem(target: Target, placed: Placed, today: string) {
  const dueOn = fromDateOnly(target.dueOn);
  return {
    targetId: target.id,
    description: target.description,
    ownerName: target.ownerName,
    dueOn,
    overdue: dueOn < today,
    meetingReference: target.meeting.reference,
    placement: placed.get(target.meeting.placementId)!,
  };
}

type PlacementFields = {
  id: string;
  student: {
    id: string;
    legalFirstName: string;
    legalLastName: string;
    preferredName: string | null;
  };
  provider: Named;
};

/** What a list item needs to name the student and where they are placed. */
function summaryOf({ id, student, provider }: PlacementFields) {
  return { id, student, provider };
}

/** Rows by provider, each group with its placements' attendance taken together. */
function groupByProvider<Row extends { provider: Named; attendance: AttendanceFigures }>(
  rows: readonly Row[],
) {
  const groups = new Map<string, { provider: Named; rows: Row[] }>();
  for (const row of rows) {
    const group = groups.get(row.provider.id) ?? { provider: row.provider, rows: [] };
    group.rows.push(row);
    groups.set(row.provider.id, group);
  }
  return [...groups.values()].map((group) => ({
    ...group,
    attendance: combinedFigures(group.rows.map((row) => row.attendance)),
  }));
}

interface MarkReads {
  db: PrismaClient;
  actor: Actor;
  placementIds: readonly string[];
}

/** Each placement's marks since the first week of the trend, as dated marks. */
async function readTrendMarks({ db, actor, placementIds, from }: MarkReads & { from?: string }) {
  const byPlacement = new Map<
    string,
    { date: string; mark: MarkFacts["mark"]; absenceReason: MarkFacts["absenceReason"] }[]
  >();
  if (!from) {
    return byPlacement;
  }
  const marks = await db.registerMark.findMany({
    where: {
      AND: [
        registerMarkScope(actor),
        { placementId: { in: [...placementIds] } },
        { date: { gte: toDateOnly(from) } },
      ],
    },
    select: { placementId: true, date: true, mark: true, absenceReason: true },
  });
  for (const { placementId, date, mark, absenceReason } of marks) {
    const list = byPlacement.get(placementId) ?? [];
    list.push({ date: fromDateOnly(date), mark, absenceReason });
    byPlacement.set(placementId, list);
  }
  return byPlacement;
}

/**
 * Each placement's attendance since it started, counted by the rules of lib/attendance.ts.
 * The marks are grouped in the database and the groups expanded for `attendanceFigures`,
 * so a long placement costs a few rows, not one per session.
 */
async function readAttendanceTotals({ db, actor, placementIds }: MarkReads) {
  const groups = await db.registerMark.groupBy({
    by: ["placementId", "mark", "absenceReason"],
    where: { AND: [registerMarkScope(actor), { placementId: { in: [...placementIds] } }] },
    _count: { _all: true },
  });
  const facts = new Map<string, MarkFacts[]>();
  for (const { placementId, mark, absenceReason, _count } of groups) {
    const list = facts.get(placementId) ?? [];
    list.push(...Array.from({ length: _count._all }, () => ({ mark, absenceReason })));
    facts.set(placementId, list);
  }
  const totals = new Map<string, AttendanceFigures>();
  for (const [placementId, list] of facts) {
    totals.set(placementId, attendanceFigures(list));
  }
  return totals;
}

/** The providers, schools and officers the unfiltered caseload holds, for the filter form. */
async function filterChoices(db: PrismaClient, actor: Actor, where: Prisma.PlacementWhereInput) {
  const placements = await db.placement.findMany({
    where,
    select: { provider: NAME, school: NAME, monitoringOfficer: NAME },
  });
  const distinct = (items: (Named | null)[]) =>
    [
      ...new Map(items.filter((item) => item !== null).map((item) => [item.id, item])).values(),
    ].sort((a, b) => a.name.localeCompare(b.name));
  return {
    providers: distinct(placements.map((placement) => placement.provider)),
    schools: distinct(placements.map((placement) => placement.school)),
    // Only the lead chooses between officers; nobody else is offered their names.
    officers: actor.roles.includes("SERVICE_LEAD")
      ? distinct(placements.map((placement) => placement.monitoringOfficer))
      : [],
  };
}

export type Caseload = Awaited<ReturnType<typeof readCaseload>>;
export type { WeekFigures };
