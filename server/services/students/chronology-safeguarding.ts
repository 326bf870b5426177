import { CONCERN_CATEGORY_LABEL, CONCERN_OUTCOME_LABEL } from "@/lib/schemas/concern";
import { concernAccess, concernScope } from "@/server/auth/scope";
import type { ChronologyEvent, SourceContext } from "./chronology-sources";

const ALERT_METHOD_TEXT = {
  PHONE: "by phone",
  EMAIL: "by email",
  IN_PERSON: "in person",
  SECURE_MESSAGE: "by secure message",
} as const;

const INCLUDE = {
  raisedBy: { select: { name: true } },
  raisedByOrganisation: { select: { name: true } },
  assignedTo: { select: { name: true } },
  entries: { include: { author: { select: { name: true } } } },
  decisions: true,
  schoolAlerts: true,
} as const;

/**
 * The safeguarding events the actor may see: only concerns inside concernScope, and of
 * those the raiser without a DSL role sees only the concern and their own additions, as
 * `concern.get` shows them (docs/decisions/0004). MOs and admins without a DSL role see
 * none but those they raised themselves.
 */
export async function safeguardingEvents({ tx, actor, studentId }: SourceContext) {
  const concerns = await tx.concern.findMany({
    where: { AND: [{ studentId }, concernScope(actor)] },
    include: INCLUDE,
  });
  const names = await userNames(tx, concerns);

  return concerns.flatMap((concern): ChronologyEvent[] => {
    const access = concernAccess(actor, concern) ?? "RAISER";
    const { id, reference } = concern;
    const event = (type: string, key: string, at: Date, title: string) => ({
      id: `${type}:${key}`,
      kind: "SAFEGUARDING" as const,
      type,
      at,
      dateOnly: false,
      title: `${title} (${reference})`,
      detail: null as string | null,
      by: null as string | null,
      link: `/concerns/${id}`,
      concernId: id,
    });
    const categories = concern.categories.map((c) => CONCERN_CATEGORY_LABEL[c]).join(", ");
    const raised = {
      ...event("concern.raised", id, concern.raisedAt, `Concern raised: ${categories}`),
      detail: concern.whatWasSeenOrHeard,
      by: `${concern.raisedBy.name}, ${concern.raisedByOrganisation.name}`,
    };
    const entries = concern.entries
      .filter((entry) => access === "FULL" || entry.authorId === actor.userId)
      .map((entry) => ({
        ...event("concern.entry", entry.id, entry.createdAt, ENTRY_TITLE[entry.kind]),
        detail: entry.text,
        by: entry.author.name,
      }));
    if (access !== "FULL") {
      return [raised, ...entries];
    }

    const alerts = concern.schoolAlerts.flatMap((alert) => {
      const sent = {
        ...event("concern.schoolAlert", alert.id, alert.alertedAt, "School DSL alerted"),
        detail: `Alerted ${ALERT_METHOD_TEXT[alert.method]}`,
        by: names.get(alert.recordedById) ?? null,
      };
      const read = alert.readAt && {
        ...event("concern.alertRead", alert.id, alert.readAt, "School DSL read the alert"),
        by: names.get(alert.readById ?? "") ?? null,
      };
      const escalated =
        alert.escalatedAt &&
        event(
          "concern.alertEscalated",
          alert.id,
          alert.escalatedAt,
          "Unread alert escalated to the service DSLs",
        );
      return [sent, read, escalated].filter((e) => e !== null);
    });
    const decisions = concern.decisions.map((decision) => ({
      ...event(
        "concern.decision",
        decision.id,
        decision.decidedAt,
        `Decision: ${CONCERN_OUTCOME_LABEL[decision.outcome]}`,
      ),
      detail: decision.rationale,
      by: names.get(decision.decidedById) ?? null,
    }));
    const assigned = concern.assignedAt && {
      ...event("concern.assigned", id, concern.assignedAt, "Assigned to a service DSL"),
      detail: concern.assignedTo ? `Assigned to ${concern.assignedTo.name}` : null,
    };
    const closed = concern.closedAt && {
      ...event("concern.closed", id, concern.closedAt, "Concern closed"),
      detail: concern.closureRationale,
      by: names.get(concern.closedById ?? "") ?? null,
    };
    return [raised, ...entries, ...alerts, ...decisions, assigned, closed].filter(
      (e) => e !== null,
    );
  });
}

const ENTRY_TITLE = {
  FURTHER_INFORMATION: "Further information added",
  ACTION: "Action recorded",
} as const;

/** Names of the people who recorded decisions, alerts and closures (ids without relations). */
async function userNames(
  tx: SourceContext["tx"],
  concerns: {
    decisions: { decidedById: string }[];
    schoolAlerts: { recordedById: string; readById: string | null }[];
    closedById: string | null;
  }[],
) {
  const ids = new Set<string>();
  for (const concern of concerns) {
    concern.decisions.forEach((d) => ids.add(d.decidedById));
    concern.schoolAlerts.forEach((a) =>
      [a.recordedById, a.readById].forEach((i) => i && ids.add(i)),
    );
    if (concern.closedById) {
      ids.add(concern.closedById);
    }
  }
  const users = await tx.user.findMany({
    where: { id: { in: [...ids] } },
    select: { id: true, name: true, organisation: { select: { name: true } } },
  });
  return new Map(users.map((user) => [user.id, `${user.name}, ${user.organisation.name}`]));
}
