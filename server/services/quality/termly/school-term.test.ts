import { describe, expect, it } from "vitest";
import { currentTerm, termsBegunBy, wholeTerms } from "./school-term";

describe("whole terms from the half terms of school-terms.ts", () => {
  it("joins each term's two halves under one name", () => {
    const [autumn, spring] = wholeTerms();
    expect(autumn).toEqual({
      name: "Autumn term 2026",
      firstDay: "2026-09-02",
      lastDay: "2026-12-18",
    });
    expect(spring.name).toBe("Spring term 2027");
  });

  it("takes the term under way as current, including its half-term break", () => {
    expect(currentTerm("2026-12-04")?.name).toBe("Autumn term 2026");
    expect(currentTerm("2026-10-28")?.name).toBe("Autumn term 2026");
  });

  it("keeps a term current through the holiday after it, until the next begins", () => {
    expect(currentTerm("2026-12-30")?.name).toBe("Autumn term 2026");
    expect(currentTerm("2027-01-04")?.name).toBe("Spring term 2027");
  });

  it("has no current term before the first configured one", () => {
    expect(currentTerm("2026-08-20")).toBeNull();
  });

  it("lists the terms begun, newest first", () => {
    expect(termsBegunBy("2027-04-12").map((term) => term.name)).toEqual([
      "Summer term 2027",
      "Spring term 2027",
      "Autumn term 2026",
    ]);
  });
});
