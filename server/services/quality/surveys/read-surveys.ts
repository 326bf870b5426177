import { ukToday } from "@/lib/dates";
import type { Actor } from "@/server/auth/roles";
import type { PrismaClient } from "@/server/db/generated/client";
import { findSurveyInScope, surveyScope } from "./survey-access";
import { surveyStatus } from "./survey-status";

interface Options {
  db: PrismaClient;
  actor: Actor;
  now?: Date;
}

/**
 * Officers see every survey with its response count; a provider sees the surveys opened to
 * it and whether it has answered, never how many others have.
 */
export async function listSurveys({ db, actor, now = new Date() }: Options) {
  const service = actor.organisationKind === "SERVICE";
  const surveys = await db.survey.findMany({
    where: surveyScope(actor),
    orderBy: [{ createdAt: "desc" }],
    include: {
      _count: { select: { questions: true, responses: true } },
      responses: {
        where: { providerId: actor.organisationId },
        select: { submittedAt: true },
      },
    },
  });
  const today = ukToday(now);
  return surveys.map((survey) => ({
    id: survey.id,
    title: survey.title,
    status: surveyStatus(survey, today),
    closesOn: survey.closesOn,
    questionCount: survey._count.questions,
    responseCount: service ? survey._count.responses : null,
    respondedAt: service ? null : (survey.responses[0]?.submittedAt ?? null),
  }));
}

/** One survey with its questions; a provider also gets its own answers, and only those. */
export async function readSurvey({
  db,
  actor,
  surveyId,
  now = new Date(),
}: Options & { surveyId: string }) {
  const service = actor.organisationKind === "SERVICE";
  const survey = await findSurveyInScope(db, actor, surveyId, {
    questions: { orderBy: { position: "asc" } },
    _count: { select: { responses: true } },
    responses: {
      where: { providerId: actor.organisationId },
      include: { answers: true, submittedBy: { select: { name: true } } },
    },
  });
  const own = survey.responses[0] ?? null;
  return {
    id: survey.id,
    title: survey.title,
    intro: survey.intro,
    closesOn: survey.closesOn,
    openedAt: survey.openedAt,
    closedAt: survey.closedAt,
    status: surveyStatus(survey, ukToday(now)),
    questions: survey.questions.map(({ id, position, text, kind, required }) => ({
      id,
      position,
      text,
      kind,
      required,
    })),
    responseCount: service ? survey._count.responses : null,
    ownResponse: own && {
      submittedAt: own.submittedAt,
      submittedBy: own.submittedBy.name,
      answers: own.answers.map(({ questionId, rating, yes, text }) => ({
        questionId,
        rating,
        yes,
        text,
      })),
    },
  };
}
