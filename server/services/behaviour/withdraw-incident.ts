import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/roles";
import { behaviourIncidentScope } from "@/server/auth/scope";
import type { PrismaClient } from "@/server/db/generated/client";
import { AppError } from "@/server/errors";
import { notifyIncidentParties } from "./notify-incident";

interface Options {
  db: PrismaClient;
  actor: Actor;
  incidentId: string;
  reason: string;
  now?: Date;
}

/**
 * The provider that logged an incident withdraws it (a mistake, the wrong student) with a
 * reason. Nothing is deleted: the incident stays readable, marked withdrawn, and is left
 * out of counts. The schools and monitoring officers who were told are told again.
 */
export async function withdrawIncident(options: Options) {
  const { db, actor, incidentId, reason, now = new Date() } = options;

  const incident = await db.$transaction(async (tx) => {
    const found = await tx.behaviourIncident.findFirst({
      where: { AND: [{ id: incidentId }, behaviourIncidentScope(actor)] },
      include: { students: { select: { schoolId: true, placement: true } } },
    });
    if (!found) {
      throw AppError.notFound("Behaviour incident");
    }
    // Claimed in the update itself, so two withdrawals at once cannot both succeed.
    const claimed = await tx.behaviourIncident.updateMany({
      where: { id: incidentId, withdrawnAt: null },
      data: { withdrawnAt: now, withdrawnById: actor.userId, withdrawnReason: reason },
    });
    if (claimed.count === 0) {
      throw new AppError("CONFLICT", "This incident has already been withdrawn");
    }
    await recordAudit(tx, actor, {
      action: "behaviour.withdraw",
      recordType: "BehaviourIncident",
      recordId: found.id,
      detail: { reference: found.reference },
    });
    return found;
  });

  const parties = incident.students.map((student) => ({
    schoolId: student.schoolId,
    monitoringOfficerId: student.placement.monitoringOfficerId,
  }));
  await notifyIncidentParties(db, "withdrawn", incident, parties);
  return { id: incident.id, reference: incident.reference };
}
