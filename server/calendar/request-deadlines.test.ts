import { describe, expect, it } from "vitest";
import { deadlineState } from "@/lib/deadlines";
import {
  CHANGE_OF_DAY_WORKING_DAYS,
  dueOnAfter,
  WITHDRAWAL_WORKING_DAYS,
} from "./request-deadlines";

describe("request due dates", () => {
  const WITHDRAWALS: [string, string, string][] = [
    ["in a plain week", "2026-12-01T10:00:00Z", "2026-12-08"],
    ["across Christmas 2026 and its Boxing Day substitute", "2026-12-22T10:00:00Z", "2026-12-31"],
    // 27 and 28 December 2027 and 3 January 2028 (New Year's Day substitute) are bank holidays.
    ["across Christmas 2027 and its substitutes", "2027-12-23T10:00:00Z", "2028-01-04"],
    ["across Easter 2026", "2026-04-01T10:00:00Z", "2026-04-10"],
    ["across Easter 2027", "2027-03-24T10:00:00Z", "2027-04-02"],
    // 23:30 on 3 April 2026 in London (BST) is already Saturday 4 April there.
    ["late on a UK evening in summer time", "2026-04-03T23:30:00Z", "2026-04-13"],
  ];
  for (const [name, submitted, due] of WITHDRAWALS) {
    it(`gives a withdrawal 5 working days ${name}`, () => {
      expect(dueOnAfter(new Date(submitted), WITHDRAWAL_WORKING_DAYS)).toBe(due);
    });
  }

  it("gives a change of day 2 working days, skipping the 28 December 2026 substitute", () => {
    expect(dueOnAfter(new Date("2026-12-24T09:00:00Z"), CHANGE_OF_DAY_WORKING_DAYS)).toBe(
      "2026-12-30",
    );
    expect(dueOnAfter(new Date("2027-03-25T09:00:00Z"), CHANGE_OF_DAY_WORKING_DAYS)).toBe(
      "2027-03-31",
    );
  });
});

describe("late and due-today requests", () => {
  it("flags an open request on its due date and after it, by the UK day", () => {
    expect(deadlineState("2027-01-04", true, new Date("2027-01-03T12:00:00Z"))).toBeNull();
    expect(deadlineState("2027-01-04", true, new Date("2027-01-04T00:30:00Z"))).toBe(
      "DUE_TODAY",
    );
    expect(deadlineState("2027-01-04", true, new Date("2027-01-05T09:00:00Z"))).toBe("LATE");
    // 23:30 UTC on 6 April 2026 is 00:30 on the 7th in London: already late.
    expect(deadlineState("2026-04-06", true, new Date("2026-04-06T23:30:00Z"))).toBe("LATE");
  });

  it("never flags a closed request or one not yet submitted", () => {
    expect(deadlineState("2027-01-04", false, new Date("2027-02-01T09:00:00Z"))).toBeNull();
    expect(deadlineState(null, true, new Date("2027-02-01T09:00:00Z"))).toBeNull();
  });

  it("reads a DATE column value (UTC midnight) as its calendar date", () => {
    const due = new Date("2026-12-30T00:00:00Z");
    expect(deadlineState(due, true, new Date("2026-12-30T16:00:00Z"))).toBe("DUE_TODAY");
  });
});
