import type { Actor } from "@/server/auth/roles";
import type { Prisma } from "@/server/db/generated/client";
import { AppError } from "@/server/errors";
import { surveyStatus } from "./survey-status";

type Db = Prisma.TransactionClient;

/**
 * Surveys are the service's, sent to every provider: a provider sees a survey once it has
 * been opened (drafts are the officers' work in progress); service roles see all.
 */
export function surveyScope(actor: Actor): Prisma.SurveyWhereInput {
  return actor.organisationKind === "SERVICE" ? {} : { openedAt: { not: null } };
}

export async function findSurveyInScope<T extends Prisma.SurveyInclude>(
  db: Db,
  actor: Actor,
  surveyId: string,
  include: T,
) {
  const survey = await db.survey.findFirst({
    where: { AND: [{ id: surveyId }, surveyScope(actor)] },
    include,
  });
  if (!survey) {
    throw AppError.notFound("Survey");
  }
  return survey;
}

/** Questions are set while the survey is a draft: providers answer what was asked. */
export function assertDraft(survey: { openedAt: Date | null }) {
  if (survey.openedAt) {
    throw new AppError(
      "CONFLICT",
      "This survey is open to providers, so its questions can no longer be changed",
    );
  }
}

export function assertOpen(survey: Parameters<typeof surveyStatus>[0], today: string) {
  const status = surveyStatus(survey, today);
  if (status === "DRAFT") {
    throw AppError.notFound("Survey");
  }
  if (status === "CLOSED") {
    throw new AppError("CONFLICT", "This survey has closed and no longer takes responses");
  }
}
