// Display helpers for the record pages. They would sit best in lib/ (lib/dates.ts for the
// date one); they live here because components/ is where new shared code may be added
// without touching another engineer's files.
import { formatDate, ukToday } from "@/lib/dates";
import { WEEKDAY_LABEL, type WeekdayValue } from "@/lib/schemas/common";

const ORDER = Object.keys(WEEKDAY_LABEL) as WeekdayValue[];

/** Placement days in week order, as a sentence: "Monday, Tuesday and Thursday". */
export function formatWeekdays(days: readonly WeekdayValue[]): string {
  const labels = ORDER.filter((day) => days.includes(day)).map((day) => WEEKDAY_LABEL[day]);
  if (labels.length <= 1) {
    return labels[0] ?? "None";
  }
  return `${labels.slice(0, -1).join(", ")} and ${labels[labels.length - 1]}`;
}

/**
 * The UK calendar day of a moment, "4 December 2026". `formatDate` reads a Date as a DATE
 * column (UTC midnight); a timestamp taken at 00:30 in British Summer Time belongs to the
 * UK day after its UTC one.
 */
export function formatUkDay(moment: Date): string {
  return formatDate(ukToday(moment));
}

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

/** How long something has waited, in whole days: "Less than a day", "1 day", "12 days". */
export function formatWaiting(since: Date, now: Date = new Date()): string {
  const days = Math.floor((now.getTime() - since.getTime()) / DAY_MS);
  if (days < 1) {
    return "Less than a day";
  }
  return days === 1 ? "1 day" : `${days} days`;
}

/** A file's size as people read it: "812 bytes", "34 KB", "2.4 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) {
    return `${bytes} bytes`;
  }
  return bytes < 1024 * 1024
    ? `${Math.round(bytes / 1024)} KB`
    : `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
