import { ukToday } from "@/lib/dates";
import {
  answersSchemaFor,
  parseAnswer,
  type ParsedAnswer,
  type RespondSurveyInput,
} from "@/lib/schemas/survey";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/roles";
import type { PrismaClient } from "@/server/db/generated/client";
import { AppError } from "@/server/errors";
import { assertOpen, findSurveyInScope } from "./survey-access";

interface Options {
  db: PrismaClient;
  actor: Actor;
  input: RespondSurveyInput;
  now?: Date;
}

const ALREADY = "Your organisation has already responded to this survey";

/**
 * A provider's one response to an open survey: every required question answered with the
 * kind of answer it asks for, the response and its answers written together. A second
 * response from the same provider is refused (and, if two race, the unique constraint on
 * survey and provider keeps the first).
 */
export async function respondToSurvey({ db, actor, input, now = new Date() }: Options) {
  const { surveyId, answers } = input;

  return db.$transaction(async (tx) => {
    const survey = await findSurveyInScope(tx, actor, surveyId, {
      questions: { orderBy: { position: "asc" } },
    });
    assertOpen(survey, ukToday(now));
    const existing = await tx.surveyResponse.findUnique({
      where: { surveyId_providerId: { surveyId, providerId: actor.organisationId } },
      select: { id: true },
    });
    if (existing) {
      throw new AppError("CONFLICT", ALREADY);
    }
    const parsed = checkAnswers(survey.questions, answers);

    const response = await tx.surveyResponse.create({
      data: {
        surveyId,
        providerId: actor.organisationId,
        submittedById: actor.userId,
        submittedAt: now,
        answers: {
          create: parsed.map(({ questionId, answer }) => ({ questionId, ...stored(answer) })),
        },
      },
    });
    await recordAudit(tx, actor, {
      action: "survey.respond",
      recordType: "SurveyResponse",
      recordId: response.id,
      detail: { surveyId },
    });
    return { id: response.id };
  });
}

type Question = Parameters<typeof parseAnswer>[0];

/** The same rules the form applies; the first problem is named by its question's field. */
function checkAnswers(questions: Question[], answers: Record<string, string>) {
  const known = new Set(questions.map((question) => question.id));
  const stray = Object.keys(answers).find((id) => !known.has(id));
  if (stray) {
    throw AppError.invalid(`answers.${stray}`, "This question is not part of the survey");
  }
  const checked = answersSchemaFor(questions).safeParse({ surveyId: "x", answers });
  const issue = checked.error?.issues.find((item) => item.path[0] === "answers");
  if (issue) {
    throw AppError.invalid(issue.path.join("."), issue.message);
  }
  return questions.flatMap((question) => {
    const answer = parseAnswer(question, answers[question.id]);
    return answer ? [{ questionId: question.id, answer }] : [];
  });
}

function stored(answer: ParsedAnswer) {
  switch (answer.kind) {
    case "RATING":
      return { rating: answer.rating };
    case "YES_NO":
      return { yes: answer.yes };
    case "TEXT":
      return { text: answer.text };
  }
}
