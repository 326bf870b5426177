import { describe, expect, it } from "vitest";
import { toCsv } from "./to-csv";

describe("toCsv", () => {
  it("quotes what needs quoting and keeps plain values as they are", () => {
    expect(
      toCsv([
        ["UPN", "Note"],
        ["A123", "late, 10 minutes"],
      ]),
    ).toBe('UPN,Note\nA123,"late, 10 minutes"\n');
  });

  it("writes cells that start like a formula as text", () => {
    const csv = toCsv([['=HYPERLINK("http://x.invalid","Open")', "+SUM(1+1)", "@cmd", "-2"]]);
    expect(csv).toBe(`"'=HYPERLINK(""http://x.invalid"",""Open"")",'+SUM(1+1),'@cmd,'-2\n`);
  });
});
