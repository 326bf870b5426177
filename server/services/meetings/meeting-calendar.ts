import type { Actor } from "@/server/auth/roles";
import { meetingScope } from "@/server/auth/scope";
import type { PrismaClient } from "@/server/db/generated/client";
import { AppError } from "@/server/errors";
import { ukToday } from "@/lib/dates";
import { fromDateOnly, toDateOnly } from "@/lib/schemas/common";
import { MEETING_TYPE_LABEL } from "@/lib/schemas/meeting";

/**
 * One calendar event. Calendars sync to phones and mail servers outside the portal, so an
 * event carries the meeting's reference and the student's initials, never a name or what
 * was discussed; the record itself stays behind the portal's sign-in (`path`).
 */
export interface CalendarEntry {
  uid: string;
  title: string;
  description: string;
  /** The portal page the event links to. */
  path: string;
  /** A timed event: its start, lasting `minutes`. */
  startsAt?: Date;
  minutes?: number;
  /** An all-day event: its UK date, `YYYY-MM-DD`. */
  on?: string;
}

// The record keeps when a meeting started, not how long it ran: an hour is what the
// service's meetings usually take.
const MEETING_MINUTES = 60;

export function initialsOf(student: { legalFirstName: string; legalLastName: string }) {
  const first = student.legalFirstName.trim().charAt(0).toUpperCase();
  const last = student.legalLastName.trim().charAt(0).toUpperCase();
  return `${first}.${last}.`;
}

const CALENDAR_INCLUDE = {
  student: { select: { legalFirstName: true, legalLastName: true } },
  provider: { select: { name: true } },
  reviewedBy: { select: { id: true } },
} as const;

interface Found {
  id: string;
  reference: string;
  reviewOn: Date | null;
  student: { legalFirstName: string; legalLastName: string };
  provider: { name: string };
}

function reviewEntry(meeting: Found): CalendarEntry {
  return {
    uid: `review-${meeting.id}@cap-portal`,
    title: `Review meeting: ${meeting.reference}`,
    description:
      `Review of student meeting ${meeting.reference} for ${initialsOf(meeting.student)} ` +
      `(${meeting.provider.name}). The record and its targets are in CAP Portal.`,
    path: `/meetings/${meeting.id}`,
    on: fromDateOnly(meeting.reviewOn!),
  };
}

/** A meeting, and its review date as an all-day event when it has one. */
export async function meetingCalendar(options: {
  db: PrismaClient;
  actor: Actor;
  meetingId: string;
}): Promise<CalendarEntry[]> {
  const { db, actor, meetingId } = options;
  const meeting = await db.studentMeeting.findFirst({
    where: { AND: [{ id: meetingId }, meetingScope(actor)] },
    include: CALENDAR_INCLUDE,
  });
  if (!meeting) {
    throw AppError.notFound("Meeting");
  }

  const entries: CalendarEntry[] = [
    {
      uid: `meeting-${meeting.id}@cap-portal`,
      title: `Student meeting: ${meeting.reference} (${initialsOf(meeting.student)})`,
      description:
        `${MEETING_TYPE_LABEL[meeting.type]} meeting ${meeting.reference} ` +
        `(${meeting.provider.name}). The record is in CAP Portal.`,
      path: `/meetings/${meeting.id}`,
      startsAt: meeting.heldAt,
      minutes: MEETING_MINUTES,
    },
  ];
  // Once a review meeting is recorded, the review date is no longer something to attend.
  if (meeting.reviewOn && !meeting.reviewedBy) {
    entries.push(reviewEntry(meeting));
  }
  return entries;
}

/**
 * The caller's upcoming reviews (today onwards, no review meeting yet): a monitoring
 * officer's caseload (placements allocated to them), anyone else's organisation scope.
 */
export async function reviewCalendar(options: {
  db: PrismaClient;
  actor: Actor;
  now?: Date;
}): Promise<CalendarEntry[]> {
  const { db, actor, now = new Date() } = options;
  const caseload = actor.roles.includes("MONITORING_OFFICER")
    ? { placement: { monitoringOfficerId: actor.userId } }
    : {};
  const meetings = await db.studentMeeting.findMany({
    where: {
      AND: [
        meetingScope(actor),
        caseload,
        { reviewOn: { gte: toDateOnly(ukToday(now)) }, reviewedBy: { is: null } },
      ],
    },
    orderBy: [{ reviewOn: "asc" }, { reference: "asc" }],
    take: 500,
    include: CALENDAR_INCLUDE,
  });
  return meetings.map(reviewEntry);
}
