import { describe, expect, it } from "vitest";
import { dateTimeField } from "./fields";

describe("dateTimeField", () => {
  const field = dateTimeField("the date and time of the meeting");
  const message = (value: unknown) => {
    const result = field.safeParse(value);
    return result.success ? null : result.error.issues[0].message;
  };

  it("reads a typed date and time, and keeps a Date the client sent", () => {
    expect(field.parse("2026-12-04T14:05:00Z")).toEqual(new Date("2026-12-04T14:05:00Z"));
    const sent = new Date("2026-11-02T10:00:00Z");
    expect(field.parse(sent)).toEqual(sent);
  });

  it.each([null, 0, false, "", "   ", "not a date", undefined])(
    "refuses %j instead of storing 1 January 1970",
    (value) => {
      expect(message(value)).toBe("Enter the date and time of the meeting");
    },
  );
});
