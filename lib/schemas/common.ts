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
