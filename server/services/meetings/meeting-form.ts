import type { Actor } from "@/server/auth/roles";
import { meetingScope, placementScope } from "@/server/auth/scope";
import type { MeetingParty, PrismaClient } from "@/server/db/generated/client";
import { AppError } from "@/server/errors";
import { fromDateOnly } from "@/lib/schemas/common";

interface Options {
  db: PrismaClient;
  actor: Actor;
  placementId: string;
  reviewOfId?: string;
}

export interface SuggestedAttendee {
  party: MeetingParty;
  name: string;
  role?: string;
}

const STAFF_ROLE: Record<string, string> = {
  PROVIDER_STAFF: "Provider staff",
  PROVIDER_DSL: "Designated safeguarding lead",
  SCHOOL_STAFF: "School staff",
  SCHOOL_DSL: "Designated safeguarding lead",
};

/**
 * What the meeting form starts from: the placement (scoped, NOT_FOUND otherwise), the people
 * usually invited — the recorder, the placement's monitoring officer, the student and their
 * parent or carer contacts — and, for a review, the earlier meeting with its targets. The
 * school's and provider's attendees are named by the recorder: the portal cannot know who
 * of their staff will come, so one empty row each is offered.
 */
export async function meetingForm({ db, actor, placementId, reviewOfId }: Options) {
  const placement = await db.placement.findFirst({
    where: { AND: [{ id: placementId }, placementScope(actor)] },
    include: {
      student: { include: { contacts: { orderBy: { name: "asc" } } } },
      course: { select: { title: true } },
      provider: { select: { id: true, name: true } },
      school: { select: { id: true, name: true } },
      monitoringOfficer: { select: { id: true, name: true } },
    },
  });
  if (!placement) {
    throw AppError.notFound("Placement");
  }
  const reviewOf = reviewOfId ? await earlierMeeting(db, actor, placementId, reviewOfId) : null;
  const recorder = await db.user.findUnique({ where: { id: actor.userId } });

  return {
    placement: {
      id: placement.id,
      courseTitle: placement.course.title,
      provider: placement.provider,
      school: placement.school,
      student: {
        id: placement.student.id,
        legalFirstName: placement.student.legalFirstName,
        legalLastName: placement.student.legalLastName,
        preferredName: placement.student.preferredName,
      },
    },
    reviewOf,
    attendees: suggestedAttendees(actor, recorder?.name ?? "", placement),
  };
}

interface FormPlacement {
  student: {
    legalFirstName: string;
    legalLastName: string;
    preferredName: string | null;
    contacts: { name: string; relationship: string }[];
  };
  monitoringOfficer: { id: string; name: string } | null;
}

function suggestedAttendees(
  actor: Actor,
  recorderName: string,
  placement: FormPlacement,
): SuggestedAttendee[] {
  const { student, monitoringOfficer } = placement;
  const recorderRole = actor.roles.map((role) => STAFF_ROLE[role]).find(Boolean);
  const recorder: SuggestedAttendee = {
    party: actor.organisationKind,
    name: recorderName,
    role: actor.organisationKind === "SERVICE" ? "Monitoring officer" : recorderRole,
  };
  const officer =
    monitoringOfficer && monitoringOfficer.id !== actor.userId
      ? [{ party: "SERVICE" as const, name: monitoringOfficer.name, role: "Monitoring officer" }]
      : [];
  const others = (["PROVIDER", "SCHOOL"] as const)
    .filter((party) => party !== actor.organisationKind)
    .map((party) => ({ party, name: "" }));
  const known = student.preferredName?.trim() || student.legalFirstName;
  return [
    recorder,
    ...officer,
    ...others,
    { party: "STUDENT", name: `${known} ${student.legalLastName}` },
    ...student.contacts.map((contact) => ({
      party: "PARENT_CARER" as const,
      name: contact.name,
      role: contact.relationship,
    })),
  ];
}

async function earlierMeeting(
  db: PrismaClient,
  actor: Actor,
  placementId: string,
  reviewOfId: string,
) {
  const meeting = await db.studentMeeting.findFirst({
    where: { AND: [{ id: reviewOfId, placementId }, meetingScope(actor)] },
    include: {
      targets: { orderBy: [{ dueOn: "asc" }, { id: "asc" }] },
      reviewedBy: { select: { id: true, reference: true } },
    },
  });
  if (!meeting) {
    throw AppError.notFound("Meeting");
  }
  return {
    id: meeting.id,
    reference: meeting.reference,
    heldAt: meeting.heldAt,
    reviewOn: meeting.reviewOn ? fromDateOnly(meeting.reviewOn) : null,
    reviewedBy: meeting.reviewedBy,
    targets: meeting.targets.map((target) => ({
      id: target.id,
      description: target.description,
      ownerName: target.ownerName,
      ownerParty: target.ownerParty,
      dueOn: fromDateOnly(target.dueOn),
      status: target.status,
      reviewNote: target.reviewNote,
    })),
  };
}
