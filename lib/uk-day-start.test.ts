import { describe, expect, it } from "vitest";
import { ukDayStart } from "./dates";

describe("ukDayStart", () => {
  it("is midnight UTC in winter", () => {
    expect(ukDayStart("2026-12-04").toISOString()).toBe("2026-12-04T00:00:00.000Z");
  });

  it("is 23:00 UTC the day before in British Summer Time", () => {
    expect(ukDayStart("2026-07-01").toISOString()).toBe("2026-06-30T23:00:00.000Z");
  });

  it("follows the clocks on the days they change", () => {
    // Clocks go forward at 01:00 UTC on 29 March 2026 and back at 01:00 UTC on 25 October.
    expect(ukDayStart("2026-03-29").toISOString()).toBe("2026-03-29T00:00:00.000Z");
    expect(ukDayStart("2026-03-30").toISOString()).toBe("2026-03-29T23:00:00.000Z");
    expect(ukDayStart("2026-10-25").toISOString()).toBe("2026-10-24T23:00:00.000Z");
    expect(ukDayStart("2026-10-26").toISOString()).toBe("2026-10-26T00:00:00.000Z");
  });
});
