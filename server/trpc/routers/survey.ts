import {
  addQuestionSchema,
  createSurveySchema,
  moveQuestionSchema,
  respondSurveySchema,
  surveyIdSchema,
  updateQuestionSchema,
} from "@/lib/schemas/survey";
import {
  addQuestion,
  closeSurvey,
  createSurvey,
  moveQuestion,
  openSurvey,
  updateQuestion,
  updateSurvey,
} from "@/server/services/quality/surveys/manage-survey";
import { listSurveys, readSurvey } from "@/server/services/quality/surveys/read-surveys";
import { respondToSurvey } from "@/server/services/quality/surveys/respond-survey";
import { surveyResults } from "@/server/services/quality/surveys/survey-results";
import { createRouter, procedureFor } from "../init";

export const surveyRouter = createRouter({
  list: procedureFor("survey.list").query(({ ctx }) =>
    listSurveys({ db: ctx.db, actor: ctx.actor }),
  ),

  get: procedureFor("survey.list")
    .input(surveyIdSchema)
    .query(({ ctx, input }) => readSurvey({ db: ctx.db, actor: ctx.actor, ...input })),

  create: procedureFor("survey.manage")
    .input(createSurveySchema)
    .mutation(({ ctx, input }) => createSurvey({ db: ctx.db, actor: ctx.actor, input })),

  update: procedureFor("survey.manage")
    .input(createSurveySchema.extend(surveyIdSchema.shape))
    .mutation(({ ctx, input }) => updateSurvey({ db: ctx.db, actor: ctx.actor, input })),

  addQuestion: procedureFor("survey.manage")
    .input(addQuestionSchema)
    .mutation(({ ctx, input }) => addQuestion({ db: ctx.db, actor: ctx.actor, input })),

  updateQuestion: procedureFor("survey.manage")
    .input(updateQuestionSchema)
    .mutation(({ ctx, input }) => updateQuestion({ db: ctx.db, actor: ctx.actor, input })),

  moveQuestion: procedureFor("survey.manage")
    .input(moveQuestionSchema)
    .mutation(({ ctx, input }) => moveQuestion({ db: ctx.db, actor: ctx.actor, input })),

  open: procedureFor("survey.manage")
    .input(surveyIdSchema)
    .mutation(({ ctx, input }) => openSurvey({ db: ctx.db, actor: ctx.actor, input })),

  close: procedureFor("survey.manage")
    .input(surveyIdSchema)
    .mutation(({ ctx, input }) => closeSurvey({ db: ctx.db, actor: ctx.actor, input })),

  respond: procedureFor("survey.respond")
    .input(respondSurveySchema)
    .mutation(({ ctx, input }) => respondToSurvey({ db: ctx.db, actor: ctx.actor, input })),

  results: procedureFor("survey.results")
    .input(surveyIdSchema)
    .query(({ ctx, input }) => surveyResults({ db: ctx.db, actor: ctx.actor, ...input })),
});
