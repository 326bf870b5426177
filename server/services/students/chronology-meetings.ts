import { meetingScope } from "@/server/auth/scope";
import type { Prisma } from "@/server/db/generated/client";
import { MEETING_OUTCOME_LABEL, MEETING_TYPE_LABEL } from "@/lib/schemas/meeting";
import type { ChronologyEvent, SourceContext } from "./chronology-sources";

const MEETING_INCLUDE = {
  provider: { select: { name: true } },
  recordedBy: { select: { name: true, organisation: { select: { name: true } } } },
  reviewedBy: { select: { reference: true } },
  reviewOf: { select: { reference: true } },
  reviewed: { select: { status: true } },
} satisfies Prisma.StudentMeetingInclude;

type Meeting = Prisma.StudentMeetingGetPayload<{ include: typeof MEETING_INCLUDE }>;

function countsOf(statuses: string[]): string {
  const count = (status: string) => statuses.filter((found) => found === status).length;
  return `${count("MET")} met, ${count("PARTLY_MET")} partly met, ${count("NOT_MET")} not met`;
}

/**
 * Student meetings: each meeting held, its review date (while no review meeting has been
 * held; once one has, that meeting is the event), and the targets a review meeting reviewed.
 * What was discussed stays on the meeting's page (one click away, which records the read).
 */
function eventsOfMeeting(meeting: Meeting): ChronologyEvent[] {
  const { id, reference, provider } = meeting;
  const link = `/meetings/${id}`;
  const base = { kind: "MEETING" as const, by: provider.name, link };
  const events: ChronologyEvent[] = [
    {
      ...base,
      id: `meeting.held:${id}`,
      type: "meeting.held",
      at: meeting.heldAt,
      dateOnly: false,
      title: meeting.reviewOf
        ? `Review meeting held (${reference}, reviewing ${meeting.reviewOf.reference})`
        : `Student meeting held (${reference})`,
      detail:
        `${MEETING_TYPE_LABEL[meeting.type]}. Outcome: ` +
        `${MEETING_OUTCOME_LABEL[meeting.outcome].toLowerCase()}.`,
      // The recorder may be the MO (the service) or the provider: name their own organisation.
      by: `${meeting.recordedBy.name}, ${meeting.recordedBy.organisation.name}`,
    },
  ];
  if (meeting.reviewOn && !meeting.reviewedBy) {
    events.push({
      ...base,
      id: `meeting.reviewDue:${id}`,
      type: "meeting.reviewDue",
      at: meeting.reviewOn,
      dateOnly: true,
      title: `Review of meeting ${reference} due`,
      detail: null,
    });
  }
  if (meeting.reviewed.length > 0) {
    events.push({
      ...base,
      id: `meeting.targetsReviewed:${id}`,
      type: "meeting.targetsReviewed",
      at: meeting.heldAt,
      dateOnly: false,
      title: `Targets of meeting ${meeting.reviewOf?.reference} reviewed`,
      detail: countsOf(meeting.reviewed.map((target) => target.status)),
    });
  }
  return events;
}

/** The student's meetings the actor's organisation may see (meetingScope). */
export async function meetingEvents({ tx, actor, studentId }: SourceContext) {
  const meetings = await tx.studentMeeting.findMany({
    where: { AND: [{ studentId }, meetingScope(actor)] },
    include: MEETING_INCLUDE,
  });
  return meetings.flatMap(eventsOfMeeting);
}
