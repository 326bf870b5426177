import { describe, expect, it } from "vitest";
import { registerSubmitSchema } from "./register";

const PLACEMENT = "6f1c1a52-8a1e-4a8e-9d59-1f7e0e0c6b11";

function issues(marks: unknown[]) {
  const result = registerSubmitSchema.safeParse({ date: "2026-11-02", session: "AM", marks });
  return result.success
    ? {}
    : Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), i.message]));
}

describe("registerSubmitSchema", () => {
  it("reads a blank minutes-late field as not entered, and asks for it", () => {
    expect(issues([{ placementId: PLACEMENT, mark: "LATE", lateMinutes: "" }])).toEqual({
      "marks.0.lateMinutes": "Enter how many minutes late the student arrived",
    });
  });

  it("names a mark left unanswered", () => {
    expect(issues([{ placementId: PLACEMENT, mark: "" }])).toEqual({
      "marks.0.mark": "Select present, late, absent or not expected",
    });
  });

  it("refuses the same student twice in one register", () => {
    const mark = { placementId: PLACEMENT, mark: "PRESENT" };
    expect(issues([mark, mark])).toEqual({ marks: "Mark each student once" });
  });

  it("keeps minutes only for late and a reason only for absent", () => {
    const parsed = registerSubmitSchema.parse({
      date: "2026-11-02",
      session: "PM",
      marks: [
        { placementId: PLACEMENT, mark: "PRESENT", lateMinutes: "12", absenceReason: "ILLNESS" },
      ],
    });
    expect(parsed.marks[0]).toEqual({
      placementId: PLACEMENT,
      mark: "PRESENT",
      lateMinutes: undefined,
      absenceReason: undefined,
      note: undefined,
    });
  });
});
