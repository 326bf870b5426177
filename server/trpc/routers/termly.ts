import {
  addChecklistItemSchema,
  checklistItemIdSchema,
  confirmTermSchema,
  editChecklistItemSchema,
  moveChecklistItemSchema,
} from "@/lib/schemas/termly";
import { confirmTerm } from "@/server/services/quality/termly/confirm-term";
import {
  addChecklistItem,
  editChecklistItem,
  moveChecklistItem,
  readChecklist,
  retireChecklistItem,
} from "@/server/services/quality/termly/manage-checklist";
import { listTermly } from "@/server/services/quality/termly/read-termly";
import { createRouter, procedureFor } from "../init";

/** Termly quality confirmation: the service's checklist and each provider's confirmations. */
export const termlyRouter = createRouter({
  list: procedureFor("termly.list").query(({ ctx }) =>
    listTermly({ db: ctx.db, actor: ctx.actor }),
  ),

  checklist: procedureFor("termly.list").query(({ ctx }) =>
    readChecklist({ db: ctx.db, actor: ctx.actor }),
  ),

  confirm: procedureFor("termly.confirm")
    .input(confirmTermSchema)
    .mutation(({ ctx, input }) => confirmTerm({ db: ctx.db, actor: ctx.actor, input })),

  addItem: procedureFor("termly.manageChecklist")
    .input(addChecklistItemSchema)
    .mutation(({ ctx, input }) => addChecklistItem({ db: ctx.db, actor: ctx.actor, input })),

  editItem: procedureFor("termly.manageChecklist")
    .input(editChecklistItemSchema)
    .mutation(({ ctx, input }) => editChecklistItem({ db: ctx.db, actor: ctx.actor, input })),

  moveItem: procedureFor("termly.manageChecklist")
    .input(moveChecklistItemSchema)
    .mutation(({ ctx, input }) => moveChecklistItem({ db: ctx.db, actor: ctx.actor, input })),

  retireItem: procedureFor("termly.manageChecklist")
    .input(checklistItemIdSchema)
    .mutation(({ ctx, input }) => retireChecklistItem({ db: ctx.db, actor: ctx.actor, input })),
});
