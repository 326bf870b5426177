import type { Actor } from "@/server/auth/roles";
import { placementScope, withdrawalScope } from "@/server/auth/scope";
import { AppError } from "@/server/errors";
import { ukToday } from "@/lib/dates";
import { toDateOnly } from "@/lib/schemas/common";
import type { Prisma, PrismaClient, Weekday, WithdrawalStatus } from "@/server/db/generated/client";
import { openFirstPage } from "@/server/services/requests/open-first-page";
import { OPEN_WITHDRAWAL, findWithdrawalInScope } from "./withdrawal-access";

const STUDENT = {
  select: { id: true, upn: true, legalFirstName: true, legalLastName: true, preferredName: true },
} as const;
const NAME = { select: { id: true, name: true } } as const;

/** Rows on one page of a list. */
export const WITHDRAWAL_PAGE_SIZE = 25;

interface ListOptions {
  db: PrismaClient;
  actor: Actor;
  status?: WithdrawalStatus;
  /** Only submitted requests due today (UK) or earlier: the admin's dashboard. */
  dueOrLate?: boolean;
  page?: number;
  now?: Date;
}

const OPEN_ORDER = [
  { dueOn: { sort: "asc", nulls: "last" } },
  { createdAt: "asc" },
] satisfies Prisma.WithdrawalRequestOrderByWithRelationInput[];
const CLOSED_ORDER = [
  { createdAt: "desc" },
] satisfies Prisma.WithdrawalRequestOrderByWithRelationInput[];

const LIST_INCLUDE = {
  student: STUDENT,
  school: NAME,
  provider: NAME,
  placements: { select: { placement: { select: { course: { select: { title: true } } } } } },
} satisfies Prisma.WithdrawalRequestInclude;

/**
 * Requests the actor may see, a page at a time: the open ones first, due soonest (the
 * oldest first among equals), then the closed ones, newest first.
 */
export async function listWithdrawals(options: ListOptions) {
  const { db, actor, status, dueOrLate, page = 1, now = new Date() } = options;
  const dueBy = dueOrLate ? toDateOnly(ukToday(now)) : null;
  const where = (open: boolean): Prisma.WithdrawalRequestWhereInput => ({
    AND: [
      withdrawalScope(actor),
      status ? { status } : {},
      dueBy ? { status: "SUBMITTED", dueOn: { lte: dueBy } } : {},
      { status: open ? { in: [...OPEN_WITHDRAWAL] } : { notIn: [...OPEN_WITHDRAWAL] } },
    ],
  });
  const found = await openFirstPage({
    page,
    pageSize: WITHDRAWAL_PAGE_SIZE,
    count: (open) => db.withdrawalRequest.count({ where: where(open) }),
    find: (open, slice) =>
      db.withdrawalRequest.findMany({
        where: where(open),
        orderBy: open ? OPEN_ORDER : CLOSED_ORDER,
        ...slice,
        include: LIST_INCLUDE,
      }),
  });
  return {
    ...found,
    rows: found.rows.map(({ placements, ...row }) => ({
      ...row,
      open: (OPEN_WITHDRAWAL as readonly string[]).includes(row.status),
      courses: placements.map((item) => item.placement.course.title),
    })),
  };
}

const RECORD_INCLUDE = {
  student: STUDENT,
  school: NAME,
  provider: NAME,
  requester: NAME,
  clmUpdatedBy: NAME,
  capitaUpdatedBy: NAME,
  processedBy: NAME,
  placements: {
    include: {
      placement: {
        select: {
          id: true,
          days: true,
          status: true,
          startDate: true,
          endedOn: true,
          course: { select: { title: true } },
          referral: { select: { id: true, reference: true } },
        },
      },
    },
  },
} satisfies Prisma.WithdrawalRequestInclude;

/**
 * Whether the student leaves every day of the placement's course: all days were asked for,
 * or the days asked for cover every day it runs on. It reads the same after processing: a
 * placement that loses only some days keeps the others, none of which were asked for.
 */
export function leavesEveryDay(item: { allDays: boolean; days: Weekday[] }, runs: Weekday[]) {
  return item.allDays || runs.every((day) => item.days.includes(day));
}

/** One request with its steps and, per placement, whether the student leaves every day. */
export async function readWithdrawal(options: {
  db: PrismaClient;
  actor: Actor;
  requestId: string;
}) {
  const { db, actor, requestId } = options;
  const request = await findWithdrawalInScope(db, actor, requestId, RECORD_INCLUDE);
  return {
    ...request,
    open: (OPEN_WITHDRAWAL as readonly string[]).includes(request.status),
    placements: request.placements.map((item) => ({
      ...item,
      leavesEveryDay: leavesEveryDay(item, item.placement.days),
    })),
  };
}

/**
 * What a new request can cover, starting from one placement: it and the student's other
 * active placements at the same provider that the actor may see.
 */
export async function withdrawalChoices(options: {
  db: PrismaClient;
  actor: Actor;
  placementId: string;
}) {
  const { db, actor, placementId } = options;
  const placement = await db.placement.findFirst({
    where: { AND: [{ id: placementId }, placementScope(actor)] },
    include: { student: STUDENT, provider: NAME },
  });
  if (!placement) {
    throw AppError.notFound("Placement");
  }
  const placements = await db.placement.findMany({
    where: {
      AND: [
        placementScope(actor),
        { studentId: placement.studentId, providerId: placement.providerId, status: "ACTIVE" },
      ],
    },
    orderBy: { startDate: "asc" },
    select: { id: true, days: true, startDate: true, course: { select: { title: true } } },
  });
  return { student: placement.student, provider: placement.provider, placement, placements };
}
