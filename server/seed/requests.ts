import type { Weekday } from "@/server/db/generated/enums";
import { WEEKDAYS, weekdayOf } from "@/lib/schemas/common";
import { addWorkingDays, isWorkingDay } from "@/server/calendar/working-days";
import { dateOnly, dayOf, isoOf, momentOn } from "./calendar";
import { newId, type SeedContext } from "./context";
import type { SeedOrganisations } from "./organisations";
import { pickWorker, type SeedPeople } from "./people";
import type {
  AuditRow,
  ChangeOfDayRequestRow,
  CourseRow,
  PlacementRow,
  UserRow,
  WithdrawalPlacementRow,
  WithdrawalRequestRow,
} from "./rows";

export interface RequestRecords {
  withdrawals: WithdrawalRequestRow[];
  withdrawalPlacements: WithdrawalPlacementRow[];
  changes: ChangeOfDayRequestRow[];
  audit: AuditRow[];
}

/** What each seeded withdrawal shows: due today, late, waiting, or a provider's draft. */
type WithdrawalStory = "DUE_TODAY" | "LATE" | "WAITING" | "DRAFT";
/** What each seeded change of day shows: agreed and due today, agreed and late, proposed. */
type ChangeStory = "DUE_TODAY" | "LATE" | "PROPOSED";

interface Builder {
  ctx: SeedContext;
  people: SeedPeople;
  records: RequestRecords;
  admin: UserRow;
  today: string;
}

const IMPACT = {
  impactAchievement: "Keeps working towards the same qualification on the days that remain",
  impactHealth: "No change expected",
  impactWellbeing: "The student and their family asked for the change and are relieved",
};

/**
 * Withdrawals and changes of day in every state the admin meets (ADR 0013), so the
 * dashboard's "due today or late" table and both lists have something in them. None is on
 * the demo school's placements at the demo provider: the e2e journeys request those.
 */
export function buildRequests(
  ctx: SeedContext,
  orgs: SeedOrganisations,
  people: SeedPeople,
  placements: PlacementRow[],
): RequestRecords {
  const records: RequestRecords = {
    withdrawals: [],
    withdrawalPlacements: [],
    changes: [],
    audit: [],
  };
  const admin = people.users.find((user) => user.email === "admin@demo.cap.test");
  if (!admin) {
    throw new Error("The demo admin account is missing from the seed");
  }
  const builder: Builder = { ctx, people, records, admin, today: isoOf(ctx.today) };
  const courses = new Map(orgs.courses.map((course) => [course.id, course]));
  const [providerSide, schoolSide] = candidates(ctx, orgs, placements);
  const movable = (p: PlacementRow) => newDayOf(p, courses.get(p.courseId)!) !== null;

  const used = new Set<string>();
  const take = (from: PlacementRow[], test: (p: PlacementRow) => boolean = () => true) => {
    const found = from.find((p) => !used.has(p.id) && test(p));
    if (found) {
      used.add(found.id);
    }
    return found;
  };
  const withdrawals: [WithdrawalStory, PlacementRow | undefined, "SCHOOL" | "PROVIDER"][] = [
    ["DUE_TODAY", take(providerSide), "PROVIDER"],
    ["LATE", take(schoolSide), "SCHOOL"],
    ["WAITING", take(schoolSide), "SCHOOL"],
    ["DRAFT", take(providerSide), "PROVIDER"],
  ];
  for (const [story, placement, party] of withdrawals) {
    if (placement) {
      addWithdrawal(builder, placement, party, story);
    }
  }
  const changes: [ChangeStory, PlacementRow | undefined][] = [
    ["DUE_TODAY", take(providerSide, movable)],
    ["LATE", take(schoolSide, movable)],
    ["PROPOSED", take(providerSide, movable)],
  ];
  for (const [story, placement] of changes) {
    if (placement) {
      addChange(builder, placement, courses.get(placement.courseId)!, story);
    }
  }
  return records;
}

/**
 * Active placements running well past today: the demo provider's with other schools (the
 * provider's demo account sees them), then the demo school's at other providers.
 */
function candidates(ctx: SeedContext, orgs: SeedOrganisations, placements: PlacementRow[]) {
  const demoSchool = orgs.schools[0].id;
  const demoProvider = orgs.providers[0].id;
  const running = placements
    .filter((p) => (p.status ?? "ACTIVE") === "ACTIVE")
    .filter((p) => (p.startDate as Date).getTime() <= dateOnly(ctx.today - 14).getTime())
    .filter((p) => (p.plannedEndDate as Date).getTime() >= dateOnly(ctx.today + 42).getTime())
    .sort((a, b) => a.id.localeCompare(b.id));
  return [
    running.filter((p) => p.providerId === demoProvider && p.schoolId !== demoSchool),
    running.filter((p) => p.schoolId === demoSchool && p.providerId !== demoProvider),
  ];
}

/** The working day `n` working days before today (n > 0) or after it (n < 0). */
function workingDaysAgo(builder: Builder, n: number): string {
  return addWorkingDays(builder.today, -n);
}

/** The first working day on or after `from` that is one of `days` (any weekday if empty). */
function firstWorkingDay(from: string, days: readonly Weekday[] = WEEKDAYS): string {
  let day = dayOf(from);
  while (!isWorkingDay(isoOf(day)) || !days.some((weekday) => weekday === weekdayOf(isoOf(day)))) {
    day += 1;
  }
  return isoOf(day);
}

const at = (iso: string, minutes: number) => momentOn(dayOf(iso), minutes);
const date = (iso: string) => dateOnly(dayOf(iso));

/** Days ago each withdrawal was submitted, in working days (5 to process). */
const SUBMITTED_AGO: Record<Exclude<WithdrawalStory, "DRAFT">, number> = {
  DUE_TODAY: 5,
  LATE: 7,
  WAITING: 1,
};

function addWithdrawal(
  builder: Builder,
  placement: PlacementRow,
  party: "SCHOOL" | "PROVIDER",
  story: WithdrawalStory,
) {
  const { ctx, people, records, admin } = builder;
  const organisationId = party === "SCHOOL" ? placement.schoolId : placement.providerId;
  const requester = pickWorker(ctx, people, organisationId, [
    party === "SCHOOL" ? "SCHOOL_STAFF" : "PROVIDER_STAFF",
  ]);
  const submittedOn = story === "DRAFT" ? null : workingDaysAgo(builder, SUBMITTED_AGO[story]);
  const createdOn = submittedOn ? addWorkingDays(submittedOn, -1) : workingDaysAgo(builder, 1);
  const id = newId(ctx);
  const reference = `WDR-${String(records.withdrawals.length + 1).padStart(6, "0")}`;
  records.withdrawals.push({
    id,
    reference,
    studentId: placement.studentId,
    schoolId: placement.schoolId,
    providerId: placement.providerId,
    requestedBy: party,
    requestedById: requester.id,
    createdAt: at(createdOn, 10 * 60),
    effectiveDate: date(firstWorkingDay(isoOf(ctx.today + 14))),
    reason:
      party === "SCHOOL"
        ? "The student has been offered a full-time place at a further education college"
        : "The student has not attended for three weeks despite home visits and calls",
    ...IMPACT,
    ...(party === "PROVIDER" && story !== "DRAFT"
      ? {
          meetingHeldOn: date(createdOn),
          meetingAttendees: "Provider tutor, school SENCo, CAP monitoring officer",
          meetingRecordedAt: at(createdOn, 15 * 60),
        }
      : {}),
    ...(party === "SCHOOL"
      ? { moConsulted: true, moConsultedOn: date(addWorkingDays(createdOn, -1)) }
      : {}),
    status: submittedOn ? "SUBMITTED" : "DRAFT",
    submittedAt: submittedOn ? at(submittedOn, 11 * 60) : null,
    dueOn: submittedOn ? date(addWorkingDays(submittedOn, 5)) : null,
    ...(story === "LATE"
      ? { clmUpdatedAt: at(workingDaysAgo(builder, 1), 14 * 60), clmUpdatedById: admin.id }
      : {}),
  });
  records.withdrawalPlacements.push({
    id: newId(ctx),
    requestId: id,
    placementId: placement.id,
    allDays: true,
    days: [],
    // A submitted request holds the placement's open slot; a draft holds none (ADR 0013).
    openPlacementId: submittedOn ? placement.id : null,
  });
  audit(builder, requester, "withdrawal.request", "WithdrawalRequest", id, at(createdOn, 10 * 60));
  if (submittedOn) {
    audit(
      builder,
      requester,
      "withdrawal.submit",
      "WithdrawalRequest",
      id,
      at(submittedOn, 11 * 60),
    );
  }
}

/** The day a placement's old day moves to: one its course runs on and it does not. */
function newDayOf(placement: PlacementRow, course: CourseRow) {
  const toDay = course.daysOffered.find((day) => !placement.days.includes(day));
  return toDay && placement.days.length > 0 ? { fromDay: placement.days[0], toDay } : null;
}

/** Working days ago the provider agreed (2 to process); null: not answered yet. */
const AGREED_AGO: Record<ChangeStory, number | null> = { DUE_TODAY: 2, LATE: 4, PROPOSED: null };

function addChange(
  builder: Builder,
  placement: PlacementRow,
  course: CourseRow,
  story: ChangeStory,
) {
  const { ctx, people, records } = builder;
  const { fromDay, toDay } = newDayOf(placement, course)!;
  const proposer = pickWorker(ctx, people, placement.schoolId, ["SCHOOL_STAFF"]);
  const responder = pickWorker(ctx, people, placement.providerId, ["PROVIDER_STAFF"]);
  const agreedAgo = AGREED_AGO[story];
  const agreedOn = agreedAgo === null ? null : workingDaysAgo(builder, agreedAgo);
  const proposedOn = workingDaysAgo(builder, (agreedAgo ?? 0) + 1);
  const id = newId(ctx);
  records.changes.push({
    id,
    reference: `CHD-${String(records.changes.length + 1).padStart(6, "0")}`,
    placementId: placement.id,
    studentId: placement.studentId,
    schoolId: placement.schoolId,
    providerId: placement.providerId,
    fromDay,
    toDay,
    // The first session on the new day, a working day (ADR 0013).
    effectiveDate: date(firstWorkingDay(isoOf(ctx.today + 14), [toDay])),
    reason: "The student has a weekly hospital appointment that has moved to this day",
    ...IMPACT,
    proposedById: proposer.id,
    proposedAt: at(proposedOn, 9 * 60 + 30),
    ...(agreedOn
      ? {
          status: "AGREED" as const,
          respondedAt: at(agreedOn, 13 * 60),
          respondedById: responder.id,
          providerReason: "The group on the new day has room and the same tutor",
          providerImpactAchievement: "Same course content and tutor",
          providerImpactHealth: "Lets the student keep the appointments",
          providerImpactWellbeing: "Knows two students in the new group",
          dueOn: date(addWorkingDays(agreedOn, 2)),
        }
      : {}),
    openSlot: `${placement.id}:${fromDay}`,
  });
  audit(builder, proposer, "changeOfDay.propose", "ChangeOfDayRequest", id, at(proposedOn, 570));
  if (agreedOn) {
    audit(builder, responder, "changeOfDay.respond", "ChangeOfDayRequest", id, at(agreedOn, 780));
  }
}

function audit(
  builder: Builder,
  actor: UserRow,
  action: string,
  recordType: string,
  recordId: string,
  when: Date,
) {
  builder.records.audit.push({
    id: newId(builder.ctx),
    at: when,
    actorUserId: actor.id,
    actorOrganisationId: actor.organisationId,
    action,
    recordType,
    recordId,
  });
}
