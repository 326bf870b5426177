import { createEvents, type EventAttributes } from "ics";
import type { CalendarEntry } from "@/server/services/meetings/meeting-calendar";

function dateArray(iso: string): [number, number, number] {
  const [year, month, day] = iso.split("-").map(Number);
  return [year, month, day];
}

function nextDay(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

function eventOf(entry: CalendarEntry, origin: string): EventAttributes {
  const url = new URL(entry.path, origin).toString();
  const common = {
    uid: entry.uid,
    title: entry.title,
    description: `${entry.description}\n${url}`,
    url,
    // Private: a shared calendar shows the time as busy, not the event.
    classification: "PRIVATE",
    productId: "cap-portal/meetings",
  };
  if (entry.on) {
    // All-day: DATE values, the end being the day after (RFC 5545 3.6.1).
    return {
      ...common,
      start: dateArray(entry.on),
      end: dateArray(nextDay(entry.on)),
      transp: "TRANSPARENT",
    };
  }
  return {
    ...common,
    start: entry.startsAt!.getTime(),
    startInputType: "utc",
    startOutputType: "utc",
    duration: { minutes: entry.minutes ?? 60 },
    busyStatus: "BUSY",
  };
}

/**
 * An iCalendar file (RFC 5545) of the entries, written by the `ics` package. Links point at
 * `origin`, the portal's own address. An empty list is still a valid, empty calendar, so a
 * subscribed calendar simply shows nothing.
 */
export function calendarFile(entries: readonly CalendarEntry[], origin: string, name: string) {
  const { error, value } = createEvents(
    entries.map((entry) => eventOf(entry, origin)),
    { calName: name, productId: "cap-portal/meetings" },
  );
  if (error || !value) {
    throw error ?? new Error("calendar could not be written");
  }
  return value;
}
