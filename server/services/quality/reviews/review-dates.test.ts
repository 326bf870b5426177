import { describe, expect, it } from "vitest";
import { outsideReviewYear, outsideSummerTerm, summerTermOf } from "./review-dates";

describe("outsideReviewYear", () => {
  it("takes 1 September to 31 August of the review year", () => {
    expect(outsideReviewYear("2026-09-01", 2026)).toBeNull();
    expect(outsideReviewYear("2027-08-31", 2026)).toBeNull();
    expect(outsideReviewYear("2026-08-31", 2026)).toBe(
      "The date must fall in the 2026/27 review year (1 September 2026 to 31 August 2027)",
    );
  });
});

describe("outsideSummerTerm", () => {
  it("finds the two summer half terms of 2026/27", () => {
    expect(summerTermOf(2026).map((term) => term.firstDay)).toEqual(["2027-04-12", "2027-06-07"]);
  });

  it("accepts teaching days of either half and refuses the half-term break", () => {
    expect(outsideSummerTerm("2027-04-12", 2026)).toBeNull();
    expect(outsideSummerTerm("2027-07-21", 2026)).toBeNull();
    expect(outsideSummerTerm("2027-06-01", 2026)).toBe(
      "A follow-up visit takes place in the summer term: choose a date from " +
        "12 April 2027 to 28 May 2027 or 7 June 2027 to 21 July 2027",
    );
    expect(outsideSummerTerm("2027-03-01", 2026)).not.toBeNull();
  });

  it("refuses a year whose terms are not in the calendar", () => {
    expect(outsideSummerTerm("2031-06-10", 2030)).toBe(
      "The summer term dates for 2030/31 are not in the calendar yet: ask the service to add them",
    );
  });
});
