import { recordAudit } from "@/server/audit/record-audit";
import type { Actor, Role } from "@/server/auth/roles";
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
  RiskLevel,
} from "@/server/db/generated/client";
import { ukToday } from "@/lib/dates";
import { toDateOnly } from "@/lib/schemas/common";
import type { ConcernQueue } from "@/lib/schemas/concern";
import { findConcernInScope } from "./concern-access";

export const CONCERN_PAGE_SIZE = 25;

export interface ListConcernsOptions {
  db: PrismaClient;
  actor: Actor;
  status?: ConcernStatus;
  queue?: ConcernQueue;
  now?: Date;
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
  const { db, actor, status, queue, category, providerId, schoolId, page } = options;
  const where: Prisma.ConcernWhereInput = {
    AND: [
      concernScope(actor),
      status ? { status } : { status: { not: "CLOSED" } },
      queue ? await queueWhere(db, actor, queue, options.now) : {},
      category ? { categories: { has: category } } : {},
      providerId ? { raisedByOrganisationId: providerId } : {},
      schoolId ? { schoolId } : {},
    ],
  };
  const [total, rows, filters] = await Promise.all([
    db.concern.count({ where }),
    db.concern.findMany({
      where,
      orderBy: [{ riskLevel: "desc" }, { raisedAt: "asc" }],
      skip: (page - 1) * CONCERN_PAGE_SIZE,
      take: CONCERN_PAGE_SIZE,
      select: LIST_ROW,
    }),
    filterChoices(db, actor),
  ]);
  return {
    total,
    page,
    pageSize: CONCERN_PAGE_SIZE,
    rows: rows.map((row) => asSeenBy(actor, row)),
    filters,
  };
}

/**
 * The schools and providers a queue can be narrowed to: those named on the concerns the
 * actor may see, so a filter never names an organisation the actor has no concern about.
 */
async function filterChoices(db: PrismaClient, actor: Actor) {
  const [schools, raisers] = await Promise.all([
    db.concern.findMany({
      where: concernScope(actor),
      distinct: ["schoolId"],
      select: { school: { select: { id: true, name: true } } },
    }),
    db.concern.findMany({
      where: { AND: [concernScope(actor), { raisedByOrganisation: { kind: "PROVIDER" } }] },
      distinct: ["raisedByOrganisationId"],
      select: { raisedByOrganisation: { select: { id: true, name: true } } },
    }),
  ]);
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
  return {
    schools: schools.map((row) => row.school).sort(byName),
    providers: raisers.map((row) => row.raisedByOrganisation).sort(byName),
  };
}

/**
 * A raiser without a DSL role does not see who in the service has their concern, whether
 * the school has read its alert, or the risk level a DSL set: only the level they gave.
 */
function asSeenBy<T extends RaiserHidden>(actor: Actor, row: T): T {
  return concernAccess(actor, row) === "FULL"
    ? row
    : { ...row, assignedTo: null, schoolAlerts: [], riskLevel: riskAsRaised(row) };
}

/**
 * What each queue means. Alerts and reviews are DSL work: a raiser without a DSL role never
 * matches them, so a raiser's queue cannot tell them about alerts or decisions.
 */
export async function queueWhere(
  db: PrismaClient,
  actor: Actor,
  queue: ConcernQueue,
  now = new Date(),
): Promise<Prisma.ConcernWhereInput> {
  const none: Prisma.ConcernWhereInput = { id: { in: [] } };
  const isDsl = actor.roles.some((role) => DSL_ROLES.has(role));
  switch (queue) {
    case "TO_DECIDE":
      // A school or provider DSL decides their own organisation's concerns; the service
      // watches every decision still to be made.
      return isDsl
        ? {
            status: "AWAITING_DECISION",
            ...(isServiceDsl(actor) ? {} : { raisedByOrganisationId: actor.organisationId }),
          }
        : none;
    case "UNREAD_ALERT":
      return isDsl ? { schoolAlerts: { some: { readAt: null } } } : none;
    case "UNASSIGNED":
      return isServiceDsl(actor) ? { assignedToId: null } : none;
    case "ASSIGNED_TO_ME":
      return { assignedToId: actor.userId };
    case "REVIEW_OVERDUE":
      return isDsl ? { id: { in: await overdueReviewIds(db, actor, now) } } : none;
  }
}

const DSL_ROLES = new Set<Role>(["SCHOOL_DSL", "PROVIDER_DSL", "SERVICE_DSL", "SERVICE_LEAD"]);

function isServiceDsl(actor: Actor): boolean {
  return actor.roles.includes("SERVICE_DSL") || actor.roles.includes("SERVICE_LEAD");
}

/**
 * Open concerns the actor may see whose latest decision is to monitor, with a review date
 * already past (UK calendar). A later decision (a referral after monitoring) ends the review.
 */
export async function overdueReviewIds(
  db: PrismaClient,
  actor: Actor,
  now = new Date(),
): Promise<string[]> {
  const today = toDateOnly(ukToday(now));
  const candidates = await db.concern.findMany({
    where: {
      AND: [
        concernScope(actor),
        { status: "DECIDED" },
        { decisions: { some: { outcome: "MONITOR", reviewDate: { lt: today } } } },
      ],
    },
    select: {
      id: true,
      decisions: {
        orderBy: { decidedAt: "desc" },
        take: 1,
        select: { outcome: true, reviewDate: true },
      },
    },
  });
  return candidates
    .filter(
      ({ decisions: [latest] }) => latest?.outcome === "MONITOR" && latest.reviewDate! < today,
    )
    .map((concern) => concern.id);
}

interface RaiserHidden extends ConcernParties {
  assignedTo: unknown;
  schoolAlerts: unknown[];
  riskLevel: RiskLevel;
  raisedRiskLevel: RiskLevel | null;
}

/** The level the raiser gave (older concerns, from before it was kept apart: the current). */
function riskAsRaised(concern: { riskLevel: RiskLevel; raisedRiskLevel: RiskLevel | null }) {
  return concern.raisedRiskLevel ?? concern.riskLevel;
}

const LIST_ROW = {
  id: true,
  raisedById: true,
  raisedByOrganisationId: true,
  schoolId: true,
  reference: true,
  categories: true,
  riskLevel: true,
  raisedRiskLevel: true,
  status: true,
  raisedAt: true,
  occurredAt: true,
  student: STUDENT_NAME,
  school: { select: { id: true, name: true } },
  raisedByOrganisation: { select: { id: true, name: true, kind: true } },
  assignedTo: { select: { id: true, name: true } },
  schoolAlerts: { select: { readAt: true } },
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
    documents: {
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        originalName: true,
        sizeBytes: true,
        mimeType: true,
        createdAt: true,
        uploadedById: true,
        concernEntryId: true,
      },
    },
  } satisfies Prisma.ConcernInclude;
}

/**
 * One concern, and an audit row saying who read it: every read of a concern is recorded
 * (DOMAIN.md). The raiser without a DSL role reads back only what they wrote: the concern
 * and their own additions and files, not the DSLs' decisions, alerts or closure.
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
    const shown =
      access === "FULL"
        ? concern
        : {
            ...concern,
            entries: concern.entries.filter((entry) => entry.authorId === actor.userId),
            documents: concern.documents.filter((file) => file.uploadedById === actor.userId),
            riskLevel: riskAsRaised(concern),
            decisions: [],
            schoolAlerts: [],
            assignedTo: null,
            assignedToId: null,
            assignedAt: null,
            closedById: null,
            closureRationale: null,
          };
    return { access, ...shown, people: await peopleNamed(tx, shown) };
  });
}

/**
 * Who recorded each step of what is shown, by user id: decisions, alerts and their read
 * receipts, files and the closure name people by id only.
 */
async function peopleNamed(
  tx: Prisma.TransactionClient,
  concern: {
    closedById: string | null;
    decisions: { decidedById: string }[];
    schoolAlerts: { recordedById: string; readById: string | null }[];
    documents: { uploadedById: string }[];
  },
): Promise<Record<string, { name: string; organisationName: string }>> {
  const ids = new Set<string>([
    ...(concern.closedById ? [concern.closedById] : []),
    ...concern.decisions.map((decision) => decision.decidedById),
    ...concern.schoolAlerts.flatMap((alert) =>
      alert.readById ? [alert.recordedById, alert.readById] : [alert.recordedById],
    ),
    ...concern.documents.map((file) => file.uploadedById),
  ]);
  const users = await tx.user.findMany({
    where: { id: { in: [...ids] } },
    select: { id: true, name: true, organisation: { select: { name: true } } },
  });
  return Object.fromEntries(
    users.map((user) => [user.id, { name: user.name, organisationName: user.organisation.name }]),
  );
}
