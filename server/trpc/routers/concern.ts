import {
  concernAssignSchema,
  concernCloseSchema,
  concernDecisionSchema,
  concernEntrySchema,
  concernIdSchema,
  concernListSchema,
  concernRaiseSchema,
  concernViewersSchema,
  schoolAlertSchema,
} from "@/lib/schemas/concern";
import { addConcernEntry } from "@/server/services/safeguarding/add-entry";
import { listConcernViewers } from "@/server/services/safeguarding/concern-viewers";
import {
  acknowledgeAlert,
  decideConcern,
  recordSchoolAlert,
} from "@/server/services/safeguarding/dsl-steps";
import { raiseConcern } from "@/server/services/safeguarding/raise-concern";
import { getConcern, listConcerns } from "@/server/services/safeguarding/read-concerns";
import { assignConcern, closeConcern, listAssignees } from "@/server/services/safeguarding/triage";
import { createRouter, procedureFor } from "../init";

// Which concerns a caller sees is stricter than organisation scope (server/auth/scope.ts,
// concernScope): the permission table only says who may ask.
export const concernRouter = createRouter({
  raise: procedureFor("concern.raise")
    .input(concernRaiseSchema)
    .mutation(({ ctx, input }) => raiseConcern({ db: ctx.db, actor: ctx.actor, input })),

  list: procedureFor("concern.list")
    .input(concernListSchema)
    .query(({ ctx, input }) => listConcerns({ db: ctx.db, actor: ctx.actor, ...input })),

  get: procedureFor("concern.read")
    .input(concernIdSchema)
    .query(({ ctx, input }) =>
      getConcern({ db: ctx.db, actor: ctx.actor, concernId: input.concernId }),
    ),

  addEntry: procedureFor("concern.addEntry")
    .input(concernEntrySchema)
    .mutation(({ ctx, input }) => addConcernEntry({ db: ctx.db, actor: ctx.actor, input })),

  recordSchoolAlert: procedureFor("concern.recordSchoolAlert")
    .input(schoolAlertSchema)
    .mutation(({ ctx, input }) => recordSchoolAlert({ db: ctx.db, actor: ctx.actor, input })),

  decide: procedureFor("concern.decide")
    .input(concernDecisionSchema)
    .mutation(({ ctx, input }) => decideConcern({ db: ctx.db, actor: ctx.actor, input })),

  acknowledgeAlert: procedureFor("concern.acknowledgeAlert")
    .input(concernIdSchema)
    .mutation(({ ctx, input }) => acknowledgeAlert({ db: ctx.db, actor: ctx.actor, input })),

  assign: procedureFor("concern.assign")
    .input(concernAssignSchema)
    .mutation(({ ctx, input }) => assignConcern({ db: ctx.db, actor: ctx.actor, input })),

  assignees: procedureFor("concern.assignees").query(({ ctx }) => listAssignees({ db: ctx.db })),

  close: procedureFor("concern.close")
    .input(concernCloseSchema)
    .mutation(({ ctx, input }) => closeConcern({ db: ctx.db, actor: ctx.actor, input })),

  viewers: procedureFor("concern.viewers")
    .input(concernViewersSchema)
    .query(({ ctx, input }) =>
      listConcernViewers({ db: ctx.db, actor: ctx.actor, studentId: input.studentId }),
    ),
});
