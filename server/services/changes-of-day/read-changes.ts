import type { Actor } from "@/server/auth/roles";
import { changeOfDayScope, placementScope } from "@/server/auth/scope";
import type { ChangeOfDayStatus, Prisma, PrismaClient } from "@/server/db/generated/client";
import { AppError } from "@/server/errors";
import { ukToday } from "@/lib/dates";
import { toDateOnly } from "@/lib/schemas/common";
import { openFirstPage } from "@/server/services/requests/open-first-page";
import { findChangeInScope, OPEN_CHANGE } from "./change-access";

const STUDENT = {
  select: { id: true, upn: true, legalFirstName: true, legalLastName: true, preferredName: true },
} as const;
const NAME = { select: { id: true, name: true } } as const;

/** Rows on one page of a list. */
export const CHANGE_OF_DAY_PAGE_SIZE = 25;

interface ListOptions {
  db: PrismaClient;
  actor: Actor;
  status?: ChangeOfDayStatus;
  /** Only agreed requests due today (UK) or earlier: the admin's dashboard. */
  dueOrLate?: boolean;
  page?: number;
  now?: Date;
}

const OPEN_ORDER = [
  { dueOn: { sort: "asc", nulls: "last" } },
  { proposedAt: "asc" },
] satisfies Prisma.ChangeOfDayRequestOrderByWithRelationInput[];
const CLOSED_ORDER = [
  { proposedAt: "desc" },
] satisfies Prisma.ChangeOfDayRequestOrderByWithRelationInput[];

const LIST_INCLUDE = {
  student: STUDENT,
  school: NAME,
  provider: NAME,
  placement: { select: { course: { select: { title: true } } } },
} satisfies Prisma.ChangeOfDayRequestInclude;

/**
 * Changes of day the actor may see, a page at a time: the open ones first, due soonest
 * (the oldest first among equals), then the closed ones, newest first.
 */
export async function listChangesOfDay(options: ListOptions) {
  const { db, actor, status, dueOrLate, page = 1, now = new Date() } = options;
  const where = (open: boolean): Prisma.ChangeOfDayRequestWhereInput => ({
    AND: [
      changeOfDayScope(actor),
      status ? { status } : {},
      dueOrLate ? { status: "AGREED", dueOn: { lte: toDateOnly(ukToday(now)) } } : {},
      { status: open ? { in: [...OPEN_CHANGE] } : { notIn: [...OPEN_CHANGE] } },
    ],
  });
  const found = await openFirstPage({
    page,
    pageSize: CHANGE_OF_DAY_PAGE_SIZE,
    count: (open) => db.changeOfDayRequest.count({ where: where(open) }),
    find: (open, slice) =>
      db.changeOfDayRequest.findMany({
        where: where(open),
        orderBy: open ? OPEN_ORDER : CLOSED_ORDER,
        ...slice,
        include: LIST_INCLUDE,
      }),
  });
  return {
    ...found,
    rows: found.rows.map((row) => ({
      ...row,
      open: (OPEN_CHANGE as readonly string[]).includes(row.status),
    })),
  };
}

const RECORD_INCLUDE = {
  student: STUDENT,
  school: NAME,
  provider: NAME,
  proposedBy: NAME,
  respondedBy: NAME,
  clmUpdatedBy: NAME,
  capitaUpdatedBy: NAME,
  processedBy: NAME,
  closedBy: NAME,
  placement: {
    select: {
      id: true,
      days: true,
      status: true,
      course: { select: { title: true } },
      referral: { select: { id: true, reference: true } },
    },
  },
} satisfies Prisma.ChangeOfDayRequestInclude;

/** One change of day with both parties' answers and the admin's checklist. */
export async function readChangeOfDay(options: {
  db: PrismaClient;
  actor: Actor;
  requestId: string;
}) {
  const { db, actor, requestId } = options;
  const request = await findChangeInScope(db, actor, requestId, RECORD_INCLUDE);
  return { ...request, open: (OPEN_CHANGE as readonly string[]).includes(request.status) };
}

/** The placement a new proposal is about, with the days its course runs on. */
export async function changeOfDayChoices(options: {
  db: PrismaClient;
  actor: Actor;
  placementId: string;
}) {
  const { db, actor, placementId } = options;
  const placement = await db.placement.findFirst({
    where: { AND: [{ id: placementId }, placementScope(actor)] },
    select: {
      id: true,
      days: true,
      status: true,
      startDate: true,
      student: STUDENT,
      provider: NAME,
      course: { select: { title: true, daysOffered: true } },
    },
  });
  if (!placement) {
    throw AppError.notFound("Placement");
  }
  return placement;
}
