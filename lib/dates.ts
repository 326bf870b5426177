const UK = "Europe/London";

/** Today's date in the UK as `YYYY-MM-DD` (times are stored in UTC, shown in UK time). */
export function ukToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: UK,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now);
}

/** "4 December 2026" for a DATE column value (UTC midnight). */
export function formatDate(value: Date | string): string {
  const date = typeof value === "string" ? new Date(`${value.slice(0, 10)}T00:00:00Z`) : value;
  return new Intl.DateTimeFormat("en-GB", {
    timeZone: "UTC",
    day: "numeric",
    month: "long",
    year: "numeric",
  }).format(date);
}

/** "4 December 2026 at 2:05pm" in UK time for a timestamp. */
export function formatDateTime(value: Date): string {
  const day = new Intl.DateTimeFormat("en-GB", {
    timeZone: UK,
    day: "numeric",
    month: "long",
    year: "numeric",
  }).format(value);
  const time = new Intl.DateTimeFormat("en-GB", {
    timeZone: UK,
    hour: "numeric",
    minute: "2-digit",
    // Not `hour12: true`: with en-GB that gives "0:30 pm" for half past noon.
    hourCycle: "h12",
  })
    .format(value)
    .replace(" ", "")
    .toLowerCase();
  return `${day} at ${time}`;
}

/** Whole years between a date of birth and a date, both `YYYY-MM-DD`. */
export function ageOn(dateOfBirth: string, on: string): number {
  const [by, bm, bd] = dateOfBirth.split("-").map(Number);
  const [y, m, d] = on.split("-").map(Number);
  const birthdayPassed = m > bm || (m === bm && d >= bd);
  return y - by - (birthdayPassed ? 0 : 1);
}

/** 31 July ending the English academic year that contains `date` (`YYYY-MM-DD`). */
export function academicYearEnd(date: string): string {
  const [y, m] = date.split("-").map(Number);
  return `${m >= 8 ? y + 1 : y}-07-31`;
}

/**
 * The instant a UK calendar day (`YYYY-MM-DD`) begins, in UTC: midnight GMT in winter, 23:00
 * UTC the evening before in British Summer Time. The clocks change at 01:00 UTC, never at UK
 * midnight, so the offset at UTC midnight is the offset at UK midnight.
 */
export function ukDayStart(date: string): Date {
  const utcMidnight = new Date(`${date}T00:00:00.000Z`);
  const ukHour = Number(
    new Intl.DateTimeFormat("en-GB", { timeZone: UK, hour: "2-digit", hourCycle: "h23" }).format(
      utcMidnight,
    ),
  );
  return new Date(utcMidnight.getTime() - ukHour * 3_600_000);
}
