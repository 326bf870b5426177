import { CONCERN_CATEGORY_LABEL, CONCERN_OUTCOME_LABEL } from "@/lib/schemas/concern";
import { concernAccess, concernScope } from "@/server/auth/scope";
import type { Prisma } from "@/server/db/generated/client";
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
} satisfies Prisma.ConcernInclude;

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

  return concerns.flatMap((concern) => {
    // concernScope found it, so access is never null; the narrower view is the safe default.
    const access = concernAccess(actor, concern) ?? "RAISER";
    const event = eventMaker(concern);
    const own = raisersView(concern, event, access === "FULL" ? null : actor.userId);
    return access === "FULL" ? [...own, ...dslView(concern, event, names)] : own;
  });
}

type Concern = Prisma.ConcernGetPayload<{ include: typeof INCLUDE }>;
type EventMaker = ReturnType<typeof eventMaker>;

/** Events of one concern, each titled with its reference and linked to it. */
function eventMaker({ id, reference }: Concern) {
  return (type: string, key: string, at: Date, title: string): ChronologyEvent => ({
    id: `${type}:${key}`,
    kind: "SAFEGUARDING",
    type,
    at,
    dateOnly: false,
    title: `${title} (${reference})`,
    detail: null,
    by: null,
    link: `/concerns/${id}`,
    concernId: id,
  });
}

/** The concern as raised and its entries: only `authorId`'s entries when one is given. */
function raisersView(concern: Concern, event: EventMaker, authorId: string | null) {
  const categories = concern.categories.map((c) => CONCERN_CATEGORY_LABEL[c]).join(", ");
  const raised = {
    ...event("concern.raised", concern.id, concern.raisedAt, `Concern raised: ${categories}`),
    detail: concern.whatWasSeenOrHeard,
    by: `${concern.raisedBy.name}, ${concern.raisedByOrganisation.name}`,
  };
  const entries = concern.entries
    .filter((entry) => authorId === null || entry.authorId === authorId)
    .map((entry) => ({
      ...event("concern.entry", entry.id, entry.createdAt, ENTRY_TITLE[entry.kind]),
      detail: entry.text,
      by: entry.author.name,
    }));
  return [raised, ...entries];
}

/** What only the DSLs entitled to the concern see: alerts, decisions, triage. */
function dslView(concern: Concern, event: EventMaker, names: Map<string, string>) {
  const nameOf = (userId: string | null) => (userId ? (names.get(userId) ?? null) : null);
  const alerts = concern.schoolAlerts.flatMap((alert) => [
    {
      ...event("concern.schoolAlert", alert.id, alert.alertedAt, "School DSL alerted"),
      detail: `Alerted ${ALERT_METHOD_TEXT[alert.method]}`,
      by: nameOf(alert.recordedById),
    },
    alert.readAt && {
      ...event("concern.alertRead", alert.id, alert.readAt, "School DSL read the alert"),
      by: nameOf(alert.readById),
    },
    alert.escalatedAt &&
      event("concern.alertEscalated", alert.id, alert.escalatedAt, ESCALATED_TITLE),
  ]);
  const decisions = concern.decisions.map((decision) => ({
    ...event("concern.decision", decision.id, decision.decidedAt, decisionTitle(decision)),
    detail: decision.rationale,
    by: nameOf(decision.decidedById),
  }));
  const assigned = concern.assignedAt && {
    ...event("concern.assigned", concern.id, concern.assignedAt, "Assigned to a service DSL"),
    detail: concern.assignedTo ? `Assigned to ${concern.assignedTo.name}` : null,
  };
  const closed = concern.closedAt && {
    ...event("concern.closed", concern.id, concern.closedAt, "Concern closed"),
    detail: concern.closureRationale,
    by: nameOf(concern.closedById),
  };
  return [...alerts, ...decisions, assigned, closed].filter((e) => e !== null);
}

const ESCALATED_TITLE = "Unread alert escalated to the service DSLs";

function decisionTitle({ outcome }: { outcome: keyof typeof CONCERN_OUTCOME_LABEL }) {
  return `Decision: ${CONCERN_OUTCOME_LABEL[outcome]}`;
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
