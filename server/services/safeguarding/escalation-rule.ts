import { ukToday } from "@/lib/dates";
import { addWorkingDays, isWorkingDay } from "@/server/calendar/working-days";

const UK = "Europe/London";
const MINUTE = 60_000;

/**
 * When a school DSL alert left unread escalates to the service DSLs: after one working day,
 * counted in UK time. Sent on a working day, it escalates at the same time on the next
 * working day; sent at a weekend or on a bank holiday of England and Wales, at the end of
 * the first working day after it (server/calendar/working-days.ts).
 */
export function alertEscalatesAt(sentAt: Date): Date {
  const { date, minutes } = ukWallClock(sentAt);
  if (isWorkingDay(date)) {
    return ukWallToInstant(addWorkingDays(date, 1), minutes);
  }
  return ukWallToInstant(addWorkingDays(date, 2), 0);
}

export function isEscalationDue(sentAt: Date, now: Date): boolean {
  return now.getTime() >= alertEscalatesAt(sentAt).getTime();
}

function ukWallClock(at: Date): { date: string; minutes: number } {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: UK,
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(at);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return { date: ukToday(at), minutes: part("hour") * 60 + part("minute") };
}

/**
 * The instant of a UK wall-clock time. The target is always a working day, and the UK
 * changes its clocks on Sundays, so every such time exists exactly once.
 */
function ukWallToInstant(date: string, minutes: number): Date {
  const asUtc = new Date(`${date}T00:00:00Z`).getTime() + minutes * MINUTE;
  return new Date(asUtc - ukOffsetMinutes(new Date(asUtc)) * MINUTE);
}

/** Minutes the UK is ahead of UTC at an instant: 0 in winter, 60 in summer. */
function ukOffsetMinutes(at: Date): number {
  const name = new Intl.DateTimeFormat("en-GB", { timeZone: UK, timeZoneName: "longOffset" })
    .formatToParts(at)
    .find((p) => p.type === "timeZoneName")?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? "");
  if (!match) {
    return 0;
  }
  const sign = match[1] === "-" ? -1 : 1;
  return sign * (Number(match[2]) * 60 + Number(match[3]));
}
