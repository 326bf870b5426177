import { ukDayStart, ukToday } from "@/lib/dates";
import { BEHAVIOUR_SEVERITIES, type BehaviourSeverityValue } from "@/lib/schemas/behaviour";
import { toDateOnly } from "@/lib/schemas/common";
import type { Actor } from "@/server/auth/roles";
import {
  behaviourIncidentScope,
  behaviourStudentScope,
  placementScope,
  studentScope,
} from "@/server/auth/scope";
import type { Prisma, PrismaClient } from "@/server/db/generated/client";
import { AppError } from "@/server/errors";

export const INCIDENT_PAGE_SIZE = 25;

const STUDENT_NAME = {
  select: { id: true, legalFirstName: true, legalLastName: true, preferredName: true },
} as const;
const NAME = { select: { id: true, name: true } } as const;

/** The next UK day after `date` (`YYYY-MM-DD`), for an inclusive "to" date. */
function dayAfter(date: string): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

export interface ListIncidentsOptions {
  db: PrismaClient;
  actor: Actor;
  studentId?: string;
  schoolId?: string;
  providerId?: string;
  /** UK calendar dates, inclusive. */
  from?: string;
  to?: string;
  page: number;
}

/**
 * The filters, each inside the actor's scope. A student or school filter matches only the
 * students the actor may see, so a school cannot learn which other school shares an
 * incident by filtering on it.
 */
function listWhere(options: ListIncidentsOptions): Prisma.BehaviourIncidentWhereInput {
  const { actor, studentId, schoolId, providerId, from, to } = options;
  const visible = behaviourStudentScope(actor);
  return {
    AND: [
      behaviourIncidentScope(actor),
      studentId ? { students: { some: { AND: [{ studentId }, visible] } } } : {},
      schoolId ? { students: { some: { AND: [{ schoolId }, visible] } } } : {},
      providerId ? { providerId } : {},
      from ? { occurredAt: { gte: ukDayStart(from) } } : {},
      to ? { occurredAt: { lt: ukDayStart(dayAfter(to)) } } : {},
    ],
  };
}

/** What every reader of an incident gets: its students narrowed to those they may see. */
function incidentInclude(actor: Actor) {
  return {
    provider: NAME,
    students: {
      where: behaviourStudentScope(actor),
      select: {
        student: STUDENT_NAME,
        school: NAME,
        placement: { select: { id: true, course: { select: { title: true } } } },
      },
      orderBy: { student: { legalLastName: "asc" } },
    },
    _count: { select: { students: true } },
  } satisfies Prisma.BehaviourIncidentInclude;
}

type WithStudents = { students: unknown[]; _count: { students: number } };

/** The others are a number only: "and 1 student from another school". */
function withOthersCounted<T extends WithStudents>({ _count, ...incident }: T) {
  return { ...incident, otherStudentCount: _count.students - incident.students.length };
}

/**
 * Incidents the actor may see, latest first, with counts over the whole filtered list
 * (withdrawn incidents are listed, tagged, but left out of the severity counts).
 */
export async function listIncidents(options: ListIncidentsOptions) {
  const { db, actor, page } = options;
  const where = listWhere(options);
  const include = incidentInclude(actor);
  const [total, rows, bySeverity, filters, student] = await Promise.all([
    db.behaviourIncident.count({ where }),
    db.behaviourIncident.findMany({
      where,
      orderBy: [{ occurredAt: "desc" }, { reference: "desc" }],
      skip: (page - 1) * INCIDENT_PAGE_SIZE,
      take: INCIDENT_PAGE_SIZE,
      omit: { description: true, actionTaken: true },
      include,
    }),
    db.behaviourIncident.groupBy({
      by: ["severity"],
      where: { AND: [where, { withdrawnAt: null }] },
      _count: { _all: true },
    }),
    filterChoices(db, actor),
    options.studentId ? filteredStudent(db, actor, options.studentId) : null,
  ]);
  const counts = Object.fromEntries(BEHAVIOUR_SEVERITIES.map((s) => [s, 0])) as Record<
    BehaviourSeverityValue,
    number
  >;
  bySeverity.forEach((group) => {
    counts[group.severity] = group._count._all;
  });
  return {
    total,
    page,
    pageSize: INCIDENT_PAGE_SIZE,
    rows: rows.map(withOthersCounted),
    counts: { ...counts, open: counts.LOW + counts.MEDIUM + counts.HIGH },
    filters,
    student,
  };
}

/** The student a list is filtered to, when the actor may see them, for the page heading. */
function filteredStudent(db: PrismaClient, actor: Actor, studentId: string) {
  return db.student.findFirst({
    where: { AND: [{ id: studentId }, studentScope(actor)] },
    ...STUDENT_NAME,
  });
}

/** Schools and providers named on incidents the actor may see, for the filter form. */
async function filterChoices(db: PrismaClient, actor: Actor) {
  const [schools, providers] = await Promise.all([
    db.behaviourIncidentStudent.findMany({
      where: { AND: [behaviourStudentScope(actor), { incident: behaviourIncidentScope(actor) }] },
      distinct: ["schoolId"],
      select: { school: NAME },
    }),
    db.behaviourIncident.findMany({
      where: behaviourIncidentScope(actor),
      distinct: ["providerId"],
      select: { provider: NAME },
    }),
  ]);
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
  return {
    schools: schools.map((row) => row.school).sort(byName),
    providers: providers.map((row) => row.provider).sort(byName),
  };
}

interface GetOptions {
  db: PrismaClient;
  actor: Actor;
  incidentId: string;
}

/** One incident as the actor may see it; another organisation's answers NOT_FOUND. */
export async function getIncident({ db, actor, incidentId }: GetOptions) {
  const incident = await db.behaviourIncident.findFirst({
    where: { AND: [{ id: incidentId }, behaviourIncidentScope(actor)] },
    include: {
      ...incidentInclude(actor),
      recordedBy: NAME,
    },
  });
  if (!incident) {
    throw AppError.notFound("Behaviour incident");
  }
  const withdrawnBy = incident.withdrawnById
    ? await db.user.findUnique({ where: { id: incident.withdrawnById }, ...NAME })
    : null;
  return { ...withOthersCounted(incident), withdrawnBy };
}

interface CountOptions {
  db: PrismaClient;
  actor: Actor;
  placementIds: readonly string[];
  /** Incidents that happened in [since, until]. */
  since: Date;
  until: Date;
}

/**
 * How many incidents (not withdrawn) involved each placement's student there, between two
 * moments, within the actor's scope, as placement id → count (absent when none). For the
 * dashboards, whose rows are placements.
 */
export async function incidentCountsByPlacement(options: CountOptions) {
  const { db, actor, placementIds, since, until } = options;
  const groups = await db.behaviourIncidentStudent.groupBy({
    by: ["placementId"],
    where: {
      AND: [
        { placementId: { in: [...placementIds] } },
        behaviourStudentScope(actor),
        {
          incident: {
            AND: [
              behaviourIncidentScope(actor),
              { withdrawnAt: null, occurredAt: { gte: since, lte: until } },
            ],
          },
        },
      ],
    },
    _count: { _all: true },
  });
  return new Map(groups.map((group) => [group.placementId, group._count._all]));
}

/**
 * The provider's active placements that have started, for choosing who was involved in an
 * incident: one choice per student (a student on two courses is one person in an incident).
 */
export async function listIncidentStudents(options: {
  db: PrismaClient;
  actor: Actor;
  now?: Date;
}) {
  const { db, actor, now = new Date() } = options;
  const today = toDateOnly(ukToday(now));
  const placements = await db.placement.findMany({
    where: { AND: [placementScope(actor), { status: "ACTIVE", startDate: { lte: today } }] },
    select: {
      student: STUDENT_NAME,
      school: NAME,
      course: { select: { title: true } },
    },
    orderBy: [{ student: { legalLastName: "asc" } }, { student: { legalFirstName: "asc" } }],
  });
  const seen = new Set<string>();
  return placements.filter(({ student }) => !seen.has(student.id) && seen.add(student.id));
}
