import { describe, expect, it } from "vitest";
import { studentName } from "./student-name";

describe("studentName", () => {
  it("adds the name a student goes by when it differs from the legal one", () => {
    const student = { legalFirstName: "Daniel", legalLastName: "Hughes" };
    expect(studentName({ ...student, preferredName: "Danny" })).toBe(
      "Daniel Hughes (known as Danny)",
    );
    expect(studentName({ ...student, preferredName: null })).toBe("Daniel Hughes");
    expect(studentName({ ...student, preferredName: "Daniel" })).toBe("Daniel Hughes");
  });
});
