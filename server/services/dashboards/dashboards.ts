import type { Actor } from "@/server/auth/roles";
import { concernScope, placementScope, referralScope, studentScope } from "@/server/auth/scope";
import type { PrismaClient, ReferralStatus } from "@/server/db/generated/client";
import type { ConcernQueue } from "@/lib/schemas/concern";
import type { CaseloadFilter } from "@/lib/schemas/caseload";
import { queueWhere } from "@/server/services/safeguarding/read-concerns";
import { readCaseload } from "./caseload";

interface Options {
  db: PrismaClient;
  actor: Actor;
}

interface SliceOptions extends Options {
  filter?: CaseloadFilter;
  now?: Date;
}

const STUDENT_NAME = {
  id: true,
  legalFirstName: true,
  legalLastName: true,
  preferredName: true,
} as const;

async function referralCountsByStatus({ db, actor }: Options) {
  const groups = await db.referral.groupBy({
    by: ["status"],
    where: referralScope(actor),
    _count: true,
  });
  const counts: Partial<Record<ReferralStatus, number>> = {};
  for (const group of groups) {
    counts[group.status] = group._count;
  }
  return counts;
}

/**
 * School: its students, its referrals by status, the latest outcomes, and its slice of the
 * monitoring data (its students on placement, their trends, incidents, reviews, targets).
 */
export async function schoolDashboard({ db, actor, filter, now }: SliceOptions) {
  const [students, activePlacements, referralsByStatus, recentOutcomes, monitoring] =
    await Promise.all([
      db.student.count({ where: studentScope(actor) }),
      db.placement.count({ where: { AND: [placementScope(actor), { status: "ACTIVE" }] } }),
      referralCountsByStatus({ db, actor }),
      db.referral.findMany({
        where: { AND: [referralScope(actor), { status: { in: ["PLACED", "CLOSED"] } }] },
        orderBy: { updatedAt: "desc" },
        take: 8,
        include: {
          student: { select: STUDENT_NAME },
          course: { select: { title: true } },
          response: true,
        },
      }),
      readCaseload({ db, actor, filter, now }),
    ]);
  return { students, activePlacements, referralsByStatus, recentOutcomes, monitoring };
}

/**
 * Provider: referrals awaiting its action, with progress, its current placements, and its
 * slice of the monitoring data for them.
 */
export async function providerDashboard({ db, actor, filter, now }: SliceOptions) {
  const [awaiting, placements, monitoring] = await Promise.all([
    db.referral.findMany({
      where: { AND: [referralScope(actor), { status: "SUBMITTED" }] },
      orderBy: { createdAt: "asc" },
      include: {
        student: { select: STUDENT_NAME },
        course: { select: { title: true } },
        school: { select: { name: true } },
        paperwork: { select: { receivedAt: true } },
        interview: { select: { id: true } },
      },
    }),
    db.placement.findMany({
      where: { AND: [placementScope(actor), { status: "ACTIVE" }] },
      orderBy: { startDate: "asc" },
      include: { student: { select: STUDENT_NAME }, course: { select: { title: true } } },
    }),
    readCaseload({ db, actor, filter, now }),
  ]);
  return { awaiting, placements, monitoring };
}

/** Service admin: provider responses waiting to be processed, oldest first. */
export async function adminDashboard({ db, actor }: Options) {
  const toProcess = await db.referral.findMany({
    where: { AND: [referralScope(actor), { status: { in: ["ACCEPTED", "DECLINED"] } }] },
    orderBy: { response: { respondedAt: "asc" } },
    include: {
      student: { select: STUDENT_NAME },
      course: { select: { title: true } },
      school: { select: { name: true } },
      provider: { select: { name: true } },
      response: { select: { decision: true, respondedAt: true } },
    },
  });
  const referralsByStatus = await referralCountsByStatus({ db, actor });
  return { toProcess, referralsByStatus };
}

/** Monitoring officers and the lead: the caseload (caseload.ts). */
export function monitoringDashboard({ db, actor, filter, now }: SliceOptions) {
  return readCaseload({ db, actor, filter, now });
}

/**
 * DSLs and the lead: the safeguarding work waiting for them, as counts of the open concerns
 * they may see (concernScope), and the vulnerable students on active placements in their
 * scope — those with a child protection or child-in-need plan, or looked after.
 */
export async function safeguardingDashboard({
  db,
  actor,
  now = new Date(),
}: Options & { now?: Date }) {
  const where = {
    AND: [
      studentScope(actor),
      { placements: { some: { AND: [placementScope(actor), { status: "ACTIVE" as const }] } } },
      { OR: [{ childProtectionPlan: true }, { childInNeedPlan: true }, { lookedAfter: true }] },
    ],
  };
  const [total, students, concerns] = await Promise.all([
    db.student.count({ where }),
    db.student.findMany({
      where,
      orderBy: [{ legalLastName: "asc" }, { legalFirstName: "asc" }],
      take: 50,
      select: {
        ...STUDENT_NAME,
        childProtectionPlan: true,
        childInNeedPlan: true,
        lookedAfter: true,
        yearGroup: true,
      },
    }),
    concernCounts({ db, actor, now }),
  ]);
  return { total, students, concerns };
}

/**
 * How many open concerns wait in each queue the actor works, counted with the same rule as
 * the list the dashboard links to (read-concerns.ts `queueWhere`): a school or provider DSL
 * decides their own organisation's concerns and sees alerts about their students; the
 * service DSLs and the lead see the whole collaboration and triage it.
 */
async function concernCounts({ db, actor, now }: Options & { now: Date }) {
  const count = async (queue?: ConcernQueue) =>
    db.concern.count({
      where: {
        AND: [
          concernScope(actor),
          { status: { not: "CLOSED" } },
          queue ? await queueWhere(db, actor, queue, now) : {},
        ],
      },
    });
  const service = actor.organisationKind === "SERVICE";
  const [open, toDecide, unreadAlerts, unassigned, assignedToMe, overdueReviews] =
    await Promise.all([
      count(),
      count("TO_DECIDE"),
      count("UNREAD_ALERT"),
      service ? count("UNASSIGNED") : null,
      service ? count("ASSIGNED_TO_ME") : null,
      count("REVIEW_OVERDUE"),
    ]);
  return { open, toDecide, unreadAlerts, unassigned, assignedToMe, overdueReviews };
}

/** Quality officer: the providers and how many courses each offers. */
export async function qualityDashboard({ db }: Options) {
  const providers = await db.organisation.findMany({
    where: { kind: "PROVIDER", closedAt: null },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      ukprn: true,
      _count: { select: { courses: { where: { active: true } } } },
    },
  });
  return {
    providers: providers.map(({ _count, ...provider }) => ({
      ...provider,
      courses: _count.courses,
    })),
  };
}
