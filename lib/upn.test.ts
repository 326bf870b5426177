import { describe, expect, it } from "vitest";
import { isValidUpn, upnCheckLetter } from "./upn";

// Worked by hand: multiply the 12 digits by 2..13, add up, take the remainder after 23,
// and count into ABCDEFGHJKLMNPQRTUVWXYZ from A = 0.
describe("upnCheckLetter", () => {
  it("gives A when every digit is zero (sum 0)", () => {
    expect(upnCheckLetter("000000000000")).toBe("A");
  });

  it("weights each digit by its position in the UPN", () => {
    // 3·2 + 3·3 + 1·4 + 2·5 + 0·6 + 1·7 + 7·8 + 1·9 + 7·10 + 1·11 + 2·12 + 3·13 = 245;
    // 245 = 10·23 + 15, and letter 15 is R.
    expect(upnCheckLetter("331201717123")).toBe("R");
    // 3·2 + 3·3 + 1·4 + 4·5 + 2·9 + 6·10 + 5·13 = 182 = 7·23 + 21, letter 21 is Y.
    expect(upnCheckLetter("331400026005")).toBe("Y");
    // 9 · (2 + 3 + … + 13) = 9 · 90 = 810 = 35·23 + 5, letter 5 is F.
    expect(upnCheckLetter("999999999999")).toBe("F");
  });

  it("refuses anything but 12 digits", () => {
    expect(() => upnCheckLetter("33120171712")).toThrow(RangeError);
    expect(() => upnCheckLetter("33120171712A")).toThrow(RangeError);
  });
});

describe("isValidUpn", () => {
  it("accepts UPNs whose check letter matches", () => {
    expect(isValidUpn("R331201717123")).toBe(true);
    expect(isValidUpn("Y331400026005")).toBe(true);
    expect(isValidUpn("A000000000000")).toBe(true);
  });

  it("refuses a wrong check letter", () => {
    expect(isValidUpn("S331201717123")).toBe(false);
    expect(isValidUpn("Q331201717123")).toBe(false);
  });

  it("refuses the wrong shape", () => {
    expect(isValidUpn("")).toBe(false);
    expect(isValidUpn("R33120171712")).toBe(false);
    expect(isValidUpn("R3312017171234")).toBe(false);
    expect(isValidUpn("r331201717123")).toBe(false);
    expect(isValidUpn("R 331201717123")).toBe(false);
    // A temporary UPN (final letter) is not accepted: the permanent number is wanted.
    expect(isValidUpn("R33120171712A")).toBe(false);
  });
});
