import { describe, expect, it } from "vitest";
import { isoPlusDays, reviewStateOf } from "./review-state";

const on = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("reviewStateOf, on Friday 4 December 2026", () => {
  const today = "2026-12-04";

  it.each([
    ["2026-12-03", "OVERDUE"],
    ["2026-12-04", "DUE"],
    ["2026-12-11", "DUE"],
    ["2026-12-12", "SCHEDULED"],
  ] as const)("a review on %s is %s", (reviewOn, state) => {
    expect(reviewStateOf({ reviewOn: on(reviewOn), reviewedBy: null }, today)).toBe(state);
  });

  it("is REVIEWED once a review meeting exists, even after the date", () => {
    const meeting = { reviewOn: on("2026-11-01"), reviewedBy: { id: "r" } };
    expect(reviewStateOf(meeting, today)).toBe("REVIEWED");
  });

  it("is NONE without a review date", () => {
    expect(reviewStateOf({ reviewOn: null, reviewedBy: null }, today)).toBe("NONE");
  });
});

describe("isoPlusDays", () => {
  it("crosses month and year ends", () => {
    expect(isoPlusDays("2026-12-28", 7)).toBe("2027-01-04");
    expect(isoPlusDays("2026-03-01", -1)).toBe("2026-02-28");
  });
});
