import { z } from "zod";
import {
  changeOfDayIdSchema,
  listChangesOfDaySchema,
  proposeChangeOfDaySchema,
  rejectChangeOfDaySchema,
  respondChangeOfDaySchema,
} from "@/lib/schemas/change-of-day";
import { idSchema } from "@/lib/schemas/common";
import { tickChecklistSchema } from "@/lib/schemas/withdrawal";
import {
  processChangeOfDay,
  rejectChangeOfDay,
  tickChangeChecklist,
} from "@/server/services/changes-of-day/admin-steps";
import { proposeChangeOfDay } from "@/server/services/changes-of-day/propose-change";
import {
  changeOfDayChoices,
  listChangesOfDay,
  readChangeOfDay,
} from "@/server/services/changes-of-day/read-changes";
import { respondToChangeOfDay } from "@/server/services/changes-of-day/respond-change";
import { createRouter, procedureFor } from "../init";

export const changeOfDayRouter = createRouter({
  choices: procedureFor("changeOfDay.propose")
    .input(z.object({ placementId: idSchema }))
    .query(({ ctx, input }) => changeOfDayChoices({ db: ctx.db, actor: ctx.actor, ...input })),

  propose: procedureFor("changeOfDay.propose")
    .input(proposeChangeOfDaySchema)
    .mutation(({ ctx, input }) => proposeChangeOfDay({ db: ctx.db, actor: ctx.actor, input })),

  respond: procedureFor("changeOfDay.respond")
    .input(respondChangeOfDaySchema)
    .mutation(({ ctx, input }) => respondToChangeOfDay({ db: ctx.db, actor: ctx.actor, input })),

  list: procedureFor("changeOfDay.list")
    .input(listChangesOfDaySchema)
    .query(({ ctx, input }) => listChangesOfDay({ db: ctx.db, actor: ctx.actor, ...input })),

  get: procedureFor("changeOfDay.read")
    .input(changeOfDayIdSchema)
    .query(({ ctx, input }) => readChangeOfDay({ db: ctx.db, actor: ctx.actor, ...input })),

  tickChecklist: procedureFor("changeOfDay.tickChecklist")
    .input(tickChecklistSchema)
    .mutation(({ ctx, input }) => tickChangeChecklist({ db: ctx.db, actor: ctx.actor, input })),

  process: procedureFor("changeOfDay.process")
    .input(changeOfDayIdSchema)
    .mutation(({ ctx, input }) => processChangeOfDay({ db: ctx.db, actor: ctx.actor, input })),

  reject: procedureFor("changeOfDay.reject")
    .input(rejectChangeOfDaySchema)
    .mutation(({ ctx, input }) => rejectChangeOfDay({ db: ctx.db, actor: ctx.actor, input })),
});
