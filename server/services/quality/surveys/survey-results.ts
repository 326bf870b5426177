import { ukToday } from "@/lib/dates";
import type { Actor } from "@/server/auth/roles";
import type { PrismaClient } from "@/server/db/generated/client";
import { findSurveyInScope } from "./survey-access";
import { surveyStatus } from "./survey-status";
import { summariseAnswers } from "./summarise-answers";

interface Options {
  db: PrismaClient;
  actor: Actor;
  surveyId: string;
  now?: Date;
}

/**
 * Fewer responses than this and an answer could be matched to the provider that gave it
 * (the respondents are listed), so results are withheld (ADR 0018).
 */
export const MIN_RESPONSES_FOR_RESULTS = 3;

/** Why a survey's answers are not shown yet, or null once they may be. */
export type ResultsWithheld = "NOT_CLOSED" | "TOO_FEW_RESPONSES" | null;

/**
 * A survey's results for the quality officers: each question aggregated, with no answer
 * tied to the provider that gave it (ADR 0018). Who has responded, and who has not, is a
 * separate list, so the service can chase providers. Answers are shown only once the survey
 * has closed with at least MIN_RESPONSES_FOR_RESULTS responses: while open, each new
 * response would show up beside the new name on the list; with fewer, a name is an answer.
 */
export async function surveyResults({ db, actor, surveyId, now = new Date() }: Options) {
  const survey = await findSurveyInScope(db, actor, surveyId, {
    responses: { select: { provider: { select: { id: true, name: true } } } },
  });
  const responded = survey.responses.map((response) => response.provider);
  const providers = await db.organisation.findMany({
    where: { kind: "PROVIDER", closedAt: null, id: { notIn: responded.map((p) => p.id) } },
    select: { name: true },
    orderBy: { name: "asc" },
  });
  const status = surveyStatus(survey, ukToday(now));
  const withheld = withheldBecause(status, responded.length);

  return {
    id: survey.id,
    title: survey.title,
    status,
    closesOn: survey.closesOn,
    responseCount: responded.length,
    respondents: responded.map((provider) => provider.name).sort((a, b) => a.localeCompare(b)),
    notResponded: providers.map((provider) => provider.name),
    withheld,
    minimumResponses: MIN_RESPONSES_FOR_RESULTS,
    // Answers are not even read from the database while withheld.
    questions: withheld ? null : await summariseQuestions(db, survey.id),
  };
}

function withheldBecause(status: string, responses: number): ResultsWithheld {
  if (status !== "CLOSED") {
    return "NOT_CLOSED";
  }
  return responses < MIN_RESPONSES_FOR_RESULTS ? "TOO_FEW_RESPONSES" : null;
}

async function summariseQuestions(db: PrismaClient, surveyId: string) {
  const questions = await db.surveyQuestion.findMany({
    where: { surveyId },
    orderBy: { position: "asc" },
    include: { answers: { select: { rating: true, yes: true, text: true } } },
  });
  return questions.map((question) => ({
    id: question.id,
    position: question.position,
    text: question.text,
    required: question.required,
    summary: summariseAnswers(question.kind, question.answers),
  }));
}
