import { describe, expect, it } from "vitest";
import {
  mondayOf,
  schoolWeeks,
  sundayOf,
  weeklyAttendance,
  type DatedMark,
} from "./attendance-weeks";

function marks(date: string, present: number, absent: number): DatedMark[] {
  return [
    ...Array.from({ length: present }, () => ({ date, mark: "PRESENT" as const })),
    ...Array.from({ length: absent }, () => ({
      date,
      mark: "ABSENT" as const,
      absenceReason: "ILLNESS" as const,
    })),
  ];
}

describe("mondayOf and sundayOf", () => {
  it("start weeks on Monday and end them on Sunday", () => {
    expect(mondayOf("2026-12-04")).toBe("2026-11-30"); // a Friday
    expect(mondayOf("2026-11-30")).toBe("2026-11-30"); // a Monday is its own week's start
    expect(mondayOf("2026-12-06")).toBe("2026-11-30"); // a Sunday belongs to the week before
    expect(sundayOf("2026-12-04")).toBe("2026-12-06");
    expect(sundayOf("2026-12-06")).toBe("2026-12-06");
    expect(mondayOf("2027-01-01")).toBe("2026-12-28"); // across the new year
  });

  it("keeps whole days across the clock change (a UK date, not an instant)", () => {
    // British Summer Time ended on Sunday 25 October 2026.
    expect(mondayOf("2026-10-25")).toBe("2026-10-19");
    expect(mondayOf("2026-10-26")).toBe("2026-10-26");
  });
});

describe("schoolWeeks", () => {
  it("gives the last eight school weeks, oldest first, skipping October half term", () => {
    expect(schoolWeeks("2026-12-04")).toEqual([
      "2026-10-05",
      "2026-10-12",
      "2026-10-19",
      // The week of 26 October is half term: no school day, so no week.
      "2026-11-02",
      "2026-11-09",
      "2026-11-16",
      "2026-11-23",
      "2026-11-30",
    ]);
  });

  it("counts this week only from a school day on or before today", () => {
    // Monday 4 January 2027 is the first day of the spring term.
    expect(schoolWeeks("2027-01-04", 2)).toEqual(["2026-12-14", "2027-01-04"]);
    // Sunday 3 January: the new week has not started, the Christmas weeks are holidays.
    expect(schoolWeeks("2027-01-03", 2)).toEqual(["2026-12-07", "2026-12-14"]);
  });

  it("gives fewer weeks when the calendar has no more school days", () => {
    expect(schoolWeeks("2026-09-08", 8)).toEqual(["2026-08-31", "2026-09-07"]);
    expect(schoolWeeks("2026-12-04", 3, () => false)).toEqual([]);
  });
});

describe("weeklyAttendance", () => {
  const weeks = ["2026-11-16", "2026-11-23", "2026-11-30"];

  it("gives 70% for a week with 10 possible sessions and 7 attended", () => {
    const figures = weeklyAttendance(weeks, [
      ...marks("2026-11-16", 4, 1),
      ...marks("2026-11-18", 3, 2),
    ]);

    expect(figures[0]).toEqual({ weekOf: "2026-11-16", possible: 10, attended: 7, percentage: 70 });
  });

  it("leaves a week with no possible session as a gap, not 0%", () => {
    const figures = weeklyAttendance(weeks, [
      ...marks("2026-11-16", 1, 0),
      { date: "2026-11-25", mark: "NOT_EXPECTED" },
      { date: "2026-11-26", mark: "ABSENT", absenceReason: "TRANSPORT_NOT_AVAILABLE" },
      ...marks("2026-12-02", 0, 2),
    ]);

    expect(figures.map((week) => week.percentage)).toEqual([100, null, 0]);
    expect(figures[1]).toEqual({
      weekOf: "2026-11-23",
      possible: 0,
      attended: 0,
      percentage: null,
    });
  });

  it("counts late as attended, and Sunday's and Monday's marks in their own weeks", () => {
    const figures = weeklyAttendance(weeks, [
      { date: "2026-11-22", mark: "LATE" }, // Sunday: the week of 16 November
      { date: "2026-11-23", mark: "ABSENT", absenceReason: "NOT_KNOWN" },
      { date: "2026-11-24", mark: "LATE" },
      { date: "2026-11-25", mark: "PRESENT" },
    ]);

    expect(figures.map((week) => [week.possible, week.attended, week.percentage])).toEqual([
      [1, 1, 100],
      [3, 2, 66.7],
      [0, 0, null],
    ]);
  });

  it("ignores marks outside the weeks asked for", () => {
    const figures = weeklyAttendance(weeks, marks("2026-11-09", 0, 5));
    expect(figures.every((week) => week.possible === 0)).toBe(true);
  });
});
