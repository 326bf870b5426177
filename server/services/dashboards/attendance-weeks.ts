import { attendanceFigures, type MarkFacts } from "@/lib/attendance";
import { isSchoolDay } from "@/server/calendar/working-days";

/** How many school weeks an attendance trend covers. */
export const TREND_WEEKS = 8;
// Far enough back to find eight school weeks over the summer holidays, and a bound for a
// date outside the configured terms (which has no school days at all).
const LOOK_BACK_WEEKS = 26;
const DAY = 24 * 60 * 60 * 1000;

function shift(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

/** The Monday of the week that contains `date` (`YYYY-MM-DD`, a UK calendar date). */
export function mondayOf(date: string): string {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return shift(date, weekday === 0 ? -6 : 1 - weekday);
}

/** The Sunday that ends the week containing `date`: "due this week" runs to it. */
export function sundayOf(date: string): string {
  return shift(mondayOf(date), 6);
}

export function addDays(date: string, days: number): string {
  return shift(date, days);
}

/**
 * The Mondays of the last `count` school weeks, oldest first, ending with the week that
 * holds `today` (a UK date; see `ukToday`). A school week is a Monday-to-Sunday week with a
 * school day on or before today (server/calendar), so half terms and holidays are skipped
 * rather than drawn as empty weeks. Fewer come back when the terms run out.
 */
export function schoolWeeks(
  today: string,
  count = TREND_WEEKS,
  schoolDay: (date: string) => boolean = isSchoolDay,
): string[] {
  const weeks: string[] = [];
  let monday = mondayOf(today);
  for (let looked = 0; looked < LOOK_BACK_WEEKS && weeks.length < count; looked += 1) {
    const days = [0, 1, 2, 3, 4].map((offset) => shift(monday, offset));
    if (days.some((day) => day <= today && schoolDay(day))) {
      weeks.unshift(monday);
    }
    monday = shift(monday, -7);
  }
  return weeks;
}

export interface DatedMark extends MarkFacts {
  /** The session's date, `YYYY-MM-DD`. */
  date: string;
}

export interface WeekFigures {
  /** The Monday the week begins. */
  weekOf: string;
  possible: number;
  attended: number;
  /** Null when the week had no possible session: a gap in the trend, not 0%. */
  percentage: number | null;
}

/**
 * Marks counted into the given weeks with the attendance rules of lib/attendance.ts
 * (attended = present or late; not expected and Y1 are not possible sessions). Marks
 * outside the weeks are ignored.
 */
export function weeklyAttendance(
  weeks: readonly string[],
  marks: readonly DatedMark[],
): WeekFigures[] {
  const byWeek = new Map<string, DatedMark[]>(weeks.map((week) => [week, []]));
  for (const mark of marks) {
    byWeek.get(mondayOf(mark.date))?.push(mark);
  }
  return weeks.map((weekOf) => {
    const { possible, attended, percentage } = attendanceFigures(byWeek.get(weekOf) ?? []);
    return { weekOf, possible, attended, percentage };
  });
}
