import { describe, expect, it } from "vitest";
import {
  checkIssues,
  futureDateField,
  providerStatus,
  shiftDate,
  summarise,
  type StaffCheckDates,
} from "./check-gaps";

// Dates are pinned to a fixed "today"; every expectation is written relative to it.
const TODAY = "2026-12-04";
const on = (date: string) => new Date(`${date}T00:00:00Z`);

const COMPLETE: StaffCheckDates = {
  leftOn: null,
  identityCheckedOn: on("2025-09-01"),
  dbsCertificateNumber: "001234567890",
  dbsIssuedOn: on("2025-08-20"),
  dbsUpdateService: false,
  dbsLastCheckedOn: null,
  barredListCheckedOn: on("2025-09-01"),
  prohibitionCheckedOn: on("2025-09-01"),
  overseasCheckRequired: false,
  overseasCheckedOn: null,
  qualificationsRequired: false,
  qualificationsCheckedOn: null,
  rightToWorkCheckedOn: on("2025-09-01"),
  checkedByName: "A Manager",
  checkedOn: on("2025-09-02"),
};

describe("checkIssues", () => {
  it("reads a row with every check done as complete", () => {
    expect(checkIssues(COMPLETE, TODAY)).toEqual({ state: "COMPLETE", issues: [] });
  });

  it("names every missing required check as a gap", () => {
    const row = { ...COMPLETE, barredListCheckedOn: null, rightToWorkCheckedOn: null };
    expect(checkIssues(row, TODAY)).toEqual({
      state: "GAPS",
      issues: [
        { check: "barredList", kind: "MISSING" },
        { check: "rightToWork", kind: "MISSING" },
      ],
    });
  });

  it("asks for overseas and qualification checks only when they are required", () => {
    const row = { ...COMPLETE, overseasCheckRequired: true, qualificationsRequired: true };
    expect(checkIssues(row, TODAY).issues).toEqual([
      { check: "overseas", kind: "MISSING" },
      { check: "qualifications", kind: "MISSING" },
    ]);
  });

  it("needs a certificate number and issue date for the DBS check", () => {
    const row = { ...COMPLETE, dbsCertificateNumber: null, dbsIssuedOn: null };
    expect(checkIssues(row, TODAY).issues).toEqual([{ check: "dbs", kind: "MISSING" }]);
  });

  it("flags a certificate without the update service 60 days before its third anniversary", () => {
    // Due 2027-02-01; the window opens 60 days earlier, on 2026-12-03.
    const opensYesterday = { ...COMPLETE, dbsIssuedOn: on("2024-02-01") };
    expect(checkIssues(opensYesterday, TODAY)).toEqual({
      state: "EXPIRING",
      issues: [{ check: "dbsRenewal", kind: "EXPIRING", dueOn: "2027-02-01" }],
    });
    const opensTomorrow = { ...COMPLETE, dbsIssuedOn: on("2024-02-03") };
    expect(checkIssues(opensTomorrow, TODAY).state).toBe("COMPLETE");
  });

  it("makes a certificate three years old without the update service a gap", () => {
    const row = { ...COMPLETE, dbsIssuedOn: on("2023-12-04") };
    expect(checkIssues(row, TODAY)).toEqual({
      state: "GAPS",
      issues: [{ check: "dbsRenewal", kind: "OVERDUE", dueOn: "2026-12-04" }],
    });
  });

  it("on the update service, counts the last status check's age, not the certificate's", () => {
    const old = { ...COMPLETE, dbsIssuedOn: on("2019-01-10"), dbsUpdateService: true };
    expect(checkIssues({ ...old, dbsLastCheckedOn: on("2026-06-01") }, TODAY).state).toBe(
      "COMPLETE",
    );
    expect(checkIssues({ ...old, dbsLastCheckedOn: on("2026-01-20") }, TODAY)).toEqual({
      state: "EXPIRING",
      issues: [{ check: "dbsStatusCheck", kind: "EXPIRING", dueOn: "2027-01-20" }],
    });
    expect(checkIssues({ ...old, dbsLastCheckedOn: on("2025-12-03") }, TODAY)).toEqual({
      state: "GAPS",
      issues: [{ check: "dbsStatusCheck", kind: "OVERDUE", dueOn: "2026-12-03" }],
    });
    expect(checkIssues({ ...old, dbsLastCheckedOn: null }, TODAY).issues).toEqual([
      { check: "dbsStatusCheck", kind: "MISSING" },
    ]);
  });

  it("never counts a leaver as a gap, whatever is missing", () => {
    const row = { ...COMPLETE, identityCheckedOn: null, leftOn: on("2026-12-04") };
    expect(checkIssues(row, TODAY)).toEqual({ state: "LEFT", issues: [] });
  });
});

describe("summaries and provider status", () => {
  it("counts current staff only and ranks gaps before expiring", () => {
    const summary = summarise(["COMPLETE", "GAPS", "EXPIRING", "LEFT", "GAPS"]);
    expect(summary).toEqual({ staff: 4, withGaps: 2, expiring: 1 });
    expect(providerStatus(summary)).toEqual({ state: "GAPS", staffWithGaps: 2 });
    expect(providerStatus({ staff: 3, withGaps: 0, expiring: 1 })).toEqual({
      state: "EXPIRING",
      staffExpiring: 1,
    });
    expect(providerStatus({ staff: 3, withGaps: 0, expiring: 0 })).toEqual({ state: "COMPLETE" });
    expect(providerStatus(summarise(["LEFT"]))).toEqual({ state: "NOT_RECORDED" });
  });
});

describe("futureDateField", () => {
  it("names the first check dated after today, and lets a start date be ahead", () => {
    expect(futureDateField({ startedOn: "2027-01-04", identityCheckedOn: TODAY }, TODAY)).toBe(
      null,
    );
    expect(futureDateField({ barredListCheckedOn: "2026-12-05" }, TODAY)).toBe(
      "barredListCheckedOn",
    );
  });
});

describe("shiftDate", () => {
  it("moves by years, months and days across month ends", () => {
    expect(shiftDate("2024-02-29", { years: 3 })).toBe("2027-03-01");
    expect(shiftDate("2026-01-31", { months: 1 })).toBe("2026-03-03");
    expect(shiftDate("2027-02-01", { days: -60 })).toBe("2026-12-03");
  });
});
