import { describe, expect, it } from "vitest";
import { answersSchemaFor, parseAnswer, type QuestionForAnswer } from "./survey";

const rating: QuestionForAnswer = { id: "r", text: "Support?", kind: "RATING", required: true };
const yesNo: QuestionForAnswer = { id: "y", text: "On time?", kind: "YES_NO", required: false };
const text: QuestionForAnswer = { id: "t", text: "Change?", kind: "TEXT", required: true };
const schema = answersSchemaFor([rating, yesNo, text]);

function problems(answers: Record<string, string | undefined>) {
  const result = schema.safeParse({ surveyId: crypto.randomUUID(), answers });
  return Object.fromEntries(
    (result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]),
  );
}

describe("answersSchemaFor", () => {
  it("names every required question left blank, and lets optional ones be", () => {
    expect(problems({ t: "  " })).toEqual({
      "answers.r": "Choose an answer to “Support?”",
      "answers.t": "Answer “Change?”",
    });
  });

  it("takes only the answers a question's kind allows", () => {
    expect(problems({ r: "6", y: "MAYBE", t: "ok" })).toEqual({
      "answers.r": "Choose an answer to “Support?” from the choices given",
      "answers.y": "Choose an answer to “On time?” from the choices given",
    });
    expect(problems({ r: "5", y: "NO", t: "ok" })).toEqual({});
  });
});

describe("parseAnswer", () => {
  it("stores each kind in its own form, and a blank optional answer not at all", () => {
    expect(parseAnswer(rating, "3")).toEqual({ kind: "RATING", rating: 3 });
    expect(parseAnswer(yesNo, "NO")).toEqual({ kind: "YES_NO", yes: false });
    expect(parseAnswer(text, " Fine ")).toEqual({ kind: "TEXT", text: "Fine" });
    expect(parseAnswer(yesNo, "")).toBeNull();
  });
});
