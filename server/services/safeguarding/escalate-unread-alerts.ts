import { recordAudit } from "@/server/audit/record-audit";
import type { PrismaClient } from "@/server/db/generated/client";
import { notifyOrganisation } from "@/server/services/notifications/notify-organisation";
import { isEscalationDue } from "./escalation-rule";

const DAY = 24 * 60 * 60 * 1000;

interface Options {
  db: PrismaClient;
  now?: Date;
}

/**
 * Escalates to the service DSLs every school DSL alert left unread for one working day,
 * counted from when the alert was recorded in the portal. Safe to run as often as wanted:
 * an alert is claimed by setting `escalatedAt` under a guard, so it escalates once, even
 * when two runs overlap. Meant for a scheduled job; the service names no person.
 */
export async function escalateUnreadAlerts({ db, now = new Date() }: Options) {
  // Nothing is due within a day of being sent, whatever the calendar: narrows the scan.
  const candidates = await db.schoolDslAlert.findMany({
    where: {
      readAt: null,
      escalatedAt: null,
      recordedAt: { lte: new Date(now.getTime() - DAY) },
      concern: { status: { not: "CLOSED" } },
    },
    select: { id: true, recordedAt: true, concern: { select: { id: true, reference: true } } },
  });
  const due = candidates.filter((alert) => isEscalationDue(alert.recordedAt, now));

  const escalated: string[] = [];
  for (const alert of due) {
    if (await claim(db, alert.id, alert.concern.id, now)) {
      await tellServiceDsls(db, alert.concern);
      escalated.push(alert.concern.id);
    }
  }
  return { escalated: escalated.length, concernIds: escalated };
}

async function claim(db: PrismaClient, alertId: string, concernId: string, now: Date) {
  return db.$transaction(async (tx) => {
    const claimed = await tx.schoolDslAlert.updateMany({
      where: { id: alertId, readAt: null, escalatedAt: null },
      data: { escalatedAt: now },
    });
    if (claimed.count !== 1) {
      return false;
    }
    await recordAudit(tx, null, {
      action: "concern.schoolAlert.escalate",
      recordType: "Concern",
      recordId: concernId,
      detail: { alertId },
    });
    return true;
  });
}

async function tellServiceDsls(db: PrismaClient, concern: { id: string; reference: string }) {
  const services = await db.organisation.findMany({
    where: { kind: "SERVICE", closedAt: null },
    select: { id: true },
  });
  for (const service of services) {
    await notifyOrganisation(
      db,
      service.id,
      {
        kind: "concern.alertEscalated",
        title: `School DSL has not read the alert for ${concern.reference}`,
        body:
          "The school DSL has not acknowledged a safeguarding alert after one working day. " +
          "Contact the school to make sure the concern has reached them.",
        link: `/concerns/${concern.id}`,
      },
      ["SERVICE_DSL"],
    );
  }
}
