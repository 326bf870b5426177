import { academicYearEnd } from "@/lib/dates";

/**
 * The seed does its date arithmetic on whole days (days since 1 January 1970, UTC), which
 * keeps "ten days after" free of time-zone and daylight-saving slips.
 */
export type Day = number;

const MS_PER_DAY = 86_400_000;
const SATURDAY = 6;
const SUNDAY = 0;

export function dayOf(iso: string): Day {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY);
}

export function isoOf(day: Day): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The UTC midnight Prisma stores in a DATE column. */
export function dateOnly(day: Day): Date {
  return new Date(day * MS_PER_DAY);
}

/** A moment on a day, `minutes` after midnight UTC. */
export function momentOn(day: Day, minutes: number): Date {
  return new Date(day * MS_PER_DAY + minutes * 60_000);
}

function weekdayNumber(day: Day): number {
  return new Date(day * MS_PER_DAY).getUTCDay();
}

export function isWeekend(day: Day): boolean {
  const number = weekdayNumber(day);
  return number === SATURDAY || number === SUNDAY;
}

/** Moves a Saturday or Sunday back to the Friday: office work happens on weekdays. */
export function weekdayOnOrBefore(day: Day): Day {
  const number = weekdayNumber(day);
  if (number === SATURDAY) {
    return day - 1;
  }
  return number === SUNDAY ? day - 2 : day;
}

/** Moves a Saturday or Sunday on to the Monday: placements start on weekdays. */
export function weekdayOnOrAfter(day: Day): Day {
  const number = weekdayNumber(day);
  if (number === SATURDAY) {
    return day + 2;
  }
  return number === SUNDAY ? day + 1 : day;
}

/**
 * First teaching day of the academic year under way on `today`. Before September the year
 * that is ending is still the current one, so the demo never sits wholly in the future.
 */
export function termStartOf(today: Day): Day {
  const [year, month] = isoOf(today).split("-").map(Number);
  const startYear = month >= 9 ? year : year - 1;
  return weekdayOnOrAfter(dayOf(`${startYear}-09-04`));
}

/** 31 July ending the academic year a placement starts in, as the service plans it. */
export function plannedEndOf(start: Day): Day {
  return dayOf(academicYearEnd(isoOf(start)));
}

/**
 * The first term-time weekday on or after `day`. Starts that would fall in the summer or
 * Christmas holidays move to the first day of the next term. Half terms and Easter vary
 * by year and are left alone: a start in one is unusual but not wrong.
 */
export function termTimeOnOrAfter(day: Day): Day {
  const [year, month, date] = isoOf(day).split("-").map(Number);
  const monthDay = month * 100 + date;
  if (monthDay >= 721 && monthDay < 904) {
    return weekdayOnOrAfter(dayOf(`${year}-09-04`));
  }
  if (monthDay >= 1219) {
    return weekdayOnOrAfter(dayOf(`${year + 1}-01-05`));
  }
  if (monthDay < 105) {
    return weekdayOnOrAfter(dayOf(`${year}-01-05`));
  }
  return weekdayOnOrAfter(day);
}
