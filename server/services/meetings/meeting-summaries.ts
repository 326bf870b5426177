import type { Actor } from "@/server/auth/roles";
import { meetingScope } from "@/server/auth/scope";
import type { MeetingParty, Prisma, PrismaClient } from "@/server/db/generated/client";
import { ukToday } from "@/lib/dates";
import { fromDateOnly, toDateOnly } from "@/lib/schemas/common";
import { isoPlusDays } from "./review-state";

// Summaries of student meetings for dashboards (the MO's caseload, schools, providers).
// Every function is scoped by meetingScope, so it answers only what the actor may see; pass
// `monitoringOfficerId` to narrow an MO's answer to their own caseload (placements whose
// monitoringOfficerId is theirs). Dates are `YYYY-MM-DD` UK calendar dates.

interface StudentsOptions {
  db: PrismaClient;
  actor: Actor;
  studentIds: readonly string[];
}

export interface OpenTarget {
  id: string;
  meetingId: string;
  meetingReference: string;
  description: string;
  ownerName: string;
  ownerParty: MeetingParty;
  dueOn: string;
}

/** Each student's open targets (not yet met, partly met or not met), soonest due first. */
export async function openTargetsByStudent({
  db,
  actor,
  studentIds,
}: StudentsOptions): Promise<Map<string, OpenTarget[]>> {
  const targets = await db.meetingTarget.findMany({
    where: {
      status: "OPEN",
      meeting: { AND: [meetingScope(actor), { studentId: { in: [...studentIds] } }] },
    },
    orderBy: [{ dueOn: "asc" }, { id: "asc" }],
    include: { meeting: { select: { studentId: true, reference: true } } },
  });
  const byStudent = new Map<string, OpenTarget[]>();
  for (const target of targets) {
    const { meeting } = target;
    const list = byStudent.get(meeting.studentId) ?? [];
    list.push({
      id: target.id,
      meetingId: target.meetingId,
      meetingReference: meeting.reference,
      description: target.description,
      ownerName: target.ownerName,
      ownerParty: target.ownerParty,
      dueOn: fromDateOnly(target.dueOn),
    });
    byStudent.set(meeting.studentId, list);
  }
  return byStudent;
}

export interface ReviewDue {
  meetingId: string;
  reference: string;
  studentId: string;
  placementId: string;
  providerId: string;
  schoolId: string;
  reviewOn: string;
}

const REVIEW_SELECT = {
  id: true,
  reference: true,
  studentId: true,
  placementId: true,
  providerId: true,
  schoolId: true,
  reviewOn: true,
} satisfies Prisma.StudentMeetingSelect;

type ReviewRow = Prisma.StudentMeetingGetPayload<{ select: typeof REVIEW_SELECT }>;

function reviewDue(row: ReviewRow): ReviewDue {
  const { id, reviewOn, ...rest } = row;
  return { ...rest, meetingId: id, reviewOn: fromDateOnly(reviewOn!) };
}

/** Review dates still waiting for their review meeting, within `reviewOn`, oldest first. */
async function pendingReviews(
  db: PrismaClient,
  actor: Actor,
  reviewOn: Prisma.DateTimeNullableFilter,
  monitoringOfficerId?: string,
  studentIds?: readonly string[],
) {
  const rows = await db.studentMeeting.findMany({
    where: {
      AND: [
        meetingScope(actor),
        { reviewOn, reviewedBy: { is: null } },
        monitoringOfficerId ? { placement: { monitoringOfficerId } } : {},
        studentIds ? { studentId: { in: [...studentIds] } } : {},
      ],
    },
    orderBy: [{ reviewOn: "asc" }, { reference: "asc" }],
    select: REVIEW_SELECT,
  });
  return rows.map(reviewDue);
}

/** Each student's next review (the earliest review date with no review meeting yet). */
export async function nextReviewByStudent({
  db,
  actor,
  studentIds,
}: StudentsOptions): Promise<Map<string, ReviewDue>> {
  const rows = await pendingReviews(db, actor, { not: null }, undefined, studentIds);
  const byStudent = new Map<string, ReviewDue>();
  for (const row of rows) {
    if (!byStudent.has(row.studentId)) {
      byStudent.set(row.studentId, row);
    }
  }
  return byStudent;
}

interface DueOptions {
  db: PrismaClient;
  actor: Actor;
  now?: Date;
  /** Days after today still counted as due; 7 means today and the next seven days. */
  withinDays?: number;
  monitoringOfficerId?: string;
}

/** Reviews due from today to today + withinDays (default 7), with no review meeting yet. */
export async function meetingsDue({
  db,
  actor,
  now = new Date(),
  withinDays = 7,
  monitoringOfficerId,
}: DueOptions): Promise<ReviewDue[]> {
  const today = ukToday(now);
  const window = { gte: toDateOnly(today), lte: toDateOnly(isoPlusDays(today, withinDays)) };
  return pendingReviews(db, actor, window, monitoringOfficerId);
}

/** Reviews whose date has passed with no review meeting. */
export async function meetingsOverdue({
  db,
  actor,
  now = new Date(),
  monitoringOfficerId,
}: Omit<DueOptions, "withinDays">): Promise<ReviewDue[]> {
  const window = { lt: toDateOnly(ukToday(now)) };
  return pendingReviews(db, actor, window, monitoringOfficerId);
}
