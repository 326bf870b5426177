import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./callback-path";

describe("safeCallbackPath", () => {
  it("returns to a page on this site", () => {
    expect(safeCallbackPath("/referrals/123?tab=paperwork")).toBe("/referrals/123?tab=paperwork");
  });

  it.each([
    ["nothing", undefined],
    ["another site", "https://example.com/"],
    ["a protocol-relative address", "//example.com/"],
    ["a backslash trick", "/\\example.com"],
    ["a relative path", "dashboard"],
    ["a tab the browser would drop", "/\t/evil.example"],
    ["a line break", "/\n/evil.example"],
    ["an encoded tab", decodeURIComponent("%2F%09%2Fevil.example")],
  ])("goes to the dashboard for %s", (_label, value) => {
    expect(safeCallbackPath(value)).toBe("/dashboard");
  });

  it("takes the first of repeated parameters", () => {
    expect(safeCallbackPath(["/students", "https://example.com"])).toBe("/students");
  });
});
