import {
  addObservationSchema,
  addRequirementSchema,
  answerReviewSchema,
  editRequirementSchema,
  giveFeedbackSchema,
  judgeReviewSchema,
  listRequirementsSchema,
  listReviewsSchema,
  openReviewSchema,
  recordVisitSchema,
  reorderRequirementSchema,
  requirementIdSchema,
  reviewIdSchema,
} from "@/lib/schemas/quality-review";
import { answerReview, submitReview } from "@/server/services/quality/reviews/answer-review";
import { giveFeedback } from "@/server/services/quality/reviews/give-feedback";
import { judgeReview } from "@/server/services/quality/reviews/judge-review";
import {
  addRequirement,
  editRequirement,
  listRequirements,
  reorderRequirement,
  retireRequirement,
} from "@/server/services/quality/reviews/manage-requirements";
import { openReview } from "@/server/services/quality/reviews/open-review";
import {
  listReviews,
  listYearOpenActions,
  readReview,
  reviewProviders,
} from "@/server/services/quality/reviews/read-reviews";
import { addObservation, recordVisit } from "@/server/services/quality/reviews/record-visit";
import { createRouter, procedureFor } from "../init";

/** The contractual requirements Quality Review 1 asks (docs/decisions/0014). */
export const qualityRequirementRouter = createRouter({
  list: procedureFor("qualityRequirement.list")
    .input(listRequirementsSchema)
    .query(({ ctx, input }) => listRequirements({ db: ctx.db, ...input })),

  add: procedureFor("qualityRequirement.manage")
    .input(addRequirementSchema)
    .mutation(({ ctx, input }) => addRequirement({ db: ctx.db, actor: ctx.actor, input })),

  edit: procedureFor("qualityRequirement.manage")
    .input(editRequirementSchema)
    .mutation(({ ctx, input }) => editRequirement({ db: ctx.db, actor: ctx.actor, input })),

  reorder: procedureFor("qualityRequirement.manage")
    .input(reorderRequirementSchema)
    .mutation(({ ctx, input }) => reorderRequirement({ db: ctx.db, actor: ctx.actor, input })),

  retire: procedureFor("qualityRequirement.manage")
    .input(requirementIdSchema)
    .mutation(({ ctx, input }) => retireRequirement({ db: ctx.db, actor: ctx.actor, input })),
});

/** Quality reviews of providers: open, answer, submit, mark, visit, feedback. */
export const reviewRouter = createRouter({
  open: procedureFor("review.open")
    .input(openReviewSchema)
    .mutation(({ ctx, input }) => openReview({ db: ctx.db, actor: ctx.actor, input })),

  providers: procedureFor("review.list").query(({ ctx }) =>
    reviewProviders({ db: ctx.db, actor: ctx.actor }),
  ),

  list: procedureFor("review.list")
    .input(listReviewsSchema)
    .query(({ ctx, input }) => listReviews({ db: ctx.db, actor: ctx.actor, ...input })),

  read: procedureFor("review.read")
    .input(reviewIdSchema)
    .query(({ ctx, input }) => readReview({ db: ctx.db, actor: ctx.actor, ...input })),

  yearOpenActions: procedureFor("review.read")
    .input(reviewIdSchema)
    .query(({ ctx, input }) => listYearOpenActions({ db: ctx.db, actor: ctx.actor, ...input })),

  answer: procedureFor("review.answer")
    .input(answerReviewSchema)
    .mutation(({ ctx, input }) => answerReview({ db: ctx.db, actor: ctx.actor, input })),

  submit: procedureFor("review.submit")
    .input(reviewIdSchema)
    .mutation(({ ctx, input }) => submitReview({ db: ctx.db, actor: ctx.actor, input })),

  judge: procedureFor("review.judge")
    .input(judgeReviewSchema)
    .mutation(({ ctx, input }) => judgeReview({ db: ctx.db, actor: ctx.actor, input })),

  recordVisit: procedureFor("review.recordVisit")
    .input(recordVisitSchema)
    .mutation(({ ctx, input }) => recordVisit({ db: ctx.db, actor: ctx.actor, input })),

  addObservation: procedureFor("review.recordVisit")
    .input(addObservationSchema)
    .mutation(({ ctx, input }) => addObservation({ db: ctx.db, actor: ctx.actor, input })),

  giveFeedback: procedureFor("review.giveFeedback")
    .input(giveFeedbackSchema)
    .mutation(({ ctx, input }) => giveFeedback({ db: ctx.db, actor: ctx.actor, input })),
});
