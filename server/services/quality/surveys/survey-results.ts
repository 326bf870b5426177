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
 * A survey's results for the quality officers: each question aggregated, with no answer
 * tied to the provider that gave it (ADR 0018). Who has responded, and who has not, is a
 * separate list, so the service can chase providers without reading their answers as theirs.
 */
export async function surveyResults({ db, actor, surveyId, now = new Date() }: Options) {
  const survey = await findSurveyInScope(db, actor, surveyId, {
    questions: {
      orderBy: { position: "asc" },
      include: { answers: { select: { rating: true, yes: true, text: true } } },
    },
    responses: { select: { provider: { select: { id: true, name: true } } } },
  });
  const responded = survey.responses.map((response) => response.provider);
  const providers = await db.organisation.findMany({
    where: { kind: "PROVIDER", closedAt: null, id: { notIn: responded.map((p) => p.id) } },
    select: { name: true },
    orderBy: { name: "asc" },
  });

  return {
    id: survey.id,
    title: survey.title,
    status: surveyStatus(survey, ukToday(now)),
    closesOn: survey.closesOn,
    responseCount: responded.length,
    respondents: responded.map((provider) => provider.name).sort((a, b) => a.localeCompare(b)),
    notResponded: providers.map((provider) => provider.name),
    questions: survey.questions.map((question) => ({
      id: question.id,
      position: question.position,
      text: question.text,
      required: question.required,
      summary: summariseAnswers(question.kind, question.answers),
    })),
  };
}
