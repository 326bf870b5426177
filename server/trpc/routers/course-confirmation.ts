import {
  courseConfirmationIdSchema,
  decideCourseConfirmationSchema,
  listCourseConfirmationsSchema,
  submitCourseConfirmationSchema,
} from "@/lib/schemas/course-confirmation";
import { decideConfirmation } from "@/server/services/quality/course-confirmations/decide-confirmation";
import {
  listConfirmations,
  readConfirmation,
} from "@/server/services/quality/course-confirmations/read-confirmations";
import { submitConfirmation } from "@/server/services/quality/course-confirmations/submit-confirmation";
import { createRouter, procedureFor } from "../init";

export const courseConfirmationRouter = createRouter({
  submit: procedureFor("courseConfirmation.submit")
    .input(submitCourseConfirmationSchema)
    .mutation(({ ctx, input }) => submitConfirmation({ db: ctx.db, actor: ctx.actor, input })),

  list: procedureFor("courseConfirmation.list")
    .input(listCourseConfirmationsSchema)
    .query(({ ctx, input }) => listConfirmations({ db: ctx.db, actor: ctx.actor, ...input })),

  get: procedureFor("courseConfirmation.list")
    .input(courseConfirmationIdSchema)
    .query(({ ctx, input }) => readConfirmation({ db: ctx.db, actor: ctx.actor, ...input })),

  decide: procedureFor("courseConfirmation.decide")
    .input(decideCourseConfirmationSchema)
    .mutation(({ ctx, input }) => decideConfirmation({ db: ctx.db, actor: ctx.actor, input })),
});
