import { describe, expect, it } from "vitest";
import { queryChoice, queryPage, queryText, withQuery } from "./page-params";

describe("query parameters", () => {
  it("reads one trimmed value, or nothing", () => {
    expect(queryText("  smith ")).toBe("smith");
    expect(queryText(["a", "b"])).toBe("a");
    expect(queryText("   ")).toBeUndefined();
    expect(queryText("x".repeat(150))).toHaveLength(100);
  });

  it("treats anything but a positive whole number as page 1", () => {
    expect(queryPage("3")).toBe(3);
    expect(queryPage("0")).toBe(1);
    expect(queryPage("-2")).toBe(1);
    expect(queryPage("2.5")).toBe(1);
    expect(queryPage(undefined)).toBe(1);
  });

  it("accepts only the allowed choices", () => {
    expect(queryChoice("ACTIVE", ["ACTIVE", "COMPLETED"])).toBe("ACTIVE");
    expect(queryChoice("active", ["ACTIVE", "COMPLETED"])).toBeUndefined();
  });

  it("builds a link without empty parameters", () => {
    expect(withQuery("/students", { search: "o'neil & co", page: 2 })).toBe(
      "/students?search=o%27neil+%26+co&page=2",
    );
    expect(withQuery("/students", { search: undefined, page: undefined })).toBe("/students");
  });
});
