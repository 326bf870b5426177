import { describe, expect, it } from "vitest";
import { pdfSafeText } from "./pdf-text";

describe("pdfSafeText", () => {
  it("keeps plain text, Latin-1 letters and typographic punctuation", () => {
    const text = "Zoë said “I’ll try” – £5 — café\nNext line";
    expect(pdfSafeText(text)).toBe(text);
  });

  it("writes letters outside WinAnsi without their accents, keeping Latin-1 ones", () => {
    expect(pdfSafeText("Dvořák, Łódź, Ōsaka")).toBe("Dvorák, ?ódz, Osaka");
  });

  it("replaces emoji and scripts the font cannot show with a question mark", () => {
    expect(pdfSafeText("Good week 👍 مرحبا")).toBe("Good week ? ?????");
  });

  it("turns tabs into spaces, CRLF into a newline and drops other control characters", () => {
    expect(pdfSafeText("a\tb\r\nc\u0007d")).toBe("a b\ncd");
  });

  it("writes arrows and minus signs the nearest way it can", () => {
    expect(pdfSafeText("A → B, −2")).toBe("A -> B, -2");
  });
});
