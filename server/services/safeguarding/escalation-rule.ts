import { ukToday } from "@/lib/dates";

const UK = "Europe/London";
const MINUTE = 60_000;

/**
 * When a school DSL alert left unread escalates to the service DSLs: after one working day,
 * counted in UK time. Sent on a working day, it escalates at the same time on the next
 * working day; sent at a weekend, at the end of the first working day after it.
 *
 * Working days here exclude weekends only. Bank holidays of England and Wales arrive with
 * the shared working-day calendar of issue 6; until then an alert sent before a bank
 * holiday escalates a day early, which errs on the side of the child.
 */
export function alertEscalatesAt(sentAt: Date): Date {
  const { date, minutes } = ukWallClock(sentAt);
  if (isWorkingDay(date)) {
    return ukWallToInstant(nextWorkingDay(date), minutes);
  }
  return ukWallToInstant(nextWorkingDay(nextWorkingDay(date)), 0);
}

export function isEscalationDue(sentAt: Date, now: Date): boolean {
  return now.getTime() >= alertEscalatesAt(sentAt).getTime();
}

export function isWorkingDay(date: string): boolean {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

function nextWorkingDay(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  do {
    day.setUTCDate(day.getUTCDate() + 1);
  } while (!isWorkingDay(day.toISOString().slice(0, 10)));
  return day.toISOString().slice(0, 10);
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
