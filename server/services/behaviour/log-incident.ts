import { ukToday } from "@/lib/dates";
import type { BehaviourLogValues } from "@/lib/schemas/behaviour";
import { toDateOnly } from "@/lib/schemas/common";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/roles";
import { placementScope } from "@/server/auth/scope";
import type { Prisma, PrismaClient } from "@/server/db/generated/client";
import { AppError } from "@/server/errors";
import { nextReference } from "@/server/services/references/next-reference";
import { notifyIncidentParties } from "./notify-incident";

type Tx = Prisma.TransactionClient;

interface Options {
  db: PrismaClient;
  actor: Actor;
  input: BehaviourLogValues;
  now?: Date;
}

/** The placement each involved student was on at this provider when the incident happened. */
export interface InvolvedPlacement {
  id: string;
  studentId: string;
  schoolId: string;
  monitoringOfficerId: string | null;
}

/**
 * A provider logs a behaviour incident involving one or more of its placed students. Each
 * student is tied to the placement that ran on the day it happened (and its home school,
 * which decides who else sees the incident). One refused student writes nothing. The home
 * schools and the monitoring officers are told after the incident commits.
 */
export async function logIncident({ db, actor, input, now = new Date() }: Options) {
  const { studentIds, occurredAt, ...fields } = input;
  if (occurredAt > now) {
    throw AppError.invalid("occurredAt", "When it happened must be now or in the past");
  }

  const { incident, involved } = await db.$transaction(async (tx) => {
    const placements = await placementsOn(tx, actor, studentIds, ukToday(occurredAt));
    const created = await tx.behaviourIncident.create({
      data: {
        ...fields,
        otherType: fields.otherType ?? null,
        occurredAt,
        reference: await nextReference(tx, "behaviour", "BEH"),
        providerId: actor.organisationId,
        recordedById: actor.userId,
        recordedAt: now,
        students: {
          create: placements.map((p) => ({
            studentId: p.studentId,
            placementId: p.id,
            schoolId: p.schoolId,
          })),
        },
      },
    });
    await recordAudit(tx, actor, {
      action: "behaviour.log",
      recordType: "BehaviourIncident",
      recordId: created.id,
      detail: { reference: created.reference, studentIds, type: fields.type },
    });
    return { incident: created, involved: placements };
  });

  await notifyIncidentParties(db, "logged", incident, involved);
  return { id: incident.id, reference: incident.reference };
}

const PLACEMENT_SELECT = {
  id: true,
  studentId: true,
  schoolId: true,
  monitoringOfficerId: true,
  startDate: true,
  plannedEndDate: true,
  endedOn: true,
  student: { select: { legalFirstName: true, legalLastName: true } },
} satisfies Prisma.PlacementSelect;

/**
 * For each student, the caller's placement that ran on `date`. A student with no placement
 * at this provider is "not found" like any student the provider does not work with; one
 * whose placement had not started or had already ended is refused, naming the student.
 */
async function placementsOn(
  tx: Tx,
  actor: Actor,
  studentIds: string[],
  date: string,
): Promise<InvolvedPlacement[]> {
  const day = toDateOnly(date);
  const found = await tx.placement.findMany({
    where: { AND: [{ studentId: { in: studentIds } }, placementScope(actor)] },
    select: PLACEMENT_SELECT,
    orderBy: { startDate: "desc" },
  });
  return studentIds.map((studentId) => {
    const theirs = found.filter((placement) => placement.studentId === studentId);
    if (theirs.length === 0) {
      throw new AppError("NOT_FOUND", "Student not found", { field: "studentIds" });
    }
    const running = theirs.find(
      (p) => p.startDate <= day && day <= (p.endedOn ?? p.plannedEndDate),
    );
    if (!running) {
      const { legalFirstName, legalLastName } = theirs[0].student;
      const when = theirs.every((p) => p.startDate > day) ? "had not started" : "had ended";
      throw AppError.invalid(
        "studentIds",
        `${legalFirstName} ${legalLastName}'s placement ${when} by the date of the incident`,
      );
    }
    const { id, schoolId, monitoringOfficerId } = running;
    return { id, studentId, schoolId, monitoringOfficerId };
  });
}
