import Holidays from "date-holidays";
import { SCHOOL_TERMS, type SchoolTerm } from "./school-terms";

/**
 * The working-day calendar (DOMAIN.md: working days exclude weekends and the bank holidays
 * of England and Wales). Every function takes and returns UK calendar dates as
 * `YYYY-MM-DD`; turn an instant into one with `ukToday` (lib/dates.ts) first, so a time
 * late on a UTC day is counted on the UK day it fell on.
 */

const DAY = 24 * 60 * 60 * 1000;

// England and Wales share their bank holidays today; both lists are read, so a holiday
// declared for one of them still counts if they ever differ.
const REGIONS = [new Holidays("GB", "ENG"), new Holidays("GB", "WLS")];
const holidaysByYear = new Map<number, ReadonlySet<string>>();

function bankHolidaysOf(year: number): ReadonlySet<string> {
  let days = holidaysByYear.get(year);
  if (!days) {
    const found = REGIONS.flatMap((region) => region.getHolidays(year))
      .filter((holiday) => holiday.type === "public")
      .map((holiday) => holiday.date.slice(0, 10));
    days = new Set(found);
    holidaysByYear.set(year, days);
  }
  return days;
}

/** The bank holidays of England and Wales in a year, substitute days included, in order. */
export function bankHolidays(year: number): string[] {
  return [...bankHolidaysOf(year)].sort();
}

export function isBankHoliday(date: string): boolean {
  return bankHolidaysOf(Number(date.slice(0, 4))).has(date);
}

export function isWeekend(date: string): boolean {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday === 0 || weekday === 6;
}

/** Monday to Friday and not a bank holiday of England and Wales. */
export function isWorkingDay(date: string): boolean {
  return !isWeekend(date) && !isBankHoliday(date);
}

function shift(date: string, days: number): string {
  return new Date(new Date(`${date}T00:00:00Z`).getTime() + days * DAY).toISOString().slice(0, 10);
}

/**
 * The `n`th day after `date` (before it when `n` is negative) that passes `counts`; the
 * date itself is never counted, and `n` = 0 gives the date back unchanged.
 */
function addCounted(date: string, n: number, counts: (day: string) => boolean): string {
  const step = n < 0 ? -1 : 1;
  let day = date;
  for (let left = Math.abs(n); left > 0;) {
    day = shift(day, step);
    if (counts(day)) {
      left -= 1;
    }
  }
  return day;
}

/** `n` working days after `date` (a due date: "within 5 working days"). */
export function addWorkingDays(date: string, n: number): string {
  return addCounted(date, n, isWorkingDay);
}

/**
 * Working days from `from` to `to`: those after `from` up to and including `to`, so a
 * request received on Monday and done on Tuesday took one. Negative when `to` is earlier.
 */
export function workingDaysBetween(from: string, to: string): number {
  if (to < from) {
    return -workingDaysBetween(to, from);
  }
  let count = 0;
  for (let day = shift(from, 1); day <= to; day = shift(day, 1)) {
    if (isWorkingDay(day)) {
      count += 1;
    }
  }
  return count;
}

/** A working day inside one of the configured terms and not an authority closure day. */
export function isSchoolDay(date: string, terms: readonly SchoolTerm[] = SCHOOL_TERMS): boolean {
  const term = terms.find((t) => t.firstDay <= date && date <= t.lastDay);
  return Boolean(term) && isWorkingDay(date) && !term?.closedDays?.includes(date);
}

/**
 * `n` school days after `date`, skipping holidays between terms. Refuses to count past the
 * configured terms rather than guess: a missing year of term dates must be noticed.
 */
export function addSchoolDays(
  date: string,
  n: number,
  terms: readonly SchoolTerm[] = SCHOOL_TERMS,
): string {
  const first = terms.reduce((min, t) => (t.firstDay < min ? t.firstDay : min), "9999-12-31");
  const last = terms.reduce((max, t) => (t.lastDay > max ? t.lastDay : max), "0000-01-01");
  return addCounted(date, n, (day) => {
    if (day > last || day < first) {
      throw new RangeError(`No school terms are configured around ${day}`);
    }
    return isSchoolDay(day, terms);
  });
}
