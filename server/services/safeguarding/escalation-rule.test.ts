import { describe, expect, it } from "vitest";
import { alertEscalatesAt, isEscalationDue } from "./escalation-rule";

// 2026-12-04 is a Friday; 2026-06-05 is a Friday in British Summer Time.
const CASES: [string, string, string][] = [
  ["Tuesday morning, winter", "2026-12-01T09:30:00Z", "2026-12-02T09:30:00Z"],
  ["Friday afternoon, over the weekend", "2026-12-04T15:00:00Z", "2026-12-07T15:00:00Z"],
  ["Saturday, to the end of Monday", "2026-12-05T10:00:00Z", "2026-12-08T00:00:00Z"],
  ["Sunday night, to the end of Monday", "2026-12-06T23:59:00Z", "2026-12-08T00:00:00Z"],
  ["Friday in summer, UK time kept", "2026-06-05T08:00:00Z", "2026-06-08T08:00:00Z"],
  // 23:30 UTC on Friday 5 June is already Saturday in the UK (BST).
  ["late Friday UTC that is Saturday in the UK", "2026-06-05T23:30:00Z", "2026-06-08T23:00:00Z"],
  // The clocks go back on Sunday 25 October 2026: Friday 10:00 BST to Monday 10:00 GMT.
  ["across the end of summer time", "2026-10-23T09:00:00Z", "2026-10-26T10:00:00Z"],
  // Bank holidays of England and Wales are not working days.
  ["Thursday before Good Friday 2026", "2026-04-02T10:00:00Z", "2026-04-07T10:00:00Z"],
  ["on Easter Monday 2026, to the end of Tuesday", "2026-04-06T09:00:00Z", "2026-04-07T23:00:00Z"],
  // Christmas 2026: 25 Friday, 28 Monday is the Boxing Day substitute.
  ["Christmas Eve 2026", "2026-12-24T11:00:00Z", "2026-12-29T11:00:00Z"],
  // Christmas 2027: 27 and 28 December are both substitute days.
  ["Friday 24 December 2027", "2027-12-24T11:00:00Z", "2027-12-29T11:00:00Z"],
  // Summer time starts on Sunday 28 March 2027, so the end of Tuesday is 23:00 UTC.
  ["on Good Friday 2027, to the end of Tuesday", "2027-03-26T12:00:00Z", "2027-03-30T23:00:00Z"],
];

describe("school DSL alert escalation", () => {
  for (const [name, sent, due] of CASES) {
    it(`escalates an alert sent ${name} at ${due}`, () => {
      expect(alertEscalatesAt(new Date(sent)).toISOString()).toBe(new Date(due).toISOString());
    });
  }

  it("is not due a minute before, and is due at the moment", () => {
    const sent = new Date("2026-12-01T09:30:00Z");
    expect(isEscalationDue(sent, new Date("2026-12-02T09:29:00Z"))).toBe(false);
    expect(isEscalationDue(sent, new Date("2026-12-02T09:30:00Z"))).toBe(true);
  });

  it("does not count the weekend as a working day", () => {
    const sent = new Date("2026-12-04T15:00:00Z");
    expect(isEscalationDue(sent, new Date("2026-12-06T16:00:00Z"))).toBe(false);
  });
});
