import { formatDate, ukToday } from "@/lib/dates";
import { toDateOnly } from "@/lib/schemas/common";
import type {
  AddQuestionInput,
  CreateSurveyInput,
  UpdateQuestionInput,
} from "@/lib/schemas/survey";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/roles";
import type { PrismaClient } from "@/server/db/generated/client";
import { AppError } from "@/server/errors";
import { notifyOrganisation } from "@/server/services/notifications/notify-organisation";
import { assertDraft, findSurveyInScope } from "./survey-access";

interface Options<I> {
  db: PrismaClient;
  actor: Actor;
  input: I;
  now?: Date;
}

function closingDate(closesOn: string, now: Date): Date {
  if (closesOn < ukToday(now)) {
    throw AppError.invalid("closesOn", "The closing date must be today or in the future");
  }
  return toDateOnly(closesOn);
}

/** A new draft survey; questions are added before it opens. */
export async function createSurvey(options: Options<CreateSurveyInput>) {
  const { db, actor, input, now = new Date() } = options;
  const { title, intro, closesOn } = input;
  const closes = closingDate(closesOn, now);

  return db.$transaction(async (tx) => {
    const survey = await tx.survey.create({
      data: { title, intro: intro || null, closesOn: closes, createdById: actor.userId },
    });
    await recordAudit(tx, actor, {
      action: "survey.create",
      recordType: "Survey",
      recordId: survey.id,
    });
    return { id: survey.id };
  });
}

/** The title, introduction and closing date, while the survey is a draft. */
export async function updateSurvey(options: Options<CreateSurveyInput & { surveyId: string }>) {
  const { db, actor, input, now = new Date() } = options;
  const { surveyId, title, intro, closesOn } = input;
  const closes = closingDate(closesOn, now);

  return db.$transaction(async (tx) => {
    const survey = await findSurveyInScope(tx, actor, surveyId, {});
    assertDraft(survey);
    await tx.survey.update({
      where: { id: survey.id },
      data: { title, intro: intro || null, closesOn: closes },
    });
    await recordAudit(tx, actor, {
      action: "survey.update",
      recordType: "Survey",
      recordId: survey.id,
    });
    return { id: survey.id };
  });
}

export async function addQuestion(options: Options<AddQuestionInput>) {
  const { db, actor, input } = options;
  const { surveyId, text, kind, required } = input;

  return db.$transaction(async (tx) => {
    const survey = await findSurveyInScope(tx, actor, surveyId, {});
    assertDraft(survey);
    const last = await tx.surveyQuestion.aggregate({
      where: { surveyId },
      _max: { position: true },
    });
    const question = await tx.surveyQuestion.create({
      data: {
        surveyId,
        text,
        kind,
        required: required === "YES",
        position: (last._max.position ?? 0) + 1,
      },
    });
    await recordAudit(tx, actor, {
      action: "survey.addQuestion",
      recordType: "Survey",
      recordId: surveyId,
      detail: { questionId: question.id },
    });
    return { id: question.id };
  });
}

async function draftQuestion(
  tx: Parameters<typeof findSurveyInScope>[0],
  actor: Actor,
  id: string,
) {
  const question = await tx.surveyQuestion.findUnique({ where: { id } });
  if (!question) {
    throw AppError.notFound("Question");
  }
  const survey = await findSurveyInScope(tx, actor, question.surveyId, {});
  assertDraft(survey);
  return question;
}

export async function updateQuestion(options: Options<UpdateQuestionInput>) {
  const { db, actor, input } = options;
  const { questionId, text, kind, required } = input;

  return db.$transaction(async (tx) => {
    const question = await draftQuestion(tx, actor, questionId);
    await tx.surveyQuestion.update({
      where: { id: question.id },
      data: { text, kind, required: required === "YES" },
    });
    await recordAudit(tx, actor, {
      action: "survey.updateQuestion",
      recordType: "Survey",
      recordId: question.surveyId,
      detail: { questionId },
    });
    return { id: question.id };
  });
}

/**
 * Swaps a question with its neighbour. Positions are unique per survey, so one of the pair
 * steps aside to position 0 (never used) while the other takes its place.
 */
export async function moveQuestion(
  options: Options<{ questionId: string; direction: "UP" | "DOWN" }>,
) {
  const { db, actor, input } = options;
  const { questionId, direction } = input;

  return db.$transaction(async (tx) => {
    const question = await draftQuestion(tx, actor, questionId);
    const up = direction === "UP";
    const neighbour = await tx.surveyQuestion.findFirst({
      where: {
        surveyId: question.surveyId,
        position: up ? { lt: question.position } : { gt: question.position },
      },
      orderBy: { position: up ? "desc" : "asc" },
    });
    if (!neighbour) {
      return { id: question.id, moved: false };
    }
    await tx.surveyQuestion.update({ where: { id: question.id }, data: { position: 0 } });
    await tx.surveyQuestion.update({
      where: { id: neighbour.id },
      data: { position: question.position },
    });
    await tx.surveyQuestion.update({
      where: { id: question.id },
      data: { position: neighbour.position },
    });
    await recordAudit(tx, actor, {
      action: "survey.moveQuestion",
      recordType: "Survey",
      recordId: question.surveyId,
      detail: { questionId, direction },
    });
    return { id: question.id, moved: true };
  });
}

/** Opens a draft to every provider; from now on its questions are fixed. */
export async function openSurvey(options: Options<{ surveyId: string }>) {
  const { db, actor, input, now = new Date() } = options;

  const survey = await db.$transaction(async (tx) => {
    const found = await findSurveyInScope(tx, actor, input.surveyId, { questions: true });
    assertDraft(found);
    if (found.questions.length === 0) {
      throw AppError.invalid("questions", "Add at least one question before opening the survey");
    }
    if (!found.closesOn || found.closesOn.toISOString().slice(0, 10) < ukToday(now)) {
      throw AppError.invalid("closesOn", "The closing date has passed: change it before opening");
    }
    const opened = await tx.survey.updateMany({
      where: { id: found.id, openedAt: null },
      data: { openedAt: now },
    });
    if (opened.count !== 1) {
      throw new AppError("CONFLICT", "Someone else has just opened this survey");
    }
    await recordAudit(tx, actor, {
      action: "survey.open",
      recordType: "Survey",
      recordId: found.id,
    });
    return found;
  });

  await tellProviders(db, survey);
  return { id: survey.id };
}

async function tellProviders(
  db: PrismaClient,
  survey: { id: string; title: string; closesOn: Date | null },
) {
  const providers = await db.organisation.findMany({
    where: { kind: "PROVIDER", closedAt: null },
    select: { id: true },
  });
  const closes = survey.closesOn ? ` by ${formatDate(survey.closesOn)}` : "";
  for (const provider of providers) {
    await notifyOrganisation(db, provider.id, {
      kind: "survey.opened",
      title: `New survey: ${survey.title}`,
      body: `The service asks every provider to answer this survey${closes}.`,
      link: `/quality/surveys/${survey.id}`,
    });
  }
}

/** Closes an open survey before its closing date; responses stay for the results. */
export async function closeSurvey(options: Options<{ surveyId: string }>) {
  const { db, actor, input, now = new Date() } = options;

  return db.$transaction(async (tx) => {
    const survey = await findSurveyInScope(tx, actor, input.surveyId, {});
    if (!survey.openedAt) {
      throw new AppError("CONFLICT", "This survey has not been opened yet");
    }
    const closed = await tx.survey.updateMany({
      where: { id: survey.id, closedAt: null },
      data: { closedAt: now },
    });
    if (closed.count !== 1) {
      throw new AppError("CONFLICT", "This survey has already been closed");
    }
    await recordAudit(tx, actor, {
      action: "survey.close",
      recordType: "Survey",
      recordId: survey.id,
    });
    return { id: survey.id };
  });
}
