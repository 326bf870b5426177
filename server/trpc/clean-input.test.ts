import { describe, expect, it } from "vitest";
import { cleanInput } from "./clean-input";

describe("cleanInput", () => {
  it("removes NUL characters from nested strings", () => {
    expect(cleanInput({ a: "ab\u0000c", list: ["\u0000x"], deep: { b: "ok" } })).toEqual({
      a: "abc",
      list: ["x"],
      deep: { b: "ok" },
    });
  });

  it("turns an unpaired surrogate into the replacement character, keeping whole emoji", () => {
    expect(cleanInput("a\ud800b")).toBe("a\ufffdb");
    expect(cleanInput("kept 😀")).toBe("kept 😀");
  });

  it("leaves dates, numbers and other values alone", () => {
    const when = new Date("2026-12-04T10:00:00Z");
    expect(cleanInput({ when, n: 3, yes: true, none: null })).toEqual({
      when,
      n: 3,
      yes: true,
      none: null,
    });
  });
});
