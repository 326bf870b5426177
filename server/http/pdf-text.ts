/**
 * The characters beyond Latin-1 that the PDF standard fonts' WinAnsi encoding holds (the
 * euro, typographic quotes and dashes, and a few letters).
 */
const WIN_ANSI_EXTRAS = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");

// Common characters outside WinAnsi, written the nearest way it can.
const NEAREST: Record<string, string> = {
  "\u2010": "-",
  "\u2011": "-",
  "\u2012": "-",
  "\u2212": "-",
  "\u2032": "'",
  "\u2033": '"',
  "\u2190": "<-",
  "\u2192": "->",
  "\u2713": "[x]",
  "\u2714": "[x]",
};

function encodable(character: string): boolean {
  const code = character.codePointAt(0)!;
  return (
    character === "\n" ||
    (code >= 0x20 && code <= 0x7e) ||
    (code >= 0xa0 && code <= 0xff) ||
    WIN_ANSI_EXTRAS.has(character)
  );
}

/**
 * Text made safe for the PDF standard fonts (Helvetica), which encode only WinAnsi: a
 * character outside it is replaced by its unaccented letter ("ł" stays "?" but "ő" becomes
 * "o"), a near equivalent, or "?" — never written as bytes the font would show as nonsense.
 * Tabs become spaces and other control characters are dropped.
 */
export function pdfSafeText(text: string): string {
  let result = "";
  for (const character of text.replace(/\r\n?/g, "\n").replace(/\t/g, " ")) {
    if (encodable(character)) {
      result += character;
      continue;
    }
    if (character.codePointAt(0)! < 0x20) {
      continue;
    }
    const stripped = character.normalize("NFKD").replace(/\p{M}/gu, "");
    if (stripped && [...stripped].every(encodable)) {
      result += stripped;
      continue;
    }
    result += NEAREST[character] ?? "?";
  }
  return result;
}
