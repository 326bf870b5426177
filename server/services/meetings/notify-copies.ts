import type { Actor } from "@/server/auth/roles";
import type { Placement, PrismaClient, StudentMeeting } from "@/server/db/generated/client";
import {
  notifyOrganisation,
  notifyUser,
  type NotificationContent,
} from "@/server/services/notifications/notify-organisation";

interface Recorded {
  meeting: StudentMeeting;
  placement: Placement;
  copies: string[];
}

/**
 * Tells each organisation with a copy that the record is ready: the school's and the
 * provider's staff and DSLs, and in the service the placement's monitoring officer (else the
 * recorder). Sent after commit. The notice names no child and quotes nothing of the meeting:
 * it links to the record, which is scoped and records who opened it.
 */
export async function notifyMeetingCopies(
  db: PrismaClient,
  actor: Actor,
  { meeting, placement, copies }: Recorded,
): Promise<void> {
  const content: NotificationContent = {
    kind: "meeting.recorded",
    title: `Student meeting ${meeting.reference}: your copy of the record`,
    body:
      "A student meeting your organisation attended or arranged has been recorded. " +
      "Open the record to read it, see the agreed targets and download the PDF.",
    link: `/meetings/${meeting.id}`,
  };
  for (const organisationId of copies) {
    if (organisationId === placement.schoolId) {
      await notifyOrganisation(db, organisationId, content, ["SCHOOL_STAFF", "SCHOOL_DSL"]);
    } else if (organisationId === placement.providerId) {
      await notifyOrganisation(db, organisationId, content, ["PROVIDER_STAFF", "PROVIDER_DSL"]);
    } else if (placement.monitoringOfficerId) {
      await notifyUser(db, placement.monitoringOfficerId, content);
    } else if (actor.organisationId === organisationId) {
      await notifyUser(db, actor.userId, content);
    }
  }
}
