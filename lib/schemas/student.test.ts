import { describe, expect, it } from "vitest";
import { newStudentSchema } from "./student";

const valid = {
  upn: "R331205312001",
  legalFirstName: "Robin",
  legalLastName: "Example",
  preferredName: "",
  dateOfBirth: "2011-10-12",
  yearGroup: "10",
  senStatus: "NONE",
  lookedAfter: false,
  childProtectionPlan: false,
  childInNeedPlan: false,
  contacts: [
    { name: "Sam", relationship: "Mother", phone: "", email: "", hasParentalResponsibility: true },
  ],
};

function yearGroupMessage(yearGroup: unknown) {
  const result = newStudentSchema.safeParse({ ...valid, yearGroup });
  return result.success
    ? null
    : result.error.issues.find((i) => i.path[0] === "yearGroup")?.message;
}

describe("new student year group", () => {
  it("reads a typed number", () => {
    expect(newStudentSchema.parse(valid).yearGroup).toBe(10);
  });

  it("asks for a blank year group rather than calling it year 0", () => {
    expect(yearGroupMessage("")).toBe("Enter the year group as a number, like 10");
    expect(yearGroupMessage("nine")).toBe("Enter the year group as a number, like 10");
    expect(yearGroupMessage("5")).toBe("Year group must be between 7 and 13");
  });

  it("refuses a date of birth in the future", () => {
    const result = newStudentSchema.safeParse({ ...valid, dateOfBirth: "2099-01-01" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toBe(
      "The date of birth must be a real date in the past",
    );
  });
});
