import {
  BEHAVIOUR_SEVERITY_LABEL,
  BEHAVIOUR_TYPE_LABEL,
  type BehaviourSeverityValue,
  type BehaviourTypeValue,
} from "@/lib/schemas/behaviour";
import type { PrismaClient } from "@/server/db/generated/client";
import {
  notifyOrganisation,
  notifyUser,
  type NotificationContent,
} from "@/server/services/notifications/notify-organisation";

interface IncidentFacts {
  id: string;
  reference: string;
  providerId: string;
  type: BehaviourTypeValue;
  severity: BehaviourSeverityValue;
}

interface Party {
  schoolId: string;
  monitoringOfficerId: string | null;
}

/**
 * Tells each involved student's home school (staff and DSLs) and each student's monitoring
 * officer that an incident was logged or withdrawn. Sent after the change commits. The
 * notice carries the reference, the type and the severity, never a child's name or the
 * description: those stay behind the link, which is scoped to what each reader may see.
 */
export async function notifyIncidentParties(
  db: PrismaClient,
  what: "logged" | "withdrawn",
  incident: IncidentFacts,
  parties: readonly Party[],
): Promise<void> {
  const provider = await db.organisation.findUnique({
    where: { id: incident.providerId },
    select: { name: true },
  });
  const kind = `${BEHAVIOUR_SEVERITY_LABEL[incident.severity].toLowerCase()} severity`;
  const summary = `${BEHAVIOUR_TYPE_LABEL[incident.type]}, ${kind}`;
  const by = provider?.name ?? "The provider";
  const content: NotificationContent =
    what === "logged"
      ? {
          kind: "behaviour.logged",
          title: `Behaviour incident ${incident.reference} logged`,
          body: `${by} logged a behaviour incident (${summary}) involving your student.`,
          link: `/behaviour/${incident.id}`,
        }
      : {
          kind: "behaviour.withdrawn",
          title: `Behaviour incident ${incident.reference} withdrawn`,
          body: `${by} withdrew a behaviour incident (${summary}). It stays on the record.`,
          link: `/behaviour/${incident.id}`,
        };

  const schools = new Set(parties.map((party) => party.schoolId));
  for (const schoolId of schools) {
    await notifyOrganisation(db, schoolId, content, ["SCHOOL_STAFF", "SCHOOL_DSL"]);
  }
  const officers = new Set(parties.flatMap((party) => party.monitoringOfficerId ?? []));
  for (const officerId of officers) {
    await notifyUser(db, officerId, content);
  }
}
