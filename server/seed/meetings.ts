import type { MeetingType, TargetStatus } from "@/server/db/generated/enums";
import { dateOnly, type Day, momentOn, weekdayOnOrBefore } from "./calendar";
import { chance, newId, pick, type SeedContext } from "./context";
import type { SeedOrganisations } from "./organisations";
import { pickWorker, type SeedPeople } from "./people";
import type {
  AuditRow,
  MeetingAttendeeRow,
  MeetingCopyRow,
  MeetingReadRow,
  MeetingRow,
  MeetingTargetRow,
  PlacementRow,
  RegisterMarkRow,
} from "./rows";
import type { SeedStudent } from "./students";

export interface MeetingRecords {
  meetings: MeetingRow[];
  attendees: MeetingAttendeeRow[];
  targets: MeetingTargetRow[];
  copies: MeetingCopyRow[];
  reads: MeetingReadRow[];
  audit: AuditRow[];
}

/**
 * Where each seeded meeting's review stands on the seed's today: due this week, overdue,
 * already reviewed (a review meeting links to it), or due later.
 */
type Story = "DUE" | "OVERDUE" | "REVIEWED" | "LATER";
const STORIES: readonly Story[] = ["DUE", "OVERDUE", "REVIEWED", "LATER"];

const TARGETS: readonly [string, "STUDENT" | "SCHOOL" | "PROVIDER" | "PARENT_CARER"][] = [
  ["Attend every session on time for the next three weeks", "STUDENT"],
  ["Arrange a bus pass so the journey is no longer a reason to miss sessions", "SCHOOL"],
  ["Phone home on the morning of any absence by 9:30am", "PROVIDER"],
  ["Make sure the student leaves home by 8:15am on placement days", "PARENT_CARER"],
  ["Use the agreed time-out card instead of leaving the workshop", "STUDENT"],
  ["Send a weekly attendance summary to the school", "PROVIDER"],
];

const DISCUSSION: Record<MeetingType, string> = {
  ATTENDANCE:
    "Attendance at the provider has fallen below 90% this term, with several mornings " +
    "missed without a reason. The provider described good progress on the days the student " +
    "attends. The school confirmed the same pattern at school.",
  BEHAVIOUR:
    "Staff described two incidents of leaving the workshop without permission. The group " +
    "talked about what happens beforehand and agreed a way to ask for a break.",
  ATTENDANCE_AND_BEHAVIOUR:
    "Late arrivals and missed mornings, and one incident of refusing to follow safety " +
    "instructions. Everyone agreed the placement is worth keeping with clear targets.",
};

const STUDENT_VIEWS = [
  "Says the bus is often full in the morning and that they enjoy the practical work.",
  "Feels the workshop is the best part of the week; finds mornings hard.",
  "Would like more notice of changes to the timetable and wants to stay on the course.",
];

/** Attended over possible sessions, per placement, from the seeded marks. */
function attendanceRates(marks: RegisterMarkRow[]): Map<string, number> {
  const counts = new Map<string, { attended: number; possible: number }>();
  for (const mark of marks) {
    const count = counts.get(mark.placementId) ?? { attended: 0, possible: 0 };
    count.possible += 1;
    count.attended += mark.mark === "ABSENT" ? 0 : 1;
    counts.set(mark.placementId, count);
  }
  const rates = new Map<string, number>();
  counts.forEach((count, id) => {
    if (count.possible >= 6) {
      rates.set(id, count.attended / count.possible);
    }
  });
  return rates;
}

/**
 * The running placements with the lowest attendance (under 90%): the demo provider's first
 * (the demo MO's caseload), then the demo school's at other providers, then a few others.
 */
function placementsForMeetings(
  ctx: SeedContext,
  orgs: SeedOrganisations,
  placements: PlacementRow[],
  marks: RegisterMarkRow[],
): PlacementRow[] {
  const rates = attendanceRates(marks);
  // Running since before the earliest seeded meeting (HELD_DAYS_AGO.REVIEWED).
  const startedBy = dateOnly(ctx.today - 50).getTime();
  const low = placements
    .filter((p) => (p.status ?? "ACTIVE") === "ACTIVE" && (rates.get(p.id) ?? 1) < 0.9)
    .filter((p) => (p.startDate as Date).getTime() <= startedBy)
    .sort((a, b) => rates.get(a.id)! - rates.get(b.id)! || a.id.localeCompare(b.id));
  const demoProvider = orgs.providers[0].id;
  const demoSchool = orgs.schools[0].id;
  const chosen = [
    // The demo school's students there first, so both demo accounts see one.
    ...low
      .filter((p) => p.providerId === demoProvider)
      .sort((a, b) => Number(b.schoolId === demoSchool) - Number(a.schoolId === demoSchool))
      .slice(0, 4),
    ...low.filter((p) => p.providerId !== demoProvider && p.schoolId === demoSchool).slice(0, 3),
  ];
  const others = low.filter((p) => !chosen.includes(p)).slice(0, 5);
  return [...chosen, ...others];
}

interface Builder {
  ctx: SeedContext;
  people: SeedPeople;
  students: Map<string, SeedStudent>;
  records: MeetingRecords;
  serviceId: string;
}

/** Student meetings for students with low attendance, each told as one of the STORIES. */
export function buildMeetings(
  ctx: SeedContext,
  orgs: SeedOrganisations,
  people: SeedPeople,
  students: SeedStudent[],
  placements: PlacementRow[],
  marks: RegisterMarkRow[],
): MeetingRecords {
  const records: MeetingRecords = {
    meetings: [],
    attendees: [],
    targets: [],
    copies: [],
    reads: [],
    audit: [],
  };
  const builder: Builder = {
    ctx,
    people,
    students: new Map(students.map((student) => [student.row.id, student])),
    records,
    serviceId: orgs.service.id,
  };
  const chosen = placementsForMeetings(ctx, orgs, placements, marks);
  // Each group starts at the first story, so the demo provider and school have every kind.
  const demoCount = chosen.filter((p) => p.providerId === orgs.providers[0].id).length;
  chosen.forEach((placement, index) => {
    const story = STORIES[(index < demoCount ? index : index - demoCount) % STORIES.length];
    tellStory(builder, placement, story);
  });
  return records;
}

const HELD_DAYS_AGO: Record<Story, number> = { DUE: 12, OVERDUE: 30, REVIEWED: 45, LATER: 4 };
const REVIEW_IN_DAYS: Record<Story, number> = { DUE: 3, OVERDUE: -4, REVIEWED: -22, LATER: 18 };

function tellStory(builder: Builder, placement: PlacementRow, story: Story) {
  const { ctx } = builder;
  const held = weekdayOnOrBefore(ctx.today - HELD_DAYS_AGO[story]);
  const reviewOn = weekdayOnOrBefore(ctx.today + REVIEW_IN_DAYS[story]);
  const first = addMeeting(builder, placement, { held, reviewOn, reviewOf: null });
  if (story !== "REVIEWED") {
    return;
  }
  const reviewHeld = weekdayOnOrBefore(reviewOn);
  addMeeting(builder, placement, {
    held: reviewHeld,
    reviewOn: weekdayOnOrBefore(ctx.today + 12),
    reviewOf: first,
  });
}

interface MeetingPlan {
  held: Day;
  reviewOn: Day;
  reviewOf: MeetingRow | null;
}

function addMeeting(builder: Builder, placement: PlacementRow, plan: MeetingPlan): MeetingRow {
  const { ctx, people, records } = builder;
  const officerId = placement.monitoringOfficerId ?? null;
  const officer = people.users.find((user) => user.id === officerId);
  const recorder =
    officer ?? pickWorker(ctx, people, placement.providerId, ["PROVIDER_STAFF", "PROVIDER_DSL"]);
  const heldAt = momentOn(plan.held, 14 * 60 + 30);
  const meeting: MeetingRow = {
    id: newId(ctx),
    reference: `MTG-${String(records.meetings.length + 1).padStart(6, "0")}`,
    studentId: placement.studentId,
    placementId: placement.id,
    providerId: placement.providerId,
    schoolId: placement.schoolId,
    heldAt,
    type: pick(ctx, ["ATTENDANCE", "ATTENDANCE", "ATTENDANCE_AND_BEHAVIOUR"] as const),
    discussion: DISCUSSION.ATTENDANCE,
    studentView: pick(ctx, STUDENT_VIEWS),
    outcome: plan.reviewOf ? "CONTINUE" : "REVIEW",
    reviewOn: dateOnly(plan.reviewOn),
    reviewOfId: plan.reviewOf?.id ?? null,
    recordedById: recorder.id,
    recordedByOrganisationId: recorder.organisationId,
    recordedAt: momentOn(plan.held, 16 * 60),
  };
  meeting.discussion = DISCUSSION[meeting.type];
  records.meetings.push(meeting);
  addAttendees(builder, placement, meeting, officer?.name);
  addTargets(builder, meeting, plan);
  if (plan.reviewOf) {
    reviewTargets(builder, plan.reviewOf, meeting);
  }
  addCopiesAndReads(builder, placement, meeting, Boolean(officer));
  records.audit.push({
    id: newId(ctx),
    at: meeting.recordedAt as Date,
    actorUserId: recorder.id,
    actorOrganisationId: recorder.organisationId,
    action: "meeting.record",
    recordType: "StudentMeeting",
    recordId: meeting.id,
    detail: { studentId: meeting.studentId, placementId: placement.id },
  });
  return meeting;
}

function addAttendees(
  builder: Builder,
  placement: PlacementRow,
  meeting: MeetingRow,
  officerName: string | undefined,
) {
  const { ctx, people, records, students, serviceId } = builder;
  const tutor = pickWorker(ctx, people, placement.providerId, ["PROVIDER_STAFF"]);
  const teacher = pickWorker(ctx, people, placement.schoolId, ["SCHOOL_STAFF", "SCHOOL_DSL"]);
  const student = students.get(placement.studentId)!;
  const parent = student.contacts[0];
  type Attendee = Omit<MeetingAttendeeRow, "id" | "meetingId">;
  const known = student.row.preferredName ?? student.row.legalFirstName;
  const rows: Attendee[] = [
    {
      party: "PROVIDER",
      name: tutor.name,
      role: "Tutor",
      organisationId: placement.providerId,
      attended: true,
    },
    {
      party: "SCHOOL",
      name: teacher.name,
      role: "Head of year",
      organisationId: placement.schoolId,
      attended: true,
    },
    {
      party: "STUDENT",
      name: `${known} ${student.row.legalLastName}`,
      role: null,
      organisationId: null,
      attended: true,
    },
  ];
  if (officerName) {
    rows.unshift({
      party: "SERVICE",
      name: officerName,
      role: "Monitoring officer",
      organisationId: serviceId,
      attended: true,
    });
  }
  if (parent) {
    rows.push({
      party: "PARENT_CARER",
      name: parent.name,
      role: parent.relationship,
      organisationId: null,
      attended: chance(ctx, 0.7),
    });
  }
  for (const row of rows) {
    records.attendees.push({ id: newId(ctx), meetingId: meeting.id, ...row });
  }
}

function addTargets(builder: Builder, meeting: MeetingRow, plan: MeetingPlan) {
  const { ctx, records } = builder;
  const count = plan.reviewOf ? 1 : 2;
  const offset = records.meetings.length % TARGETS.length;
  for (let index = 0; index < count; index += 1) {
    const [description, ownerParty] = TARGETS[(offset + index) % TARGETS.length];
    const due = weekdayOnOrBefore(plan.reviewOn - index * 3);
    records.targets.push({
      id: newId(ctx),
      meetingId: meeting.id,
      description,
      ownerName: ownerParty === "STUDENT" ? "The student" : ownerNameFor(ownerParty),
      ownerParty,
      dueOn: dateOnly(Math.max(due, plan.held)),
      status: "OPEN",
      reviewNote: null,
      reviewedInId: null,
      reviewedById: null,
      reviewedAt: null,
    });
  }
}

function ownerNameFor(party: "SCHOOL" | "PROVIDER" | "PARENT_CARER"): string {
  return { SCHOOL: "Head of year", PROVIDER: "Tutor", PARENT_CARER: "Parent or carer" }[party];
}

const REVIEWED: readonly [TargetStatus, string | null][] = [
  ["MET", "Attended every session since the meeting."],
  ["PARTLY_MET", "Better, but two late arrivals."],
  ["NOT_MET", null],
];

function reviewTargets(builder: Builder, earlier: MeetingRow, review: MeetingRow) {
  const { records } = builder;
  const targets = records.targets.filter((target) => target.meetingId === earlier.id);
  targets.forEach((target, index) => {
    const [status, note] = REVIEWED[(records.meetings.length + index) % REVIEWED.length];
    Object.assign(target, {
      status,
      reviewNote: note,
      reviewedInId: review.id,
      reviewedById: review.recordedById,
      reviewedAt: review.recordedAt,
    });
  });
}

/** A copy for the provider, the school and (with an MO there) the service; some opened. */
function addCopiesAndReads(
  builder: Builder,
  placement: PlacementRow,
  meeting: MeetingRow,
  serviceAttended: boolean,
) {
  const { ctx, people, records, serviceId } = builder;
  const organisations = [placement.providerId, placement.schoolId];
  if (serviceAttended || meeting.recordedByOrganisationId === serviceId) {
    organisations.push(serviceId);
  }
  for (const organisationId of organisations) {
    records.copies.push({
      id: newId(ctx),
      meetingId: meeting.id,
      organisationId,
      sentAt: meeting.recordedAt as Date,
    });
  }
  const recorded = (meeting.recordedAt as Date).getTime();
  const readers = [
    people.users.find((user) => user.id === meeting.recordedById)!,
    // The school opens its copy of older meetings; a week-old one may still be unread.
    ...(ctx.today * 86_400_000 - recorded > 10 * 86_400_000
      ? [pickWorker(ctx, people, placement.schoolId, ["SCHOOL_STAFF", "SCHOOL_DSL"])]
      : []),
  ];
  readers.forEach((reader, index) => {
    records.reads.push({
      id: newId(ctx),
      meetingId: meeting.id,
      userId: reader.id,
      organisationId: reader.organisationId,
      firstOpenedAt: new Date(recorded + (index + 1) * 3_600_000),
    });
  });
}
