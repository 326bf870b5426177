import { describe, expect, it } from "vitest";
import type { ChronologyEvent } from "./chronology-sources";
import { eventDate, newestFirst } from "./read-chronology";

function event(id: string, at: string, dateOnly = false): ChronologyEvent {
  return {
    id,
    kind: "REFERRAL",
    type: "test",
    at: new Date(at),
    dateOnly,
    title: id,
    detail: null,
    by: null,
    link: null,
  };
}

describe("chronology order", () => {
  it("dates a timed event on its UK day and a dated one on its calendar day", () => {
    expect(eventDate(event("late", "2026-06-05T23:30:00Z"))).toBe("2026-06-06");
    expect(eventDate(event("winter", "2026-12-05T23:30:00Z"))).toBe("2026-12-05");
    expect(eventDate(event("dated", "2026-06-05T00:00:00Z", true))).toBe("2026-06-05");
  });

  it("puts the newest first, and a dated event after the timed ones of its day", () => {
    const events = [
      event("start", "2026-09-14T00:00:00Z", true),
      event("morning", "2026-09-14T08:00:00Z"),
      event("evening", "2026-09-14T17:00:00Z"),
      event("before", "2026-09-13T12:00:00Z"),
      // 23:30 UTC on 13 September is 00:30 on the 14th in the UK.
      event("just after midnight", "2026-09-13T23:30:00Z"),
    ];
    expect(events.sort(newestFirst).map((e) => e.id)).toEqual([
      "evening",
      "morning",
      "just after midnight",
      "start",
      "before",
    ]);
  });
});
