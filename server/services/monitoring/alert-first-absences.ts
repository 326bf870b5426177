import type { Placement, PrismaClient } from "@/server/db/generated/client";
import { formatDate } from "@/lib/dates";
import { SESSION_LABEL, type RegisterSessionValue } from "@/lib/attendance";
import {
  notifyOrganisation,
  notifyUser,
  type NotificationContent,
} from "@/server/services/notifications/notify-organisation";

export interface FirstAbsence {
  placement: Placement;
  markId: string;
  session: RegisterSessionValue;
}

/**
 * Tells the home school and the student's monitoring officer, the same day, that a student
 * missed a session at the provider with no reason given. Sent after the register commits;
 * the notice names no child (it links to the student's record, which is scoped).
 */
export async function alertFirstAbsences(
  db: PrismaClient,
  date: string,
  absences: readonly FirstAbsence[],
): Promise<void> {
  for (const { placement, session } of absences) {
    const content: NotificationContent = {
      kind: "register.unexplained-absence",
      title: "A student missed a session at their provider with no reason given",
      body:
        `${SESSION_LABEL[session]} session on ${formatDate(date)}: the provider has no reason ` +
        "for the absence yet. Please contact the family and let the provider know.",
      link: `/students/${placement.studentId}`,
    };
    await notifyOrganisation(db, placement.schoolId, content, ["SCHOOL_STAFF", "SCHOOL_DSL"]);
    if (placement.monitoringOfficerId) {
      await notifyUser(db, placement.monitoringOfficerId, content);
    }
  }
}
