import { describe, expect, it } from "vitest";
import { academicYearEnd, ageOn, formatDate, formatDateTime, ukToday } from "./dates";

describe("dates", () => {
  it("takes today's date in UK time, not UTC", () => {
    // 23:30 UTC on 30 June is already 1 July in British Summer Time.
    expect(ukToday(new Date("2026-06-30T23:30:00Z"))).toBe("2026-07-01");
    expect(ukToday(new Date("2026-12-31T23:30:00Z"))).toBe("2026-12-31");
  });

  it("shows timestamps in UK time", () => {
    expect(formatDateTime(new Date("2026-07-01T13:05:00Z"))).toBe("1 July 2026 at 2:05pm");
    expect(formatDateTime(new Date("2026-12-04T09:00:00Z"))).toBe("4 December 2026 at 9:00am");
    expect(formatDateTime(new Date("2026-12-04T12:30:00Z"))).toBe("4 December 2026 at 12:30pm");
    expect(formatDateTime(new Date("2026-12-04T00:15:00Z"))).toBe("4 December 2026 at 12:15am");
  });

  it("formats calendar dates", () => {
    expect(formatDate("2026-12-04")).toBe("4 December 2026");
  });

  it("computes age on a date", () => {
    expect(ageOn("2011-12-05", "2026-12-04")).toBe(14);
    expect(ageOn("2011-12-04", "2026-12-04")).toBe(15);
  });

  it("finds the end of the academic year", () => {
    expect(academicYearEnd("2026-09-07")).toBe("2027-07-31");
    expect(academicYearEnd("2027-03-01")).toBe("2027-07-31");
    expect(academicYearEnd("2027-08-01")).toBe("2028-07-31");
  });
});
