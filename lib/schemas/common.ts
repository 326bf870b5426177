import { z } from "zod";

export const WEEKDAYS = ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"] as const;
export type WeekdayValue = (typeof WEEKDAYS)[number];

export const WEEKDAY_LABEL: Record<WeekdayValue, string> = {
  MONDAY: "Monday",
  TUESDAY: "Tuesday",
  WEDNESDAY: "Wednesday",
  THURSDAY: "Thursday",
  FRIDAY: "Friday",
};

export const idSchema = z.string().uuid("Choose a valid record");

/** A record chosen in a form, e.g. `idField("a course")` → "Choose a course". */
export function idField(what: string) {
  return z.string({ error: `Choose ${what}` }).uuid(`Choose ${what}`);
}

export function requiredText(what: string, max = 5000) {
  return z
    .string({ error: `Enter ${what}` })
    .trim()
    .min(1, `Enter ${what}`)
    .max(max, `${capitalise(what)} must be ${max} characters or fewer`);
}

/** A calendar date as typed in a date field: `YYYY-MM-DD`. */
export function dateField(what: string) {
  return z
    .string({ error: `Enter ${what}` })
    .min(1, `Enter ${what}`)
    .pipe(z.iso.date(`${capitalise(what)} must be a real date`));
}

export function daysField(what: string) {
  return z
    .array(z.enum(WEEKDAYS), { error: `Select ${what}` })
    .min(1, `Select ${what}`)
    .refine((days) => new Set(days).size === days.length, `Select each of ${what} once`);
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** `YYYY-MM-DD` to the UTC midnight Prisma stores in a DATE column. */
export function toDateOnly(value: string): Date {
  return new Date(`${value}T00:00:00.000Z`);
}

export function fromDateOnly(value: Date): string {
  return value.toISOString().slice(0, 10);
}

const WEEKDAY_BY_UTC_DAY: (WeekdayValue | null)[] = [
  null,
  "MONDAY",
  "TUESDAY",
  "WEDNESDAY",
  "THURSDAY",
  "FRIDAY",
  null,
];

/** The weekday of a `YYYY-MM-DD` date, or null at the weekend. */
export function weekdayOf(value: string): WeekdayValue | null {
  return WEEKDAY_BY_UTC_DAY[toDateOnly(value).getUTCDay()] ?? null;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** "Saturday" or "Sunday" for a `YYYY-MM-DD` date at the weekend, null otherwise. */
export function weekendDayOf(value: string): "Saturday" | "Sunday" | null {
  if (!ISO_DATE.test(value)) {
    return null;
  }
  const day = toDateOnly(value).getUTCDay();
  return day === 6 ? "Saturday" : day === 0 ? "Sunday" : null;
}

/** "Monday or Thursday", for messages. */
export function dayChoiceText(days: readonly WeekdayValue[]): string {
  const labels = WEEKDAYS.filter((day) => days.includes(day)).map((day) => WEEKDAY_LABEL[day]);
  return labels.length <= 1
    ? (labels[0] ?? "")
    : `${labels.slice(0, -1).join(", ")} or ${labels.at(-1)}`;
}

/**
 * A placement starts on one of its days: a start date on another day (or at the weekend)
 * would give a placement whose first session never happens.
 */
export function startsOnChosenDay(
  start: string | undefined,
  days: readonly WeekdayValue[] | undefined,
): string | null {
  if (!start || !days?.length || !/^\d{4}-\d{2}-\d{2}$/.test(start)) {
    return null;
  }
  const day = weekdayOf(start);
  return day && days.includes(day) ? null : `The start date must be a ${dayChoiceText(days)}`;
}
