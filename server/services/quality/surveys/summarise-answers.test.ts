import { describe, expect, it } from "vitest";
import { summariseAnswers } from "./summarise-answers";

const rating = (value: number | null) => ({ rating: value, yes: null, text: null });

describe("summariseAnswers", () => {
  it("counts each score and gives the mean to one decimal place, skipping blanks", () => {
    const summary = summariseAnswers("RATING", [rating(5), rating(4), rating(4), rating(null)]);
    expect(summary).toEqual({
      kind: "RATING",
      answered: 3,
      counts: [
        { score: 1, count: 0 },
        { score: 2, count: 0 },
        { score: 3, count: 0 },
        { score: 4, count: 2 },
        { score: 5, count: 1 },
      ],
      mean: 4.3,
    });
  });

  it("has no mean when nobody rated", () => {
    expect(summariseAnswers("RATING", [])).toMatchObject({ answered: 0, mean: null });
  });

  it("counts yes and no", () => {
    const answers = [true, false, true].map((yes) => ({ rating: null, yes, text: null }));
    expect(summariseAnswers("YES_NO", answers)).toEqual({
      kind: "YES_NO",
      answered: 3,
      yes: 2,
      no: 1,
    });
  });

  it("lists written answers alphabetically, not in the order they came", () => {
    const answers = ["Zebra", "apple", "Mango"].map((text) => ({ rating: null, yes: null, text }));
    expect(summariseAnswers("TEXT", answers)).toEqual({
      kind: "TEXT",
      answered: 3,
      texts: ["apple", "Mango", "Zebra"],
    });
  });
});
