import type { AbsenceReason, AttendanceMark } from "@/server/db/generated/enums";
import { fromDateOnly, weekdayOf } from "@/lib/schemas/common";
import {
  dateOnly,
  type Day,
  dayOf,
  isoOf,
  isWeekend,
  momentOn,
  termTimeOnOrAfter,
} from "./calendar";
import { between, chance, newId, weighted, type SeedContext } from "./context";
import type { SeedOrganisations } from "./organisations";
import { pickWorker, type SeedPeople } from "./people";
import type { PlacementRow, RegisterMarkRow } from "./rows";

// Most students attend well; about one in five is a persistent absentee.
const ATTENDANCE_BANDS = [
  [0.97, 50],
  [0.92, 30],
  [0.8, 15],
  [0.65, 5],
] as const;

const ABSENCE_REASONS: readonly (readonly [AbsenceReason, number])[] = [
  ["ILLNESS", 40],
  ["NOT_KNOWN", 20],
  ["UNAUTHORISED_OTHER", 15],
  ["MEDICAL_APPOINTMENT", 10],
  ["AUTHORISED_LEAVE", 5],
  ["TRANSPORT_NOT_AVAILABLE", 5],
  ["SUSPENDED_OR_EXCLUDED", 5],
];

/**
 * Registers for every placement day before today, and an allocation of each placement to a
 * monitoring officer (one officer per provider, so a caseload is a few providers). A few
 * registers are left unkept so the dashboards have something to chase: the demo provider's
 * last afternoon, and the second provider's last two days.
 */
export function buildRegisters(
  ctx: SeedContext,
  orgs: SeedOrganisations,
  people: SeedPeople,
  placements: PlacementRow[],
): RegisterMarkRow[] {
  allocateMonitoringOfficers(orgs, people, placements);
  const marks: RegisterMarkRow[] = [];
  for (const placement of placements) {
    const rate = weighted(
      ctx,
      ATTENDANCE_BANDS.map(([r, w]) => [r, w] as const),
    );
    for (const day of sessionDays(ctx, placement)) {
      for (const session of ["AM", "PM"] as const) {
        if (!isUnkept(ctx, orgs, placement, day, session)) {
          marks.push(markRow(ctx, people, placement, day, session, rate));
        }
      }
    }
  }
  const dropping = droppingPlacement(orgs, placements, marks);
  if (dropping) {
    dropRecentAttendance(ctx, dropping, marks);
  }
  return marks;
}

/** How far back the demo student's attendance falls away: the last three weeks. */
export const DROP_DAYS = 21;

/**
 * The demo student whose attendance drops, so the monitoring officer's dashboard has a
 * trend to notice: of the demo-school students actively placed with the demo provider (the
 * demo officer's caseload), the one with the longest register history.
 */
export function droppingPlacement(
  orgs: SeedOrganisations,
  placements: readonly PlacementRow[],
  marks: readonly RegisterMarkRow[],
): PlacementRow | undefined {
  const counts = new Map<string, number>();
  for (const mark of marks) {
    counts.set(mark.placementId, (counts.get(mark.placementId) ?? 0) + 1);
  }
  const candidates = placements.filter(
    (placement) =>
      placement.status === "ACTIVE" &&
      placement.providerId === orgs.providers[0]?.id &&
      placement.schoolId === orgs.schools[0]?.id,
  );
  let best: PlacementRow | undefined;
  for (const placement of candidates) {
    if ((counts.get(placement.id) ?? 0) > (best ? (counts.get(best.id) ?? 0) : 0)) {
      best = placement;
    }
  }
  return best;
}

/**
 * Three sessions in five missed, with no reason the school accepts, over the last three
 * weeks. Applied after the random draws, so every other record of the seed is unchanged.
 */
function dropRecentAttendance(ctx: SeedContext, placement: PlacementRow, marks: RegisterMarkRow[]) {
  let session = 0;
  for (const mark of marks) {
    const day = dayOf(fromDateOnly(mark.date as Date));
    if (mark.placementId !== placement.id || ctx.today - day > DROP_DAYS) {
      continue;
    }
    if (session % 5 < 3) {
      Object.assign(mark, {
        mark: "ABSENT",
        absenceReason: "UNAUTHORISED_OTHER",
        lateMinutes: null,
      } satisfies Partial<RegisterMarkRow>);
    }
    session += 1;
  }
}

function allocateMonitoringOfficers(
  orgs: SeedOrganisations,
  people: SeedPeople,
  placements: PlacementRow[],
) {
  const officers = people.users.filter((user) => user.roles.includes("MONITORING_OFFICER"));
  const providerIndex = new Map(orgs.providers.map((provider, index) => [provider.id, index]));
  for (const placement of placements) {
    const index = providerIndex.get(placement.providerId) ?? 0;
    placement.monitoringOfficerId = officers[index % officers.length]?.id ?? null;
  }
}

/**
 * The placement's days from its start to the day before today (or its end), in term time as
 * the seed's calendar knows it (no summer or Christmas holidays).
 */
export function sessionDays(ctx: SeedContext, placement: PlacementRow): Day[] {
  const start = dayOf(fromDateOnly(placement.startDate as Date));
  const ended = placement.endedOn ? dayOf(fromDateOnly(placement.endedOn as Date)) : null;
  const last = Math.min(ctx.today - 1, ended ?? ctx.today - 1);
  const days: Day[] = [];
  for (let day = start; day <= last; day += 1) {
    const weekday = weekdayOf(isoOf(day));
    if (weekday && placement.days.includes(weekday) && termTimeOnOrAfter(day) === day) {
      days.push(day);
    }
  }
  return days;
}

function isUnkept(
  ctx: SeedContext,
  orgs: SeedOrganisations,
  placement: PlacementRow,
  day: Day,
  session: "AM" | "PM",
): boolean {
  if (placement.providerId === orgs.providers[0]?.id) {
    return session === "PM" && day === lastWeekdayBefore(ctx.today);
  }
  return placement.providerId === orgs.providers[1]?.id && ctx.today - day <= 4;
}

function lastWeekdayBefore(today: Day): Day {
  let day = today - 1;
  while (isWeekend(day)) {
    day -= 1;
  }
  return day;
}

function markRow(
  ctx: SeedContext,
  people: SeedPeople,
  placement: PlacementRow,
  day: Day,
  session: "AM" | "PM",
  rate: number,
): RegisterMarkRow {
  const mark: AttendanceMark = chance(ctx, rate)
    ? chance(ctx, 0.06)
      ? "LATE"
      : "PRESENT"
    : "ABSENT";
  const recorder = pickWorker(ctx, people, placement.providerId, [
    "PROVIDER_STAFF",
    "PROVIDER_DSL",
  ]);
  return {
    id: newId(ctx),
    placementId: placement.id,
    studentId: placement.studentId,
    providerId: placement.providerId,
    schoolId: placement.schoolId,
    date: dateOnly(day),
    session,
    mark,
    lateMinutes: mark === "LATE" ? between(ctx, 5, 40) : null,
    absenceReason: mark === "ABSENT" ? weighted(ctx, ABSENCE_REASONS) : null,
    note: null,
    recordedById: recorder.id,
    recordedAt: momentOn(day, session === "AM" ? 9 * 60 + 20 : 13 * 60 + 20),
  };
}
