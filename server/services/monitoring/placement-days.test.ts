import { describe, expect, it } from "vitest";
import { toDateOnly } from "@/lib/schemas/common";
import { daysOn, whyNotOn, type PlacementDays } from "./placement-days";

// Monday and Wednesday at first; from Monday 11 January 2027 Wednesday moved to Thursday;
// from Monday 1 February 2027 Monday was withdrawn, leaving Thursday.
const PLACEMENT: PlacementDays = {
  days: ["THURSDAY"],
  startDate: toDateOnly("2026-11-02"),
  plannedEndDate: toDateOnly("2027-07-23"),
  endedOn: null,
  dayChanges: [
    { effectiveFrom: toDateOnly("2027-02-01"), daysBefore: ["MONDAY", "THURSDAY"] },
    { effectiveFrom: toDateOnly("2027-01-11"), daysBefore: ["MONDAY", "WEDNESDAY"] },
  ],
};

describe("a placement's days at a date", () => {
  it("follows each change from its effective date, whatever order the history comes in", () => {
    expect(daysOn(PLACEMENT, "2027-01-08")).toEqual(["MONDAY", "WEDNESDAY"]);
    expect(daysOn(PLACEMENT, "2027-01-11")).toEqual(["MONDAY", "THURSDAY"]);
    expect(daysOn(PLACEMENT, "2027-01-31")).toEqual(["MONDAY", "THURSDAY"]);
    expect(daysOn(PLACEMENT, "2027-02-01")).toEqual(["THURSDAY"]);
  });

  it("uses the current days when there is no history", () => {
    expect(daysOn({ ...PLACEMENT, dayChanges: [] }, "2026-11-02")).toEqual(["THURSDAY"]);
  });

  it("has a session on the day it ran on then, and says why not otherwise", () => {
    expect(whyNotOn(PLACEMENT, "2027-01-06")).toBeNull(); // Wednesday, before the change
    expect(whyNotOn(PLACEMENT, "2027-01-13")).toBe(
      "This placement runs on Monday or Thursday, not Wednesday",
    );
    expect(whyNotOn(PLACEMENT, "2027-01-14")).toBeNull(); // Thursday, after it
    expect(whyNotOn(PLACEMENT, "2027-02-01")).toBe("This placement runs on Thursday, not Monday");
  });

  it("has no session after the day it ended", () => {
    const ended = { ...PLACEMENT, endedOn: toDateOnly("2027-02-03") };
    expect(whyNotOn(ended, "2027-02-04")).toBe(
      "This placement had ended before the date of the register",
    );
  });
});
