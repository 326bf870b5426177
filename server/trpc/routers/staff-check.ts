import {
  providerIdSchema,
  staffCheckIdSchema,
  staffCheckSchema,
  staffCheckStatusSchema,
} from "@/lib/schemas/staff-check";
import { readCheckStatuses } from "@/server/services/quality/staff-checks/check-status";
import {
  listRecordSummaries,
  readProviderRecord,
  readStaffCheck,
} from "@/server/services/quality/staff-checks/read-staff-checks";
import { recordStaffCheck } from "@/server/services/quality/staff-checks/record-staff-check";
import { createRouter, procedureFor } from "../init";

/** The single central record of provider staff checks (DOMAIN.md workflow 5, ADR 0017). */
export const staffCheckRouter = createRouter({
  summaries: procedureFor("scr.list").query(({ ctx }) =>
    listRecordSummaries({ db: ctx.db, actor: ctx.actor }),
  ),

  list: procedureFor("scr.list")
    .input(providerIdSchema)
    .query(({ ctx, input }) => readProviderRecord({ db: ctx.db, actor: ctx.actor, ...input })),

  get: procedureFor("scr.list")
    .input(staffCheckIdSchema)
    .query(({ ctx, input }) => readStaffCheck({ db: ctx.db, actor: ctx.actor, ...input })),

  record: procedureFor("scr.record")
    .input(staffCheckSchema)
    .mutation(({ ctx, input }) => recordStaffCheck({ db: ctx.db, actor: ctx.actor, input })),

  status: procedureFor("scr.status")
    .input(staffCheckStatusSchema)
    .query(({ ctx, input }) => readCheckStatuses({ db: ctx.db, actor: ctx.actor, ...input })),
});
