import { describe, expect, it } from "vitest";
import { exportWithdrawalsSchema, requestWithdrawalSchema } from "./withdrawal";
import { rejectChangeOfDaySchema } from "./change-of-day";

function issuesOf(result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return (result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]);
}

describe("exportWithdrawalsSchema", () => {
  it("refuses a last date before the first, on the last date's field", () => {
    const result = exportWithdrawalsSchema.safeParse({ from: "2026-11-20", to: "2026-11-19" });
    expect(issuesOf(result)).toEqual([
      ["to", "The last date processed must be the same as or after the first"],
    ]);
  });

  it("accepts one day, or a range in order", () => {
    expect(
      exportWithdrawalsSchema.safeParse({ from: "2026-11-19", to: "2026-11-19" }).success,
    ).toBe(true);
    expect(
      exportWithdrawalsSchema.safeParse({ from: "2026-11-01", to: "2026-11-30" }).success,
    ).toBe(true);
  });

  it("names only the bad field when a date is not real", () => {
    const result = exportWithdrawalsSchema.safeParse({ from: "2026-13-01", to: "2026-11-19" });
    expect(issuesOf(result)).toEqual([["from", "The first date processed must be a real date"]]);
  });
});

const REQUEST = {
  placementIds: ["7d7f2b9e-2c1a-4d8e-9b1f-1f2e3d4c5b6a"],
  extent: "ALL_DAYS",
  days: [],
  reason: "r",
  impactAchievement: "a",
  impactHealth: "h",
  impactWellbeing: "w",
};

describe("requestWithdrawalSchema", () => {
  it("refuses an effective date at the weekend, saying which day it is", () => {
    const result = requestWithdrawalSchema.safeParse({ ...REQUEST, effectiveDate: "2026-11-22" });
    expect(issuesOf(result)).toEqual([
      [
        "effectiveDate",
        "The date the withdrawal takes effect must be a working day: 22 November 2026 is a Sunday",
      ],
    ]);
  });

  it("accepts a weekday (bank holidays are the server's to check)", () => {
    const result = requestWithdrawalSchema.safeParse({ ...REQUEST, effectiveDate: "2026-12-25" });
    expect(result.success).toBe(true);
  });
});

describe("rejectChangeOfDaySchema", () => {
  it("needs a reason", () => {
    const result = rejectChangeOfDaySchema.safeParse({
      requestId: REQUEST.placementIds[0],
      reason: " ",
    });
    expect(issuesOf(result)).toEqual([
      ["reason", "Enter the reason for rejecting the change of day"],
    ]);
  });
});
