import type { PlacementStatus, ReferralStatus, Weekday } from "@/server/db/generated/enums";
import { ageOn } from "@/lib/dates";
import { PAPERWORK_KINDS } from "@/lib/schemas/referral";
import { dateOnly, isoOf } from "./calendar";
import { chance, newId, pick, type SeedContext, timeOn, weighted } from "./context";
import { type SeedOrganisations, WEEKDAYS } from "./organisations";
import { pickWorker, type SeedPeople } from "./people";
import * as text from "./referral-text";
import type {
  CourseRow,
  InterviewRow,
  PaperworkRow,
  PlacementRow,
  ReferralRow,
  ResponseRow,
} from "./rows";
import { type Outcome, settleOutcome, type Step, storyFor } from "./stories";
import type { SeedStudent } from "./students";
import { planTimeline, type Timeline } from "./timeline";

export interface ReferralRecords {
  referrals: ReferralRow[];
  paperwork: PaperworkRow[];
  interviews: InterviewRow[];
  responses: ResponseRow[];
  placements: PlacementRow[];
}

interface Builder {
  ctx: SeedContext;
  orgs: SeedOrganisations;
  people: SeedPeople;
  records: ReferralRecords;
  /** Active placements per course, so no course is filled beyond its places. */
  activeByCourse: Map<string, number>;
}

/** What one student already has: days taken by active placements, courses tried. */
interface StudentState {
  student: SeedStudent;
  busyDays: Set<Weekday>;
  courseIds: Set<string>;
}

/** Each student's story played out as referrals, provider steps, responses and placements. */
export function buildReferrals(
  ctx: SeedContext,
  orgs: SeedOrganisations,
  people: SeedPeople,
  students: SeedStudent[],
): ReferralRecords {
  const records: ReferralRecords = {
    referrals: [],
    paperwork: [],
    interviews: [],
    responses: [],
    placements: [],
  };
  const builder: Builder = { ctx, orgs, people, records, activeByCourse: new Map() };
  for (const student of students) {
    playStory(builder, student, storyFor(ctx, student.schoolIndex, student.rosterIndex));
  }
  numberReferrals(records.referrals);
  return records;
}

/**
 * An earlier referral in a story keeps to the first half of the time left, so the next one
 * can follow it; the last may run up to yesterday.
 */
function playStory(builder: Builder, student: SeedStudent, story: Step[]) {
  const { ctx } = builder;
  const state: StudentState = { student, busyDays: new Set(), courseIds: new Set() };
  const yesterday = ctx.today - 1;
  let low = ctx.firstReferralDay;
  story.forEach((step, index) => {
    const final = index === story.length - 1;
    const high = final ? yesterday : low + Math.floor((yesterday - low) * 0.55);
    const timeline = planTimeline(ctx, settleOutcome(ctx, step.outcome), low, high);
    if (addReferral(builder, state, step, timeline)) {
      low = timeline.last + 1;
    }
  });
}

function addReferral(
  builder: Builder,
  state: StudentState,
  step: Step,
  timeline: Timeline,
): boolean {
  const { ctx, records } = builder;
  const course = pickCourse(builder, state, step.providerIndex, timeline);
  if (!course) {
    return false;
  }

  const { requested, confirmed } = chooseDays(ctx, course, state.busyDays);
  const at = momentsOf(ctx, timeline);
  const referral = referralRow(builder, state.student, course, requested, timeline, at);
  const admin = pickWorker(ctx, builder.people, builder.orgs.service.id, ["SERVICE_ADMIN"]);
  const planned = { timeline, at, days: confirmed, processorId: admin.id };
  records.referrals.push(referral);
  records.paperwork.push(...paperworkRows(builder, referral, planned));
  addInterview(builder, referral, planned, state.student, course);
  addResponse(builder, referral, planned);
  addPlacement(builder, referral, planned);

  state.courseIds.add(course.id);
  if (timeline.outcome === "PLACED_ACTIVE") {
    confirmed.forEach((day) => state.busyDays.add(day));
    builder.activeByCourse.set(course.id, (builder.activeByCourse.get(course.id) ?? 0) + 1);
  }
  return true;
}

/**
 * A course the student's age fits on the requested start, not tried before, with a day
 * still free and, for a placement that is running, a place left. A pinned provider is
 * preferred but not forced, so a tight catalogue never stops the seed.
 */
function pickCourse(
  builder: Builder,
  state: StudentState,
  providerIndex: number | undefined,
  timeline: Timeline,
): CourseRow | null {
  const { ctx, orgs, activeByCourse } = builder;
  const age = ageOn(isoOf(state.student.dateOfBirth), isoOf(timeline.requestedStart));
  const needsPlace = timeline.outcome === "PLACED_ACTIVE";
  const suitable = orgs.courses.filter(
    (course) =>
      !state.courseIds.has(course.id) &&
      age >= course.minAge &&
      age <= course.maxAge &&
      course.daysOffered.some((day) => !state.busyDays.has(day)) &&
      (!needsPlace || (activeByCourse.get(course.id) ?? 0) < course.places),
  );
  const pinnedId = providerIndex === undefined ? null : orgs.providers[providerIndex].id;
  const pinned = suitable.filter((course) => course.providerId === pinnedId);
  const choices = pinned.length > 0 ? pinned : suitable;
  return choices.length > 0 ? pick(ctx, choices) : null;
}

/** Requested days come from the course's free days; the provider may confirm fewer. */
function chooseDays(ctx: SeedContext, course: CourseRow, busy: Set<Weekday>) {
  const free = course.daysOffered.filter((day) => !busy.has(day));
  const wanted = weighted(ctx, [
    [1, 30],
    [2, 55],
    [3, 15],
  ] as const);
  const chosen = ctx.faker.helpers.arrayElements(free, Math.min(wanted, free.length));
  const requested = inWeekOrder(chosen);
  const dropOne = requested.length > 1 && chance(ctx, 0.2);
  const dropped = dropOne ? pick(ctx, requested) : null;
  return { requested, confirmed: requested.filter((day) => day !== dropped) };
}

function inWeekOrder(days: Weekday[]): Weekday[] {
  return [...days].sort((a, b) => WEEKDAYS.indexOf(a) - WEEKDAYS.indexOf(b));
}

const STATUS: Record<Outcome, ReferralStatus> = {
  SUBMITTED_NEW: "SUBMITTED",
  SUBMITTED_PARTIAL: "SUBMITTED",
  SUBMITTED_READY: "SUBMITTED",
  ACCEPTED: "ACCEPTED",
  DECLINED: "DECLINED",
  CLOSED: "CLOSED",
  WITHDRAWN: "WITHDRAWN",
  PLACED_ACTIVE: "PLACED",
  PLACED_COMPLETED: "PLACED",
  PLACED_WITHDRAWN: "PLACED",
};

function referralRow(
  builder: Builder,
  student: SeedStudent,
  course: CourseRow,
  requestedDays: Weekday[],
  timeline: Timeline,
  at: Moments,
): ReferralRow {
  const { ctx, people } = builder;
  const riskLevel = text.riskLevelFor(ctx, student.row);
  return {
    id: newId(ctx),
    reference: "",
    studentId: student.row.id,
    courseId: course.id,
    schoolId: student.school.id,
    providerId: course.providerId,
    requestedDays,
    requestedStartDate: dateOnly(timeline.requestedStart),
    reasons: text.reasonsText(ctx, course.subject),
    needs: text.needsText(ctx, student.row),
    riskLevel,
    riskAssessment: text.riskAssessmentText(ctx, riskLevel),
    status: STATUS[timeline.outcome],
    createdById: pickWorker(ctx, people, student.school.id, ["SCHOOL_STAFF"]).id,
    createdAt: at.created,
    updatedAt: at.updated,
    closedAt: at.closed,
  };
}

/** Same-day events keep their order through these time slots (see `timeOn`). */
const SLOT = { created: 0, paperwork: 1, interview: 5, responded: 6, processed: 7, closed: 8 };

/** The moment of each event, drawn once so every row that repeats it agrees. */
interface Moments {
  created: Date;
  paperwork: (Date | null)[];
  interview: Date | null;
  responded: Date | null;
  processed: Date | null;
  closed: Date | null;
  updated: Date;
}

/** What the referral's other rows need besides the referral itself. */
interface Planned {
  timeline: Timeline;
  at: Moments;
  /** Days the provider confirmed (the requested ones, perhaps fewer). */
  days: Weekday[];
  processorId: string;
}

function momentsOf(ctx: SeedContext, timeline: Timeline): Moments {
  const on = (day: number | null, slot: number) => (day === null ? null : timeOn(ctx, day, slot));
  const processed = on(timeline.processed, SLOT.processed);
  const moments = {
    created: timeOn(ctx, timeline.created, SLOT.created),
    paperwork: timeline.paperwork.map((day, index) => on(day, SLOT.paperwork + index)),
    interview: on(timeline.interview, SLOT.interview),
    responded: on(timeline.responded, SLOT.responded),
    processed,
    // A declined response is closed by the same act that processes it.
    closed: timeline.outcome === "CLOSED" ? processed : on(timeline.closed, SLOT.closed),
  };
  const all = [moments.created, ...moments.paperwork, moments.interview, moments.responded];
  const known = [...all, processed, moments.closed].filter((value) => value !== null);
  const updated = new Date(Math.max(...known.map((value) => value.getTime())));
  return { ...moments, updated };
}

function paperworkRows(builder: Builder, referral: ReferralRow, { at }: Planned) {
  const { ctx, people } = builder;
  return PAPERWORK_KINDS.map((kind, index): PaperworkRow => {
    const receivedAt = at.paperwork[index];
    const receiver = receivedAt && providerWorker(ctx, people, referral.providerId);
    return {
      id: newId(ctx),
      referralId: referral.id,
      kind,
      receivedAt,
      receivedById: receiver ? receiver.id : null,
    };
  });
}

function providerWorker(ctx: SeedContext, people: SeedPeople, providerId: string) {
  return pickWorker(ctx, people, providerId, ["PROVIDER_STAFF", "PROVIDER_DSL"]);
}

function addInterview(
  builder: Builder,
  referral: ReferralRow,
  { timeline, at }: Planned,
  student: SeedStudent,
  course: CourseRow,
) {
  const { ctx, people, records } = builder;
  if (timeline.interview === null || at.interview === null) {
    return;
  }
  const contact = student.contacts[0]?.relationship ?? "parent";
  records.interviews.push({
    id: newId(ctx),
    referralId: referral.id,
    heldOn: dateOnly(timeline.interview),
    ...text.interviewText(ctx, course.subject, contact),
    recordedById: providerWorker(ctx, people, referral.providerId).id,
    recordedAt: at.interview,
  });
}

const DECIDED_ACCEPTED = new Set<Outcome>([
  "ACCEPTED",
  "PLACED_ACTIVE",
  "PLACED_COMPLETED",
  "PLACED_WITHDRAWN",
]);

function addResponse(builder: Builder, referral: ReferralRow, planned: Planned) {
  const { ctx, people, records } = builder;
  const { timeline, at, days: confirmedDays, processorId } = planned;
  const { confirmedStart } = timeline;
  if (at.responded === null) {
    return;
  }
  const accepted = DECIDED_ACCEPTED.has(timeline.outcome);
  const declineGround = accepted
    ? null
    : weighted(ctx, [
        ["NEED", 60],
        ["RISK", 40],
      ] as const);
  records.responses.push({
    id: newId(ctx),
    referralId: referral.id,
    decision: accepted ? "ACCEPTED" : "DECLINED",
    declineGround,
    confirmedDays: accepted ? confirmedDays : [],
    confirmedStartDate: accepted && confirmedStart !== null ? dateOnly(confirmedStart) : null,
    explanation: declineGround
      ? text.declinedText(ctx, declineGround)
      : text.acceptedText(confirmedDays),
    respondedById: providerWorker(ctx, people, referral.providerId).id,
    respondedAt: at.responded,
    processedById: at.processed ? processorId : null,
    processedAt: at.processed,
  });
}

const PLACEMENT_STATUS: Partial<Record<Outcome, PlacementStatus>> = {
  PLACED_ACTIVE: "ACTIVE",
  PLACED_COMPLETED: "COMPLETED",
  PLACED_WITHDRAWN: "WITHDRAWN",
};

function addPlacement(builder: Builder, referral: ReferralRow, planned: Planned) {
  const { ctx, records } = builder;
  const { timeline, at, days, processorId } = planned;
  const status = PLACEMENT_STATUS[timeline.outcome];
  const { confirmedStart, plannedEnd, ended } = timeline;
  if (!status || confirmedStart === null || plannedEnd === null || at.processed === null) {
    return;
  }
  records.placements.push({
    id: newId(ctx),
    referralId: referral.id,
    studentId: referral.studentId,
    courseId: referral.courseId,
    schoolId: referral.schoolId,
    providerId: referral.providerId,
    days,
    startDate: dateOnly(confirmedStart),
    plannedEndDate: dateOnly(plannedEnd),
    endedOn: ended === null ? null : dateOnly(ended),
    status,
    createdById: processorId,
    createdAt: at.processed,
  });
}

/** REF-000001 onwards in the order the referrals were made, as the live counter would. */
function numberReferrals(referrals: ReferralRow[]) {
  referrals.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : 1));
  referrals.forEach((referral, index) => {
    referral.reference = `REF-${String(index + 1).padStart(6, "0")}`;
  });
}
