import { describe, expect, it } from "vitest";
import { formatUkDay, formatWaiting, formatWeekdays } from "./format";

describe("formatWeekdays", () => {
  it("lists days in week order as a sentence", () => {
    expect(formatWeekdays(["THURSDAY", "MONDAY", "TUESDAY"])).toBe("Monday, Tuesday and Thursday");
    expect(formatWeekdays(["FRIDAY", "WEDNESDAY"])).toBe("Wednesday and Friday");
    expect(formatWeekdays(["FRIDAY"])).toBe("Friday");
    expect(formatWeekdays([])).toBe("None");
  });
});

describe("formatUkDay", () => {
  it("gives the UK day of a timestamp, not its UTC day", () => {
    // 23:30 UTC on 30 June is 00:30 on 1 July in British Summer Time.
    expect(formatUkDay(new Date("2026-06-30T23:30:00Z"))).toBe("1 July 2026");
    expect(formatUkDay(new Date("2026-12-04T23:30:00Z"))).toBe("4 December 2026");
  });
});

describe("formatWaiting", () => {
  const now = new Date("2026-12-04T12:00:00Z");

  it("counts whole days waited", () => {
    expect(formatWaiting(new Date("2026-12-04T08:00:00Z"), now)).toBe("Less than a day");
    expect(formatWaiting(new Date("2026-12-03T11:00:00Z"), now)).toBe("1 day");
    expect(formatWaiting(new Date("2026-11-20T12:00:00Z"), now)).toBe("14 days");
  });
});
