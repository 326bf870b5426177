import { describe, expect, it } from "vitest";
import { actionDueState, addDays, latestDueOn } from "./quality-action-due";

const TODAY = "2026-12-04";

describe("actionDueState", () => {
  it("is overdue the day after the due date, until the action is closed", () => {
    expect(actionDueState("2026-12-03", "OPEN", TODAY)).toBe("OVERDUE");
    expect(actionDueState(new Date("2026-11-01T00:00:00Z"), "EVIDENCE_SUBMITTED", TODAY)).toBe(
      "OVERDUE",
    );
    expect(actionDueState("2026-12-03", "CLOSED", TODAY)).toBeNull();
  });

  it("is due soon from the due date itself to 14 days ahead", () => {
    expect(actionDueState("2026-12-04", "OPEN", TODAY)).toBe("DUE_SOON");
    expect(actionDueState("2026-12-18", "OPEN", TODAY)).toBe("DUE_SOON");
    expect(actionDueState("2026-12-19", "OPEN", TODAY)).toBeNull();
    expect(actionDueState("2026-12-10", "CLOSED", TODAY)).toBeNull();
  });
});

describe("addDays", () => {
  it("crosses months and years", () => {
    expect(addDays("2026-12-25", 14)).toBe("2027-01-08");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
  });
});

describe("latestDueOn", () => {
  it("is the same day twelve months on, or the month's last day when there is none", () => {
    expect(latestDueOn("2026-12-04")).toBe("2027-12-04");
    expect(latestDueOn("2028-02-29")).toBe("2029-02-28");
    expect(latestDueOn("2027-01-31")).toBe("2028-01-31");
  });
});
