import {
  actionIdSchema,
  decideActionSchema,
  listQualityActionsSchema,
  revisitActionSchema,
  submitActionEvidenceSchema,
} from "@/lib/schemas/quality-action";
import { decideAction } from "@/server/services/quality/actions/decide-action";
import {
  listQualityActions,
  summariseQualityActions,
} from "@/server/services/quality/actions/list-actions";
import { readQualityAction } from "@/server/services/quality/actions/read-action";
import { revisitAction } from "@/server/services/quality/actions/revisit-action";
import { submitActionEvidence } from "@/server/services/quality/actions/submit-evidence";
import { createRouter, procedureFor } from "../init";

/** Quality actions once set in a review's feedback: evidence, decisions, revisits (ADR 0015). */
export const qualityActionRouter = createRouter({
  list: procedureFor("qualityAction.list")
    .input(listQualityActionsSchema)
    .query(({ ctx, input }) => listQualityActions({ db: ctx.db, actor: ctx.actor, ...input })),

  /** The counts on each side's dashboard: overdue, due soon, awaiting a decision. */
  summary: procedureFor("qualityAction.list").query(({ ctx }) =>
    summariseQualityActions({ db: ctx.db, actor: ctx.actor }),
  ),

  read: procedureFor("qualityAction.read")
    .input(actionIdSchema)
    .query(({ ctx, input }) => readQualityAction({ db: ctx.db, actor: ctx.actor, ...input })),

  submitEvidence: procedureFor("qualityAction.submitEvidence")
    .input(submitActionEvidenceSchema)
    .mutation(({ ctx, input }) => submitActionEvidence({ db: ctx.db, actor: ctx.actor, input })),

  decide: procedureFor("qualityAction.decide")
    .input(decideActionSchema)
    .mutation(({ ctx, input }) => decideAction({ db: ctx.db, actor: ctx.actor, input })),

  revisit: procedureFor("qualityAction.revisit")
    .input(revisitActionSchema)
    .mutation(({ ctx, input }) => revisitAction({ db: ctx.db, actor: ctx.actor, input })),
});
