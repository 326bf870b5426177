import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/roles";
import {
  concernAccess,
  concernScope,
  studentScope,
  type ConcernParties,
} from "@/server/auth/scope";
import type {
  ConcernCategory,
  ConcernStatus,
  Prisma,
  PrismaClient,
} from "@/server/db/generated/client";
import { findConcernInScope } from "./concern-access";

export const CONCERN_PAGE_SIZE = 25;

export interface ListConcernsOptions {
  db: PrismaClient;
  actor: Actor;
  status?: ConcernStatus;
  category?: ConcernCategory;
  /** The provider that raised the concern. */
  providerId?: string;
  schoolId?: string;
  page: number;
}

const STUDENT_NAME = {
  select: { id: true, legalFirstName: true, legalLastName: true, preferredName: true },
} as const;

/**
 * The actor's queue: the concerns they may see, highest risk first and then oldest first,
 * so nothing serious waits behind newer, lesser ones. Open concerns unless a status is
 * asked for. Rows carry no text about the child, only what triage needs.
 */
export async function listConcerns(options: ListConcernsOptions) {
  const { db, actor, status, category, providerId, schoolId, page } = options;
  const where: Prisma.ConcernWhereInput = {
    AND: [
      concernScope(actor),
      status ? { status } : { status: { not: "CLOSED" } },
      category ? { categories: { has: category } } : {},
      providerId ? { raisedByOrganisationId: providerId } : {},
      schoolId ? { schoolId } : {},
    ],
  };
  const [total, rows] = await Promise.all([
    db.concern.count({ where }),
    db.concern.findMany({
      where,
      orderBy: [{ riskLevel: "desc" }, { raisedAt: "asc" }],
      skip: (page - 1) * CONCERN_PAGE_SIZE,
      take: CONCERN_PAGE_SIZE,
      select: LIST_ROW,
    }),
  ]);
  return {
    total,
    page,
    pageSize: CONCERN_PAGE_SIZE,
    rows: rows.map((row) => asSeenBy(actor, row)),
  };
}

/** A raiser without a DSL role does not see who in the service has their concern. */
function asSeenBy<T extends ConcernParties & { assignedTo: unknown }>(actor: Actor, row: T): T {
  return concernAccess(actor, row) === "FULL" ? row : { ...row, assignedTo: null };
}

const LIST_ROW = {
  id: true,
  raisedById: true,
  raisedByOrganisationId: true,
  schoolId: true,
  reference: true,
  categories: true,
  riskLevel: true,
  status: true,
  raisedAt: true,
  occurredAt: true,
  student: STUDENT_NAME,
  school: { select: { id: true, name: true } },
  raisedByOrganisation: { select: { id: true, name: true, kind: true } },
  assignedTo: { select: { id: true, name: true } },
} satisfies Prisma.ConcernSelect;

function fullInclude(actor: Actor) {
  return {
    student: STUDENT_NAME,
    school: { select: { id: true, name: true } },
    raisedBy: { select: { id: true, name: true } },
    raisedByOrganisation: { select: { id: true, name: true, kind: true } },
    assignedTo: { select: { id: true, name: true } },
    // A linked student from another school stays unnamed to those who may not see them.
    linkedStudents: { where: studentScope(actor), ...STUDENT_NAME },
    entries: {
      orderBy: { createdAt: "asc" },
      include: { author: { select: { id: true, name: true } } },
    },
    decisions: { orderBy: { decidedAt: "asc" } },
    schoolAlerts: { orderBy: { recordedAt: "asc" } },
  } satisfies Prisma.ConcernInclude;
}

/**
 * One concern, and an audit row saying who read it: every read of a concern is recorded
 * (DOMAIN.md). The raiser without a DSL role reads back only what they wrote: the concern
 * and their own additions, not the DSLs' decisions, alerts or closure.
 */
export async function getConcern(options: { db: PrismaClient; actor: Actor; concernId: string }) {
  const { db, actor, concernId } = options;

  return db.$transaction(async (tx) => {
    const concern = await findConcernInScope(tx, actor, concernId, fullInclude(actor));
    // concernScope found it, so access is never null; if the two rules ever disagreed, the
    // narrower view is the safe one to show.
    const access = concernAccess(actor, concern) ?? "RAISER";

    await recordAudit(tx, actor, {
      action: "concern.read",
      recordType: "Concern",
      recordId: concern.id,
      detail: { studentId: concern.studentId, access },
    });
    if (access === "FULL") {
      return { access, ...concern };
    }
    return {
      access,
      ...concern,
      entries: concern.entries.filter((entry) => entry.authorId === actor.userId),
      decisions: [],
      schoolAlerts: [],
      assignedTo: null,
      assignedToId: null,
      assignedAt: null,
      closedById: null,
      closureRationale: null,
    };
  });
}
