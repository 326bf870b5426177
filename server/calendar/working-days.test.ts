import Holidays from "date-holidays";
import { describe, expect, it } from "vitest";
import { SCHOOL_TERMS } from "./school-terms";
import {
  addSchoolDays,
  addWorkingDays,
  bankHolidays,
  isBankHoliday,
  isSchoolDay,
  isWorkingDay,
  workingDaysBetween,
} from "./working-days";

describe("bank holidays of England and Wales", () => {
  it("lists 2026 with the Boxing Day substitute on Monday 28 December", () => {
    expect(bankHolidays(2026)).toEqual([
      "2026-01-01",
      "2026-04-03",
      "2026-04-06",
      "2026-05-04",
      "2026-05-25",
      "2026-08-31",
      "2026-12-25",
      "2026-12-26",
      "2026-12-28",
    ]);
  });

  it("lists 2027 with both Christmas substitutes, 27 and 28 December", () => {
    expect(bankHolidays(2027)).toEqual([
      "2027-01-01",
      "2027-03-26",
      "2027-03-29",
      "2027-05-03",
      "2027-05-31",
      "2027-08-30",
      "2027-12-25",
      "2027-12-26",
      "2027-12-27",
      "2027-12-28",
    ]);
  });

  it("counts Good Friday and Easter Monday, not Easter Sunday or Mother's Day", () => {
    expect(isBankHoliday("2026-04-03")).toBe(true);
    expect(isBankHoliday("2026-04-06")).toBe(true);
    expect(isBankHoliday("2026-04-05")).toBe(false);
    expect(isBankHoliday("2026-03-15")).toBe(false);
    expect(isBankHoliday("2027-03-26")).toBe(true);
    expect(isBankHoliday("2027-03-29")).toBe(true);
  });

  it("gives England and Wales the same list for the years tested", () => {
    const publicDays = (region: string, year: number) =>
      new Holidays("GB", region)
        .getHolidays(year)
        .filter((holiday) => holiday.type === "public")
        .map((holiday) => holiday.date.slice(0, 10));
    for (const year of [2026, 2027, 2028]) {
      expect(publicDays("ENG", year)).toEqual(publicDays("WLS", year));
      expect(bankHolidays(year)).toEqual(publicDays("ENG", year).sort());
    }
  });
});

describe("working days", () => {
  it("excludes weekends and bank holidays", () => {
    expect(isWorkingDay("2026-12-04")).toBe(true); // Friday
    expect(isWorkingDay("2026-12-05")).toBe(false); // Saturday
    expect(isWorkingDay("2026-12-28")).toBe(false); // Boxing Day substitute
    expect(isWorkingDay("2026-12-29")).toBe(true);
  });

  const ADD: [string, string, number, string][] = [
    ["a plain week", "2026-12-01", 5, "2026-12-08"],
    ["across Christmas 2026", "2026-12-24", 1, "2026-12-29"],
    ["across Christmas and New Year 2026", "2026-12-23", 5, "2027-01-04"],
    ["across Christmas 2027", "2027-12-24", 1, "2027-12-29"],
    ["across Easter 2026", "2026-04-02", 1, "2026-04-07"],
    ["across Easter 2027", "2027-03-25", 2, "2027-03-31"],
    ["from a Saturday", "2026-12-05", 1, "2026-12-07"],
    ["from a bank holiday", "2026-04-06", 1, "2026-04-07"],
    ["backwards across Easter 2026", "2026-04-07", -1, "2026-04-02"],
    ["nothing at all", "2026-12-05", 0, "2026-12-05"],
  ];
  for (const [name, from, n, expected] of ADD) {
    it(`adds ${n} working day(s) ${name}`, () => {
      expect(addWorkingDays(from, n)).toBe(expected);
    });
  }

  it("counts the working days after one date up to and including another", () => {
    expect(workingDaysBetween("2026-12-01", "2026-12-08")).toBe(5);
    expect(workingDaysBetween("2026-12-24", "2026-12-29")).toBe(1);
    expect(workingDaysBetween("2027-03-25", "2027-03-31")).toBe(2);
    expect(workingDaysBetween("2026-12-04", "2026-12-04")).toBe(0);
    expect(workingDaysBetween("2026-12-08", "2026-12-01")).toBe(-5);
  });

  it("agrees with addWorkingDays", () => {
    for (const start of ["2026-12-18", "2027-03-24", "2027-12-23"]) {
      for (let n = 0; n <= 12; n += 1) {
        expect(workingDaysBetween(start, addWorkingDays(start, n))).toBe(n);
      }
    }
  });
});

describe("school days", () => {
  it("are working days inside a term", () => {
    expect(isSchoolDay("2026-12-18")).toBe(true); // last day of the autumn term
    expect(isSchoolDay("2026-12-21")).toBe(false); // Christmas holidays
    expect(isSchoolDay("2026-10-26")).toBe(false); // half term
    expect(isSchoolDay("2027-05-03")).toBe(false); // early May bank holiday, in term
  });

  const ADD: [string, string, number, string][] = [
    ["over the Christmas holidays 2026", "2026-12-17", 2, "2027-01-04"],
    ["over the Easter holidays 2027", "2027-03-24", 2, "2027-04-12"],
    ["over October half term 2026", "2026-10-22", 2, "2026-11-02"],
    ["over the early May bank holiday 2027", "2027-04-30", 1, "2027-05-04"],
    ["over Christmas 2027 into a Tuesday start", "2027-12-17", 1, "2028-01-04"],
    ["backwards over the Christmas holidays", "2027-01-04", -1, "2026-12-18"],
    ["from a day in the holidays", "2026-12-24", 1, "2027-01-04"],
  ];
  for (const [name, from, n, expected] of ADD) {
    it(`adds ${n} school day(s) ${name}`, () => {
      expect(addSchoolDays(from, n)).toBe(expected);
    });
  }

  it("honours a closure day the authority adds", () => {
    const terms = [{ ...SCHOOL_TERMS[0], closedDays: ["2026-09-03"] }];
    expect(isSchoolDay("2026-09-03", terms)).toBe(false);
    expect(addSchoolDays("2026-09-02", 1, terms)).toBe("2026-09-04");
  });

  it("refuses to count past the configured terms", () => {
    expect(() => addSchoolDays("2028-07-19", 5)).toThrow(RangeError);
  });

  it("has terms in order, each starting on a working day and ending after it starts", () => {
    SCHOOL_TERMS.forEach((term, index) => {
      expect(term.firstDay <= term.lastDay).toBe(true);
      expect(isWorkingDay(term.firstDay)).toBe(true);
      expect(isWorkingDay(term.lastDay)).toBe(true);
      if (index > 0) {
        expect(SCHOOL_TERMS[index - 1].lastDay < term.firstDay).toBe(true);
      }
    });
  });
});
