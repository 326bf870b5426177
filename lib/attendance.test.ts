import { describe, expect, it } from "vitest";
import {
  attendanceCode,
  attendanceFigures,
  attendanceFromCounts,
  combinedFigures,
  type MarkFacts,
} from "./attendance";

describe("attendanceCode", () => {
  it("codes attendance K when the local authority arranged the provision", () => {
    expect(attendanceCode({ mark: "PRESENT" }, "LOCAL_AUTHORITY")).toBe("K");
    expect(attendanceCode({ mark: "LATE" }, "LOCAL_AUTHORITY")).toBe("K");
  });

  it("codes attendance B when the school arranged it", () => {
    expect(attendanceCode({ mark: "PRESENT" }, "SCHOOL")).toBe("B");
    expect(attendanceCode({ mark: "LATE" }, "SCHOOL")).toBe("B");
  });

  it.each([
    ["ILLNESS", "I"],
    ["MEDICAL_APPOINTMENT", "M"],
    ["RELIGIOUS_OBSERVANCE", "R"],
    ["SUSPENDED_OR_EXCLUDED", "E"],
    ["TRANSPORT_NOT_AVAILABLE", "Y1"],
    ["AUTHORISED_LEAVE", "C"],
    ["HOLIDAY_NOT_AUTHORISED", "G"],
    ["UNAUTHORISED_OTHER", "O"],
    ["NOT_KNOWN", "N"],
  ] as const)("codes an absence for %s as %s, whoever arranged it", (reason, code) => {
    expect(attendanceCode({ mark: "ABSENT", absenceReason: reason }, "SCHOOL")).toBe(code);
    expect(attendanceCode({ mark: "ABSENT", absenceReason: reason }, "LOCAL_AUTHORITY")).toBe(code);
  });

  it("codes an absence with no reason given as N", () => {
    expect(attendanceCode({ mark: "ABSENT", absenceReason: null }, "SCHOOL")).toBe("N");
  });

  it("gives no code for a session the student was not expected", () => {
    expect(attendanceCode({ mark: "NOT_EXPECTED" }, "SCHOOL")).toBeNull();
  });
});

function marks(counts: Partial<Record<string, number>>): MarkFacts[] {
  const list: MarkFacts[] = [];
  const add = (n: number | undefined, facts: MarkFacts) => {
    for (let i = 0; i < (n ?? 0); i += 1) {
      list.push(facts);
    }
  };
  add(counts.present, { mark: "PRESENT" });
  add(counts.late, { mark: "LATE" });
  add(counts.ill, { mark: "ABSENT", absenceReason: "ILLNESS" });
  add(counts.transport, { mark: "ABSENT", absenceReason: "TRANSPORT_NOT_AVAILABLE" });
  add(counts.notExpected, { mark: "NOT_EXPECTED" });
  return list;
}

describe("attendanceFigures", () => {
  it("counts late as attended and leaves out sessions not expected", () => {
    expect(attendanceFigures(marks({ present: 7, late: 1, ill: 2, notExpected: 4 }))).toEqual({
      possible: 10,
      attended: 8,
      percentage: 80,
      persistentlyAbsent: true,
    });
  });

  it("leaves transport failures (Y1) out of possible sessions", () => {
    expect(attendanceFigures(marks({ present: 9, transport: 3 }))).toEqual({
      possible: 9,
      attended: 9,
      percentage: 100,
      persistentlyAbsent: false,
    });
  });

  it("rounds to one decimal place", () => {
    expect(attendanceFigures(marks({ present: 2, ill: 1 })).percentage).toBe(66.7);
  });

  it("counts exactly 10% missed as persistent absence, as the DfE does", () => {
    expect(attendanceFigures(marks({ present: 9, ill: 1 }))).toMatchObject({
      percentage: 90,
      persistentlyAbsent: true,
    });
  });

  it("does not round 90.5% down into persistent absence", () => {
    // 181 of 200 sessions: 9.5% missed.
    expect(attendanceFigures(marks({ present: 181, ill: 19 }))).toMatchObject({
      percentage: 90.5,
      persistentlyAbsent: false,
    });
  });

  it("has no percentage before any possible session", () => {
    expect(attendanceFigures(marks({ notExpected: 2 }))).toEqual({
      possible: 0,
      attended: 0,
      percentage: null,
      persistentlyAbsent: false,
    });
  });
});

describe("combinedFigures", () => {
  const figures = (possible: number, attended: number) => ({
    possible,
    attended,
    percentage: null,
    persistentlyAbsent: false,
  });

  it("sums the sessions, so a placement with more sessions weighs more", () => {
    expect(combinedFigures([figures(30, 30), figures(10, 5)])).toEqual({
      possible: 40,
      attended: 35,
      percentage: 87.5,
      persistentlyAbsent: true,
    });
  });

  it("is not persistent absence at 95%, and has no percentage without sessions", () => {
    expect(combinedFigures([figures(10, 9), figures(10, 10)])).toMatchObject({
      percentage: 95,
      persistentlyAbsent: false,
    });
    expect(combinedFigures([figures(0, 0)])).toMatchObject({ possible: 0, percentage: null });
    expect(combinedFigures([])).toMatchObject({ possible: 0, percentage: null });
  });
});

describe("attendanceFromCounts", () => {
  it("counts grouped marks by the same rule as attendanceFigures", () => {
    const groups = [
      { mark: "PRESENT", count: 14 },
      { mark: "LATE", count: 2 },
      { mark: "ABSENT", absenceReason: "ILLNESS", count: 3 },
      { mark: "ABSENT", absenceReason: "TRANSPORT_NOT_AVAILABLE", count: 5 },
      { mark: "NOT_EXPECTED", count: 7 },
      { mark: "ABSENT", absenceReason: null, count: 1 },
    ] as const;
    expect(attendanceFromCounts(groups)).toEqual({
      possible: 20,
      attended: 16,
      percentage: 80,
      persistentlyAbsent: true,
    });
    const expanded = groups.flatMap(({ count, ...facts }) => Array(count).fill(facts));
    expect(attendanceFromCounts(groups)).toEqual(attendanceFigures(expanded));
  });

  it("has no percentage when nothing was possible", () => {
    expect(attendanceFromCounts([{ mark: "NOT_EXPECTED", count: 4 }]).percentage).toBeNull();
  });
});
