import {
  allegationEntrySchema,
  allegationIdSchema,
  allegationListSchema,
  allegationOutcomeSchema,
  allegationReportSchema,
  allegationThresholdsSchema,
  ladoContactSchema,
} from "@/lib/schemas/allegation";
import {
  addAllegationEntry,
  recordLadoContact,
  recordOutcome,
  recordThresholds,
} from "@/server/services/allegations/lead-steps";
import {
  countOpenAllegations,
  getAllegation,
  listAllegations,
} from "@/server/services/allegations/read-allegations";
import { listEmployers, reportAllegation } from "@/server/services/allegations/report-allegation";
import { createRouter, procedureFor } from "../init";

// Allegations about adults (the LADO route) are seen only by their reporter and the service
// lead (allegation-access.ts): the permission table only says who may ask.
export const allegationRouter = createRouter({
  report: procedureFor("allegation.report")
    .input(allegationReportSchema)
    .mutation(({ ctx, input }) => reportAllegation({ db: ctx.db, actor: ctx.actor, input })),

  /** The organisations a reporter chooses the adult's employer from. */
  employers: procedureFor("allegation.report").query(({ ctx }) => listEmployers({ db: ctx.db })),

  list: procedureFor("allegation.list")
    .input(allegationListSchema)
    .query(({ ctx, input }) => listAllegations({ db: ctx.db, actor: ctx.actor, ...input })),

  get: procedureFor("allegation.read")
    .input(allegationIdSchema)
    .query(({ ctx, input }) =>
      getAllegation({ db: ctx.db, actor: ctx.actor, allegationId: input.allegationId }),
    ),

  addEntry: procedureFor("allegation.addEntry")
    .input(allegationEntrySchema)
    .mutation(({ ctx, input }) => addAllegationEntry({ db: ctx.db, actor: ctx.actor, input })),

  recordThresholds: procedureFor("allegation.recordThresholds")
    .input(allegationThresholdsSchema)
    .mutation(({ ctx, input }) => recordThresholds({ db: ctx.db, actor: ctx.actor, input })),

  recordLadoContact: procedureFor("allegation.recordLadoContact")
    .input(ladoContactSchema)
    .mutation(({ ctx, input }) => recordLadoContact({ db: ctx.db, actor: ctx.actor, input })),

  recordOutcome: procedureFor("allegation.recordOutcome")
    .input(allegationOutcomeSchema)
    .mutation(({ ctx, input }) => recordOutcome({ db: ctx.db, actor: ctx.actor, input })),

  countOpen: procedureFor("allegation.countOpen").query(({ ctx }) =>
    countOpenAllegations({ db: ctx.db, actor: ctx.actor }),
  ),
});
