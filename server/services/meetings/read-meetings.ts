import type { Actor } from "@/server/auth/roles";
import { meetingScope } from "@/server/auth/scope";
import type { Prisma, PrismaClient } from "@/server/db/generated/client";
import { AppError } from "@/server/errors";
import { ukToday } from "@/lib/dates";
import { fromDateOnly, toDateOnly } from "@/lib/schemas/common";
import { REVIEW_DUE_WITHIN_DAYS, type MeetingListInput } from "@/lib/schemas/meeting";
import { isoPlusDays, reviewStateOf } from "./review-state";

export const MEETING_PAGE_SIZE = 25;

const STUDENT_NAME = {
  select: { id: true, legalFirstName: true, legalLastName: true, preferredName: true },
} as const;
const NAME = { select: { id: true, name: true } } as const;

interface ListOptions {
  db: PrismaClient;
  actor: Actor;
  input: Omit<MeetingListInput, "page"> & { page: number };
  now?: Date;
}

/** The "review due" and "review overdue" filters: review dates with no review meeting yet. */
function reviewFilter(review: MeetingListInput["review"], today: string) {
  if (!review) {
    return {};
  }
  const reviewOn =
    review === "REVIEW_OVERDUE"
      ? { lt: toDateOnly(today) }
      : { gte: toDateOnly(today), lte: toDateOnly(isoPlusDays(today, REVIEW_DUE_WITHIN_DAYS)) };
  return { reviewOn, reviewedBy: { is: null } } satisfies Prisma.StudentMeetingWhereInput;
}

/** Meetings the actor's organisation may see, newest first, with where each review stands. */
export async function listMeetings({ db, actor, input, now = new Date() }: ListOptions) {
  const { studentId, placementId, providerId, schoolId, review, page } = input;
  const today = ukToday(now);
  const where: Prisma.StudentMeetingWhereInput = {
    AND: [
      meetingScope(actor),
      { studentId, placementId, providerId, schoolId },
      reviewFilter(review, today),
    ],
  };
  const [total, rows, filters] = await Promise.all([
    db.studentMeeting.count({ where }),
    db.studentMeeting.findMany({
      where,
      orderBy: review ? [{ reviewOn: "asc" }, { heldAt: "desc" }] : [{ heldAt: "desc" }],
      skip: (page - 1) * MEETING_PAGE_SIZE,
      take: MEETING_PAGE_SIZE,
      include: {
        student: STUDENT_NAME,
        provider: NAME,
        school: NAME,
        reviewOf: { select: { id: true, reference: true } },
        reviewedBy: { select: { id: true, reference: true } },
        targets: { select: { status: true } },
      },
    }),
    filterChoices(db, actor),
  ]);
  return {
    filters,
    total,
    page,
    pageSize: MEETING_PAGE_SIZE,
    rows: rows.map(({ targets, reviewOn, ...meeting }) => ({
      ...meeting,
      reviewOn: reviewOn ? fromDateOnly(reviewOn) : null,
      openTargets: targets.filter((target) => target.status === "OPEN").length,
      reviewState: reviewStateOf({ reviewOn, reviewedBy: meeting.reviewedBy }, today),
    })),
  };
}

/** The providers and schools the actor's meetings involve, for the list's filters. */
async function filterChoices(db: PrismaClient, actor: Actor) {
  const scope = meetingScope(actor);
  const [providers, schools] = await Promise.all([
    db.studentMeeting.findMany({
      where: scope,
      distinct: ["providerId"],
      select: { provider: NAME },
    }),
    db.studentMeeting.findMany({ where: scope, distinct: ["schoolId"], select: { school: NAME } }),
  ]);
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
  return {
    providers: providers.map((row) => row.provider).sort(byName),
    schools: schools.map((row) => row.school).sort(byName),
  };
}

const MEETING_INCLUDE = {
  student: STUDENT_NAME,
  provider: NAME,
  school: NAME,
  placement: { select: { id: true, course: { select: { title: true } } } },
  recordedBy: { select: { name: true, organisation: { select: { name: true } } } },
  attendees: { orderBy: { id: "asc" }, include: { organisation: NAME } },
  targets: {
    orderBy: [{ dueOn: "asc" }, { id: "asc" }],
    include: { reviewedIn: { select: { id: true, reference: true } } },
  },
  reviewed: {
    orderBy: [{ dueOn: "asc" }, { id: "asc" }],
    include: { reviewedIn: { select: { id: true, reference: true } } },
  },
  reviewOf: { select: { id: true, reference: true, heldAt: true } },
  reviewedBy: { select: { id: true, reference: true, heldAt: true } },
  copies: { orderBy: { sentAt: "asc" }, include: { organisation: NAME } },
} satisfies Prisma.StudentMeetingInclude;

interface GetOptions {
  db: PrismaClient;
  actor: Actor;
  meetingId: string;
  now?: Date;
}

/**
 * One meeting, for anyone whose organisation may see it. The first time each person opens
 * it, a MeetingRead is written in the same transaction as the read, so "who has opened it"
 * can never miss a read that happened. Each copy lists who of its organisation opened it.
 */
export async function getMeeting({ db, actor, meetingId, now = new Date() }: GetOptions) {
  return db.$transaction(async (tx) => {
    const meeting = await tx.studentMeeting.findFirst({
      where: { AND: [{ id: meetingId }, meetingScope(actor)] },
      include: MEETING_INCLUDE,
    });
    if (!meeting) {
      throw AppError.notFound("Meeting");
    }
    // Skipping duplicates keeps the first opening when two tabs open it at once.
    await tx.meetingRead.createMany({
      data: [
        {
          meetingId,
          userId: actor.userId,
          organisationId: actor.organisationId,
          firstOpenedAt: now,
        },
      ],
      skipDuplicates: true,
    });
    const reads = await tx.meetingRead.findMany({
      where: { meetingId },
      orderBy: { firstOpenedAt: "asc" },
      include: { user: { select: { name: true } } },
    });
    return shapeMeeting(meeting, reads, ukToday(now));
  });
}

type MeetingRow = Prisma.StudentMeetingGetPayload<{ include: typeof MEETING_INCLUDE }>;
type ReadRow = Prisma.MeetingReadGetPayload<{ include: { user: { select: { name: true } } } }>;

function shapeMeeting(meeting: MeetingRow, reads: ReadRow[], today: string) {
  const { copies, targets, reviewed, reviewOn, ...rest } = meeting;
  const dated = <T extends { dueOn: Date }>(target: T) => ({
    ...target,
    dueOn: fromDateOnly(target.dueOn),
  });
  return {
    ...rest,
    reviewOn: reviewOn ? fromDateOnly(reviewOn) : null,
    reviewState: reviewStateOf({ reviewOn, reviewedBy: meeting.reviewedBy }, today),
    targets: targets.map(dated),
    /** The earlier meeting's targets, as this (review) meeting found them. */
    reviewedTargets: reviewed.map(dated),
    copies: copies.map((copy) => ({
      organisationId: copy.organisationId,
      organisationName: copy.organisation.name,
      sentAt: copy.sentAt,
      openedBy: reads
        .filter((read) => read.organisationId === copy.organisationId)
        .map((read) => ({ name: read.user.name, firstOpenedAt: read.firstOpenedAt })),
    })),
  };
}

export type MeetingRecordView = Awaited<ReturnType<typeof getMeeting>>;
