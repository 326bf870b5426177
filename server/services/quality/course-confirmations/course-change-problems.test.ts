import { describe, expect, it } from "vitest";
import { courseChangeProblems } from "./course-change-problems";

const course = { daysOffered: ["MONDAY", "THURSDAY"] as const, places: 16, minAge: 14, maxAge: 16 };
const born = (date: string) => new Date(`${date}T00:00:00Z`);

describe("courseChangeProblems", () => {
  it("names the dropped days in use, and too few places", () => {
    const placements = [
      { days: ["MONDAY"] as const, dateOfBirth: born("2011-09-01") },
      { days: ["THURSDAY"] as const, dateOfBirth: born("2011-09-01") },
    ];
    const confirmed = { daysOffered: ["FRIDAY"] as const, places: 1, minAge: 14, maxAge: 16 };
    expect(courseChangeProblems(course, confirmed, placements, "2026-12-04")).toEqual([
      "Days offered drops Monday and Thursday, still used by 2 active placements",
      "Places (1) is fewer than the 2 active placements",
    ]);
  });

  it("allows dropping a day no placement uses", () => {
    const placements = [{ days: ["MONDAY"] as const, dateOfBirth: born("2011-09-01") }];
    const confirmed = { ...course, daysOffered: ["MONDAY"] as const, places: 1 };
    expect(courseChangeProblems(course, confirmed, placements, "2026-12-04")).toEqual([]);
  });

  it("counts a student the new ages leave out, not one already outside the old ones", () => {
    const placements = [
      // 16 on 4 December 2026 (birthday passed), and 17 (already too old for 14 to 16).
      { days: ["MONDAY"] as const, dateOfBirth: born("2010-12-04") },
      { days: ["MONDAY"] as const, dateOfBirth: born("2009-06-01") },
    ];
    const confirmed = { ...course, maxAge: 15 };
    expect(courseChangeProblems(course, confirmed, placements, "2026-12-04")).toEqual([
      "Ages 14 to 15 leave out 1 placed student aged 16",
    ]);
    expect(courseChangeProblems(course, confirmed, placements, "2026-12-03")).toEqual([]);
  });
});
