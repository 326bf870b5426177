import { describe, expect, it } from "vitest";
import { formatIndicator } from "@/lib/indicators";
import { academicYearOf, periodOf, yearsOffered } from "./indicator-period";
import { attendanceFigure, countWhere, median, percentage, perEach } from "./indicator-rates";

describe("median", () => {
  it("takes the middle figure of an odd number of providers", () => {
    expect(median([92.5, 71, 88])).toBe(88);
  });

  it("takes the mean of the two middle figures of an even number", () => {
    expect(median([90, 80, 70, 60])).toBe(75);
    expect(median([0.5, 0.25])).toBe(0.38);
  });

  it("leaves out providers with no data, and has none when nobody has a figure", () => {
    expect(median([null, 40, null, 60, 50])).toBe(50);
    expect(median([null, null])).toBeNull();
    expect(median([])).toBeNull();
  });

  it("counts a real zero as a figure", () => {
    expect(median([0, 0, 3])).toBe(0);
  });
});

describe("each indicator's formula", () => {
  it("gives a percentage to one decimal place", () => {
    expect(percentage(2, 3)).toEqual({ value: 66.7, numerator: 2, denominator: 3 });
    expect(percentage(9, 9).value).toBe(100);
  });

  it("gives no data, not 0%, when nothing was due", () => {
    expect(percentage(0, 0)).toEqual({ value: null, numerator: 0, denominator: 0 });
    expect(formatIndicator("retention", percentage(0, 0).value)).toBe("No data");
    expect(formatIndicator("retention", percentage(0, 4).value)).toBe("0%");
  });

  it("gives incidents per student to two decimal places, no data with nobody placed", () => {
    expect(perEach(7, 3)).toEqual({ value: 2.33, numerator: 7, denominator: 3 });
    expect(perEach(0, 5).value).toBe(0);
    expect(perEach(4, 0).value).toBeNull();
    expect(formatIndicator("incidents", 0.5)).toBe("0.50");
  });

  it("counts concerns only for a provider that had students placed", () => {
    expect(countWhere(3, 12)).toEqual({ value: 3, numerator: 3, denominator: 12 });
    expect(countWhere(0, 12).value).toBe(0);
    expect(countWhere(0, 0).value).toBeNull();
  });

  it("counts attendance from grouped marks by the rule of ADR 0009", () => {
    const figure = attendanceFigure([
      { mark: "PRESENT", count: 30 },
      { mark: "LATE", count: 6 },
      { mark: "ABSENT", absenceReason: "ILLNESS", count: 4 },
      { mark: "ABSENT", absenceReason: "TRANSPORT_NOT_AVAILABLE", count: 2 },
      { mark: "NOT_EXPECTED", count: 8 },
    ]);
    expect(figure).toEqual({ value: 90, numerator: 36, denominator: 40 });
    expect(attendanceFigure([]).value).toBeNull();
  });
});

describe("the academic year counted", () => {
  it("runs from 1 August to 31 July", () => {
    expect(academicYearOf("2026-12-04")).toBe(2026);
    expect(academicYearOf("2027-07-31")).toBe(2026);
    expect(academicYearOf("2027-08-01")).toBe(2027);
  });

  it("counts up to today while the year is under way, and refuses a year not begun", () => {
    expect(periodOf(2026, "2026-12-04")).toEqual({
      startYear: 2026,
      from: "2026-08-01",
      to: "2026-12-04",
    });
    expect(periodOf(2025, "2026-12-04")?.to).toBe("2026-07-31");
    expect(periodOf(2027, "2026-12-04")).toBeNull();
  });

  it("offers the current year and the two before it", () => {
    expect(yearsOffered("2026-12-04")).toEqual([2026, 2025, 2024]);
  });
});
