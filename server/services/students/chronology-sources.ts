import type { ChronologyKind } from "@/lib/schemas/chronology";
import type { Actor } from "@/server/auth/roles";
import {
  behaviourIncidentScope,
  behaviourStudentScope,
  placementScope,
  referralScope,
  registerMarkScope,
} from "@/server/auth/scope";
import { BEHAVIOUR_SEVERITY_LABEL, behaviourTypeText } from "@/lib/schemas/behaviour";
import { SESSION_LABEL } from "@/lib/attendance";
import { formatWeekdays } from "@/components/format";
import type { Prisma } from "@/server/db/generated/client";
import { meetingEvents } from "./chronology-meetings";
import { safeguardingEvents } from "./chronology-safeguarding";

/** One dated thing that happened to a student, as the chronology lists it. */
export interface ChronologyEvent {
  /** Stable across reads: the event type and the record it came from. */
  id: string;
  kind: ChronologyKind;
  type: string;
  /** An instant, or UTC midnight of a calendar date when `dateOnly`. */
  at: Date;
  dateOnly: boolean;
  title: string;
  detail: string | null;
  /** Who did it, and for which organisation, when the record says. */
  by: string | null;
  link: string | null;
  /** Set on safeguarding events: the concern they belong to, for the read audit. */
  concernId?: string;
}

export interface SourceContext {
  tx: Prisma.TransactionClient;
  actor: Actor;
  studentId: string;
}

/** Gathers one kind's events about a student, within what the actor may see. */
export type ChronologySource = (context: SourceContext) => Promise<ChronologyEvent[]>;

const NAME = { select: { name: true } } as const;

const REFERRAL_INCLUDE = {
  course: { select: { title: true } },
  provider: NAME,
  school: NAME,
  paperwork: { select: { receivedAt: true } },
  interview: { select: { id: true, heldOn: true } },
  response: true,
} satisfies Prisma.ReferralInclude;

type Referral = Prisma.ReferralGetPayload<{ include: typeof REFERRAL_INCLUDE }>;

async function referralEvents({ tx, actor, studentId }: SourceContext) {
  const referrals = await tx.referral.findMany({
    where: { AND: [{ studentId }, referralScope(actor)] },
    include: REFERRAL_INCLUDE,
  });
  return referrals.flatMap(eventsOfReferral);
}

/** Created, paperwork complete, interview, response, processed, closed: those that happened. */
function eventsOfReferral(referral: Referral): ChronologyEvent[] {
  const { id, reference, course, provider, school, paperwork, interview, response } = referral;
  const event = (type: string, at: Date, title: string, more: Partial<ChronologyEvent> = {}) => ({
    id: `${type}:${id}`,
    kind: "REFERRAL" as const,
    type,
    at,
    dateOnly: false,
    title,
    detail: null,
    // Most steps are the provider's; the school's and the service's say so.
    by: provider.name,
    link: `/referrals/${id}`,
    ...more,
  });
  const received = paperwork.flatMap((item) => item.receivedAt?.getTime() ?? []);
  const paperworkDone = paperwork.length > 0 && received.length === paperwork.length;
  const answer = response?.decision === "ACCEPTED" ? "accepted" : "declined";
  const closing = referral.status === "WITHDRAWN" ? "Referral withdrawn" : "Referral closed";

  return [
    event("referral.created", referral.createdAt, `Referred to ${course.title}`, {
      detail: `${reference}: ${school.name} referred to ${provider.name}`,
      by: school.name,
    }),
    paperworkDone &&
      event("referral.paperworkComplete", new Date(Math.max(...received)), "Paperwork complete"),
    interview &&
      event("referral.interview", interview.heldOn, "Interview held", { dateOnly: true }),
    response && event("referral.response", response.respondedAt, `Application ${answer}`),
    response?.processedAt &&
      event("referral.processed", response.processedAt, "Response processed", { by: null }),
    referral.closedAt && event("referral.closed", referral.closedAt, closing, { by: null }),
  ].filter((found): found is ChronologyEvent => Boolean(found));
}

async function placementEvents({ tx, actor, studentId }: SourceContext) {
  const placements = await tx.placement.findMany({
    where: { AND: [{ studentId }, placementScope(actor)] },
    include: {
      course: { select: { title: true } },
      provider: NAME,
      dayChanges: { orderBy: { effectiveFrom: "asc" } },
    },
  });
  return placements.flatMap((placement): ChronologyEvent[] => {
    const { id, course, provider } = placement;
    const base = { kind: "PLACEMENT" as const, dateOnly: true, by: provider.name, detail: null };
    const link = `/referrals/${placement.referralId}`;
    const events: ChronologyEvent[] = [
      {
        ...base,
        id: `placement.started:${id}`,
        type: "placement.started",
        at: placement.startDate,
        title: `Placement started: ${course.title}`,
        link,
      },
    ];
    if (placement.endedOn) {
      const how = placement.status === "WITHDRAWN" ? "withdrawn" : "ended";
      events.push({
        ...base,
        id: `placement.ended:${id}`,
        type: "placement.ended",
        at: placement.endedOn,
        title: `Placement ${how}: ${course.title}`,
        link,
      });
    }
    for (const change of placement.dayChanges) {
      events.push({
        ...base,
        id: `placement.daysChanged:${change.id}`,
        type: "placement.daysChanged",
        at: change.effectiveFrom,
        title: `Placement days changed: ${course.title}`,
        detail: `From ${formatWeekdays(change.daysBefore)} to ${formatWeekdays(change.daysAfter)}`,
        link: DAY_CHANGE_LINK[change.sourceType]?.(change.sourceId) ?? link,
      });
    }
    return events;
  });
}

/** Where the request that changed a placement's days is read (ADR 0013). */
const DAY_CHANGE_LINK: Record<string, (id: string) => string> = {
  WithdrawalRequest: (id) => `/withdrawals/${id}`,
  ChangeOfDayRequest: (id) => `/changes-of-day/${id}`,
};

/**
 * Attendance alerts: each day a student first missed a session at a provider with no reason
 * given, which alerted the school and the monitoring officer (docs/decisions/0009).
 */
async function attendanceEvents({ tx, actor, studentId }: SourceContext) {
  const alerts = await tx.registerMark.findMany({
    where: { AND: [{ studentId }, registerMarkScope(actor), { alertedAt: { not: null } }] },
    include: { placement: { select: { course: { select: { title: true } }, provider: NAME } } },
  });
  return alerts.map((mark): ChronologyEvent => ({
    id: `attendance.unexplainedAbsence:${mark.id}`,
    kind: "ATTENDANCE",
    type: "attendance.unexplainedAbsence",
    at: mark.date,
    dateOnly: true,
    title: `Missed the ${SESSION_LABEL[mark.session].toLowerCase()} session, no reason given`,
    detail: mark.placement.course.title,
    by: mark.placement.provider.name,
    link: null,
  }));
}

/**
 * Behaviour incidents the student was involved in, within the incident scope: the provider
 * that logged them, the student's own school, the service. Withdrawn ones stay, marked.
 */
async function behaviourEvents({ tx, actor, studentId }: SourceContext) {
  const incidents = await tx.behaviourIncident.findMany({
    where: {
      AND: [
        behaviourIncidentScope(actor),
        { students: { some: { AND: [{ studentId }, behaviourStudentScope(actor)] } } },
      ],
    },
    include: { provider: NAME },
  });
  return incidents.map((incident): ChronologyEvent => {
    const severity = `${BEHAVIOUR_SEVERITY_LABEL[incident.severity]} severity`;
    return {
      id: `behaviour.incident:${incident.id}`,
      kind: "BEHAVIOUR",
      type: incident.withdrawnAt ? "behaviour.withdrawnIncident" : "behaviour.incident",
      at: incident.occurredAt,
      dateOnly: false,
      title: `Behaviour incident: ${behaviourTypeText(incident.type, incident.otherType)}`,
      detail: incident.withdrawnAt
        ? `${incident.reference}, ${severity}. Withdrawn: ${incident.withdrawnReason ?? ""}`
        : `${incident.reference}, ${severity}`,
      by: incident.provider.name,
      link: `/behaviour/${incident.id}`,
    };
  });
}

/**
 * Every kind of event and where it comes from. A new workflow adds its kind to
 * CHRONOLOGY_KINDS and its source here; the type makes sure none is forgotten.
 */
export const CHRONOLOGY_SOURCES: Record<ChronologyKind, ChronologySource> = {
  REFERRAL: referralEvents,
  PLACEMENT: placementEvents,
  ATTENDANCE: attendanceEvents,
  BEHAVIOUR: behaviourEvents,
  SAFEGUARDING: safeguardingEvents,
  MEETING: meetingEvents,
};
