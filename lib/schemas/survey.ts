import { z } from "zod";
import { dateField, idSchema, requiredText } from "./common";
import { optionalText } from "./fields";

export const SURVEY_QUESTION_KINDS = ["RATING", "YES_NO", "TEXT"] as const;
export type SurveyQuestionKindValue = (typeof SURVEY_QUESTION_KINDS)[number];

export const SURVEY_QUESTION_KIND_LABEL: Record<SurveyQuestionKindValue, string> = {
  RATING: "Rating from 1 (poor) to 5 (excellent)",
  YES_NO: "Yes or no",
  TEXT: "Written answer",
};

/** A survey's state, worked out from its dates (server/services/quality/surveys). */
export const SURVEY_STATUSES = ["DRAFT", "OPEN", "CLOSED"] as const;
export type SurveyStatusValue = (typeof SURVEY_STATUSES)[number];

export const RATING_SCORES = [1, 2, 3, 4, 5] as const;

export const createSurveySchema = z.object({
  title: requiredText("the survey's title", 200),
  intro: optionalText("the introduction", 2000),
  closesOn: dateField("the closing date"),
});
export type CreateSurveyInput = z.input<typeof createSurveySchema>;

const questionFields = {
  text: requiredText("the question", 500),
  kind: z.enum(SURVEY_QUESTION_KINDS, { error: "Choose the kind of answer" }),
  required: z.enum(["YES", "NO"], { error: "Select whether an answer is required" }),
};

export const addQuestionSchema = z.object({ surveyId: idSchema, ...questionFields });
export type AddQuestionInput = z.input<typeof addQuestionSchema>;

export const updateQuestionSchema = z.object({ questionId: idSchema, ...questionFields });
export type UpdateQuestionInput = z.input<typeof updateQuestionSchema>;

export const moveQuestionSchema = z.object({
  questionId: idSchema,
  direction: z.enum(["UP", "DOWN"], { error: "Choose up or down" }),
});

export const surveyIdSchema = z.object({ surveyId: idSchema });

/**
 * A provider's answers as the form sends them: question id → the answer typed or chosen
 * ("1"–"5", "YES"/"NO", or text). Which answers are needed and of what kind depends on the
 * survey's questions, so they are checked against them with `answersSchemaFor`.
 */
export const respondSurveySchema = z.object({
  surveyId: idSchema,
  answers: z.record(
    idSchema,
    z.string().trim().max(5000, "Answers must be 5000 characters or fewer"),
  ),
});
export type RespondSurveyInput = z.input<typeof respondSurveySchema>;

export interface QuestionForAnswer {
  id: string;
  text: string;
  kind: SurveyQuestionKindValue;
  required: boolean;
}

/** The stored form of one answer; a blank optional answer is not stored. */
export type ParsedAnswer =
  | { kind: "RATING"; rating: number }
  | { kind: "YES_NO"; yes: boolean }
  | { kind: "TEXT"; text: string };

function answerSchema(question: QuestionForAnswer) {
  const { kind, required } = question;
  const quoted = `“${question.text}”`;
  const missing = kind === "TEXT" ? `Answer ${quoted}` : `Choose an answer to ${quoted}`;
  const allowed =
    kind === "RATING" ? ["1", "2", "3", "4", "5"] : kind === "YES_NO" ? ["YES", "NO"] : null;
  // A question left unanswered arrives as undefined; it must still reach the check below.
  const answer = z
    .string()
    .trim()
    .max(5000, "Answers must be 5000 characters or fewer")
    .superRefine((value, context) => {
      if (!value) {
        if (required) {
          context.addIssue({ code: "custom", message: missing });
        }
        return;
      }
      if (allowed && !allowed.includes(value)) {
        context.addIssue({ code: "custom", message: `${missing} from the choices given` });
      }
    });
  return z.preprocess((value) => value ?? "", answer);
}

/**
 * The answers a survey's questions need, as one schema: the browser shows every problem
 * beside its question before sending, and the service checks the same rules again.
 * Issues are on `answers.<questionId>`.
 */
export function answersSchemaFor(questions: readonly QuestionForAnswer[]) {
  const shape = Object.fromEntries(
    questions.map((question) => [question.id, answerSchema(question)]),
  );
  return z.object({ surveyId: idSchema, answers: z.object(shape) });
}

/** One checked answer in the form it is stored, or null when an optional one was left blank. */
export function parseAnswer(
  question: QuestionForAnswer,
  value: string | undefined,
): ParsedAnswer | null {
  const answer = value?.trim();
  if (!answer) {
    return null;
  }
  switch (question.kind) {
    case "RATING":
      return { kind: "RATING", rating: Number(answer) };
    case "YES_NO":
      return { kind: "YES_NO", yes: answer === "YES" };
    case "TEXT":
      return { kind: "TEXT", text: answer };
  }
}
