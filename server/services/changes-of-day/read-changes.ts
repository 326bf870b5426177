import type { Actor } from "@/server/auth/roles";
import { changeOfDayScope, placementScope } from "@/server/auth/scope";
import type { ChangeOfDayStatus, Prisma, PrismaClient } from "@/server/db/generated/client";
import { AppError } from "@/server/errors";
import { ukToday } from "@/lib/dates";
import { toDateOnly } from "@/lib/schemas/common";
import { findChangeInScope, OPEN_CHANGE } from "./change-access";

const STUDENT = {
  select: { id: true, upn: true, legalFirstName: true, legalLastName: true, preferredName: true },
} as const;
const NAME = { select: { id: true, name: true } } as const;

/** The most a list shows; the due ones come first, so nothing waiting is cut off. */
const LIST_LIMIT = 200;

interface ListOptions {
  db: PrismaClient;
  actor: Actor;
  status?: ChangeOfDayStatus;
  /** Only agreed requests due today (UK) or earlier: the admin's dashboard. */
  dueOrLate?: boolean;
  now?: Date;
}

/** Changes of day the actor may see: those due soonest first, then the newest. */
export async function listChangesOfDay(options: ListOptions) {
  const { db, actor, status, dueOrLate, now = new Date() } = options;
  const where: Prisma.ChangeOfDayRequestWhereInput = {
    AND: [
      changeOfDayScope(actor),
      status ? { status } : {},
      dueOrLate ? { status: "AGREED", dueOn: { lte: toDateOnly(ukToday(now)) } } : {},
    ],
  };
  const rows = await db.changeOfDayRequest.findMany({
    where,
    orderBy: [{ dueOn: { sort: "asc", nulls: "last" } }, { proposedAt: "desc" }],
    take: LIST_LIMIT,
    include: {
      student: STUDENT,
      school: NAME,
      provider: NAME,
      placement: { select: { course: { select: { title: true } } } },
    },
  });
  return rows.map((row) => ({
    ...row,
    open: (OPEN_CHANGE as readonly string[]).includes(row.status),
  }));
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
