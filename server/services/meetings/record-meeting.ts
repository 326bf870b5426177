import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/roles";
import { meetingScope, placementScope } from "@/server/auth/scope";
import type { Placement, Prisma, PrismaClient } from "@/server/db/generated/client";
import { AppError } from "@/server/errors";
import { ukToday } from "@/lib/dates";
import { toDateOnly } from "@/lib/schemas/common";
import { meetingRuleIssues, type MeetingRecord } from "@/lib/schemas/meeting";
import { nextReference } from "@/server/services/references/next-reference";
import { notifyMeetingCopies } from "./notify-copies";

type Tx = Prisma.TransactionClient;

export interface RecordMeetingOptions {
  db: PrismaClient;
  actor: Actor;
  input: MeetingRecord;
  now?: Date;
}

/**
 * The monitoring officer (or the provider, when no MO attends) records a student meeting on
 * a placement the recorder's organisation may see. One transaction writes the meeting, its
 * attendees and targets, the review of the earlier meeting's targets (on a review meeting),
 * a copy for each attendee organisation and the audit row; each copy's organisation is told
 * after commit, with a link and no child's name or meeting text.
 */
export async function recordMeeting({ db, actor, input, now = new Date() }: RecordMeetingOptions) {
  const problem = meetingRuleIssues(input, now)[0];
  if (problem) {
    throw AppError.invalid(problem.path.join("."), problem.message);
  }

  const recorded = await db.$transaction((tx) => writeMeeting(tx, actor, input, now));

  await notifyMeetingCopies(db, actor, recorded);
  return { id: recorded.meeting.id, reference: recorded.meeting.reference };
}

async function writeMeeting(tx: Tx, actor: Actor, input: MeetingRecord, now: Date) {
  const { placementId, reviewOfId, attendees, targets, reviewedTargets } = input;
  const placement = await findPlacement(tx, actor, placementId);
  assertHeldDuringPlacement(placement, input.heldAt);
  if (reviewOfId) {
    await findMeetingToReview(tx, actor, placement, reviewOfId, input.heldAt);
  }
  const serviceId = await serviceOrganisationId(tx, actor, placement);

  const meeting = await createMeeting(tx, actor, { placement, serviceId, input, now });
  if (reviewOfId) {
    await reviewEarlierTargets(tx, actor, { reviewOfId, meetingId: meeting.id, now }, input);
  }
  const copies = copyOrganisations(actor, placement, serviceId, attendees);
  await tx.meetingCopy.createMany({
    data: copies.map((organisationId) => ({ meetingId: meeting.id, organisationId, sentAt: now })),
  });
  await recordAudit(tx, actor, {
    action: "meeting.record",
    recordType: "StudentMeeting",
    recordId: meeting.id,
    detail: {
      studentId: placement.studentId,
      placementId,
      reviewOfId: reviewOfId ?? null,
      targets: targets.length,
      reviewedTargets: reviewedTargets.map(({ targetId, status }) => ({ targetId, status })),
      copies,
    },
  });
  return { meeting, placement, copies };
}

interface NewMeeting {
  placement: Placement;
  serviceId: string | null;
  input: MeetingRecord;
  now: Date;
}

/** The meeting row with its attendees (each with their organisation) and its targets. */
async function createMeeting(tx: Tx, actor: Actor, options: NewMeeting) {
  const { placement, serviceId, input, now } = options;
  const { placementId, reviewOfId, attendees, targets, reviewedTargets: _r, ...fields } = input;
  const organisationOf: Record<string, string | null> = {
    PROVIDER: placement.providerId,
    SCHOOL: placement.schoolId,
    SERVICE: serviceId,
  };
  return tx.studentMeeting.create({
    data: {
      ...fields,
      reference: await nextReference(tx, "meeting", "MTG"),
      studentId: placement.studentId,
      placementId,
      providerId: placement.providerId,
      schoolId: placement.schoolId,
      reviewOn: fields.reviewOn ? toDateOnly(fields.reviewOn) : null,
      reviewOfId: reviewOfId ?? null,
      recordedById: actor.userId,
      recordedByOrganisationId: actor.organisationId,
      recordedAt: now,
      attendees: {
        create: attendees.map((attendee) => ({
          ...attendee,
          role: attendee.role ?? null,
          organisationId: organisationOf[attendee.party] ?? null,
        })),
      },
      targets: {
        create: targets.map((target) => ({ ...target, dueOn: toDateOnly(target.dueOn) })),
      },
    },
  });
}

async function findPlacement(tx: Tx, actor: Actor, placementId: string) {
  const placement = await tx.placement.findFirst({
    where: { AND: [{ id: placementId }, placementScope(actor)] },
  });
  if (!placement) {
    throw new AppError("NOT_FOUND", "Placement not found", { field: "placementId" });
  }
  return placement;
}

/**
 * A meeting is about a placement while it runs: one held before it started is a mistyped
 * date, and one after it ended would set targets nobody is placed to meet. A meeting held
 * before the end may still be recorded afterwards.
 */
function assertHeldDuringPlacement(placement: Placement, heldAt: Date) {
  const day = toDateOnly(ukToday(heldAt));
  if (day < placement.startDate) {
    throw AppError.invalid("heldAt", "The meeting must be on or after the placement started");
  }
  if (placement.endedOn && day > placement.endedOn) {
    throw AppError.invalid("heldAt", "The meeting must be on or before the placement ended");
  }
}

/**
 * A review meeting reviews an earlier meeting of the same placement that has no review yet.
 * Two reviews recorded at once: the unique reviewOfId keeps the first, the second gets the
 * usual CONFLICT (server/trpc/init.ts).
 */
async function findMeetingToReview(
  tx: Tx,
  actor: Actor,
  placement: Placement,
  reviewOfId: string,
  heldAt: Date,
) {
  const earlier = await tx.studentMeeting.findFirst({
    where: { AND: [{ id: reviewOfId, placementId: placement.id }, meetingScope(actor)] },
    include: { reviewedBy: { select: { reference: true } } },
  });
  if (!earlier) {
    throw new AppError("NOT_FOUND", "Meeting to review not found", { field: "reviewOfId" });
  }
  if (earlier.reviewedBy) {
    const message =
      `Meeting ${earlier.reference} has already been reviewed, at meeting ` +
      `${earlier.reviewedBy.reference}. Open that meeting to record another review from it.`;
    throw new AppError("CONFLICT", message, { field: "reviewOfId" });
  }
  if (heldAt.getTime() <= earlier.heldAt.getTime()) {
    const message = `The review meeting must be held after meeting ${earlier.reference}`;
    throw AppError.invalid("heldAt", message);
  }
  return earlier;
}

interface ReviewContext {
  reviewOfId: string;
  meetingId: string;
  now: Date;
}

/** Every open target of the earlier meeting gets its status at the review meeting. */
async function reviewEarlierTargets(
  tx: Tx,
  actor: Actor,
  { reviewOfId, meetingId, now }: ReviewContext,
  input: MeetingRecord,
) {
  const held = await tx.meetingTarget.findMany({ where: { meetingId: reviewOfId } });
  const ids = new Set(held.map((target) => target.id));
  input.reviewedTargets.forEach((item, index) => {
    if (!ids.has(item.targetId)) {
      throw AppError.invalid(
        `reviewedTargets.${index}.targetId`,
        "Review only the targets of the meeting being reviewed",
      );
    }
  });
  const given = new Set(input.reviewedTargets.map((item) => item.targetId));
  if (held.some((target) => target.status === "OPEN" && !given.has(target.id))) {
    const message = "Record whether each target of the earlier meeting was met";
    throw AppError.invalid("reviewedTargets", message);
  }
  for (const item of input.reviewedTargets) {
    await tx.meetingTarget.update({
      where: { id: item.targetId },
      data: {
        status: item.status,
        reviewNote: item.note ?? null,
        reviewedInId: meetingId,
        reviewedById: actor.userId,
        reviewedAt: now,
      },
    });
  }
}

/**
 * The service organisation a service attendee came from: the recorder's own, else that of
 * the placement's monitoring officer, else the collaboration's service.
 */
async function serviceOrganisationId(tx: Tx, actor: Actor, placement: Placement) {
  if (actor.organisationKind === "SERVICE") {
    return actor.organisationId;
  }
  if (placement.monitoringOfficerId) {
    const officer = await tx.user.findUnique({ where: { id: placement.monitoringOfficerId } });
    if (officer) {
      return officer.organisationId;
    }
  }
  const service = await tx.organisation.findFirst({
    where: { kind: "SERVICE" },
    orderBy: { createdAt: "asc" },
  });
  return service?.id ?? null;
}

/**
 * Who gets a copy: the provider and the school always (they hold the placement), the
 * service when someone from it attended, and the recorder's own organisation always.
 */
function copyOrganisations(
  actor: Actor,
  placement: Placement,
  serviceId: string | null,
  attendees: MeetingRecord["attendees"],
): string[] {
  const copies = new Set([placement.providerId, placement.schoolId, actor.organisationId]);
  const serviceAttended = attendees.some((a) => a.party === "SERVICE" && a.attended);
  if (serviceAttended && serviceId) {
    copies.add(serviceId);
  }
  return [...copies];
}
