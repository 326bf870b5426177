import type { Actor } from "@/server/auth/roles";
import { placementScope, registerMarkScope, studentScope } from "@/server/auth/scope";
import type { PrismaClient } from "@/server/db/generated/client";
import { AppError } from "@/server/errors";
import { attendanceFigures } from "@/lib/attendance";
import type { RegisterSessionValue } from "@/lib/attendance";
import { toDateOnly, weekdayOf } from "@/lib/schemas/common";
import { DAY_CHANGES_SELECT, daysOn } from "./placement-days";

const STUDENT_NAME = {
  select: { id: true, legalFirstName: true, legalLastName: true, preferredName: true },
} as const;

interface SheetOptions {
  db: PrismaClient;
  actor: Actor;
  date: string;
  session: RegisterSessionValue;
}

/**
 * The register a provider keeps for one date and session: every placement of its own that
 * runs that day, with the mark held (if any). Ordered by course, then student.
 */
export async function readRegisterSheet({ db, actor, date, session }: SheetOptions) {
  const weekday = weekdayOf(date);
  if (!weekday) {
    throw AppError.invalid("date", "Registers are kept for weekdays only");
  }
  const day = toDateOnly(date);

  const placements = await db.placement.findMany({
    where: {
      AND: [
        placementScope(actor),
        { startDate: { lte: day } },
        { OR: [{ endedOn: { gte: day } }, { endedOn: null, plannedEndDate: { gte: day } }] },
      ],
    },
    include: {
      student: STUDENT_NAME,
      course: { select: { id: true, title: true } },
      registerMarks: { where: { date: day, session } },
      dayChanges: DAY_CHANGES_SELECT,
    },
  });

  // Weekdays are matched here rather than with `has`: see notify-organisation.ts on enum
  // arrays and the PGlite adapter. The days are those the placement ran on at that date.
  const rows = placements
    .filter((placement) => daysOn(placement, date).includes(weekday))
    .map(({ registerMarks, dayChanges: _history, ...placement }) => ({
      ...placement,
      held: registerMarks[0] ?? null,
    }))
    .sort(
      (a, b) =>
        a.course.title.localeCompare(b.course.title) ||
        a.student.legalLastName.localeCompare(b.student.legalLastName) ||
        a.student.legalFirstName.localeCompare(b.student.legalFirstName),
    );
  return { date, session, rows };
}

interface StudentOptions {
  db: PrismaClient;
  actor: Actor;
  studentId: string;
}

/**
 * A student's attendance, per placement and overall, from the marks the caller may see: a
 * provider counts only its own placements' sessions; the school and the service see all.
 */
export async function readStudentAttendance({ db, actor, studentId }: StudentOptions) {
  const student = await db.student.findFirst({
    where: { AND: [{ id: studentId }, studentScope(actor)] },
    select: { id: true },
  });
  if (!student) {
    throw AppError.notFound("Student");
  }

  const marks = await db.registerMark.findMany({
    where: { AND: [{ studentId }, registerMarkScope(actor)] },
    select: { placementId: true, mark: true, absenceReason: true },
  });
  const byPlacement = new Map<string, typeof marks>();
  for (const mark of marks) {
    byPlacement.set(mark.placementId, [...(byPlacement.get(mark.placementId) ?? []), mark]);
  }
  return {
    overall: attendanceFigures(marks),
    placements: [...byPlacement].map(([placementId, list]) => ({
      placementId,
      ...attendanceFigures(list),
    })),
  };
}
