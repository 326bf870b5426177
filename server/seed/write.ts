import type { Prisma, PrismaClient } from "@/server/db/generated/client";
import type { SeedData } from "./build";
import type { MeetingRecords } from "./meetings";
import { writeQualityActions } from "./quality-actions";
import { writeStaffPolicies } from "./quality-staff-policies";
import { writeSurveysCourses } from "./quality-surveys-courses";
import type { SafeguardingRecords } from "./safeguarding";

// Well under PostgreSQL's 65,535 bind parameters for the widest table here.
const CHUNK = 1000;

async function inChunks<T>(rows: T[], write: (chunk: T[]) => Promise<unknown>) {
  for (let start = 0; start < rows.length; start += CHUNK) {
    await write(rows.slice(start, start + CHUNK));
  }
}

/**
 * Writes everything in one transaction, parents before children, so a failure leaves the
 * database as empty as it was and the seed can simply be run again.
 */
export async function writeSeedData(prisma: PrismaClient, data: SeedData): Promise<void> {
  const { orgs, people, students, records } = data;
  await prisma.$transaction(
    async (tx) => {
      const organisations = [orgs.service, ...orgs.schools, ...orgs.providers];
      await tx.organisation.createMany({ data: organisations });
      await tx.user.createMany({ data: people.users });
      await tx.course.createMany({ data: orgs.courses });
      await inChunks(
        students.map((s) => s.row),
        (rows) => tx.student.createMany({ data: rows }),
      );
      const contacts = students.flatMap((student) => student.contacts);
      await inChunks(contacts, (rows) => tx.studentContact.createMany({ data: rows }));
      await inChunks(records.referrals, (rows) => tx.referral.createMany({ data: rows }));
      await inChunks(records.paperwork, (rows) => tx.paperworkItem.createMany({ data: rows }));
      await tx.interview.createMany({ data: records.interviews });
      await tx.applicationResponse.createMany({ data: records.responses });
      await tx.placement.createMany({ data: records.placements });
      await inChunks(data.notifications, (rows) => tx.notification.createMany({ data: rows }));
      await writeSafeguarding(tx, data.safeguarding);
      await tx.allegation.createMany({ data: data.allegations.allegations });
      await tx.allegationAssessment.createMany({ data: data.allegations.assessments });
      await tx.ladoConsultation.createMany({ data: data.allegations.consultations });
      await inChunks(data.registerMarks, (rows) => tx.registerMark.createMany({ data: rows }));
      await tx.behaviourIncident.createMany({ data: data.behaviour.incidents });
      await tx.behaviourIncidentStudent.createMany({ data: data.behaviour.students });
      await writeMeetings(tx, data.meetings);
      await writeQualityActions(tx, data.qualityActions);
      await writeStaffPolicies(tx, data.staffPolicies);
      await tx.withdrawalRequest.createMany({ data: data.requests.withdrawals });
      await tx.withdrawalPlacement.createMany({ data: data.requests.withdrawalPlacements });
      await tx.changeOfDayRequest.createMany({ data: data.requests.changes });
      await writeSurveysCourses(tx, data.surveysCourses);
      await tx.termlyChecklistItem.createMany({ data: data.termly.items });
      await tx.termlyConfirmation.createMany({ data: data.termly.confirmations });
      await inChunks(data.audit, (rows) => tx.auditEvent.createMany({ data: rows }));
      // The live referral form continues the numbering after the seeded references.
      await tx.counter.create({ data: { name: "referral", value: records.referrals.length } });
      const concerns = data.safeguarding.concerns.length;
      await tx.counter.create({ data: { name: "concern", value: concerns } });
      const allegations = data.allegations.allegations.length;
      await tx.counter.create({ data: { name: "allegation", value: allegations } });
      // References run BEH-000001 upwards, one per seeded incident.
      const incidents = data.behaviour.incidents.length;
      await tx.counter.create({ data: { name: "behaviour", value: incidents } });
      const meetings = data.meetings.meetings.length;
      await tx.counter.create({ data: { name: "meeting", value: meetings } });
      const { withdrawals, changes } = data.requests;
      await tx.counter.create({ data: { name: "withdrawal", value: withdrawals.length } });
      await tx.counter.create({ data: { name: "changeOfDay", value: changes.length } });
    },
    { maxWait: 10_000, timeout: 120_000 },
  );
}

async function writeMeetings(tx: Prisma.TransactionClient, records: MeetingRecords) {
  // Reviews point at the meetings they review: those go first.
  const firsts = records.meetings.filter((meeting) => !meeting.reviewOfId);
  const reviews = records.meetings.filter((meeting) => meeting.reviewOfId);
  await tx.studentMeeting.createMany({ data: [...firsts, ...reviews] });
  await tx.meetingAttendee.createMany({ data: records.attendees });
  await tx.meetingTarget.createMany({ data: records.targets });
  await tx.meetingCopy.createMany({ data: records.copies });
  await tx.meetingRead.createMany({ data: records.reads });
}

async function writeSafeguarding(tx: Prisma.TransactionClient, records: SafeguardingRecords) {
  await tx.safeguardingContact.createMany({ data: records.contacts });
  await tx.concern.createMany({ data: records.concerns });
  await tx.concernEntry.createMany({ data: records.entries });
  await tx.concernDecision.createMany({ data: records.decisions });
  await tx.schoolDslAlert.createMany({ data: records.alerts });
}
