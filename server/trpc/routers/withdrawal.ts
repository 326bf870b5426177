import { z } from "zod";
import { idSchema } from "@/lib/schemas/common";
import {
  exportWithdrawalsSchema,
  listWithdrawalsSchema,
  recordWithdrawalMeetingSchema,
  rejectWithdrawalSchema,
  requestWithdrawalSchema,
  tickChecklistSchema,
  withdrawalIdSchema,
} from "@/lib/schemas/withdrawal";
import {
  processWithdrawal,
  rejectWithdrawal,
  tickWithdrawalChecklist,
} from "@/server/services/withdrawals/admin-steps";
import { exportWithdrawals } from "@/server/services/withdrawals/export-withdrawals";
import {
  listWithdrawals,
  readWithdrawal,
  withdrawalChoices,
} from "@/server/services/withdrawals/read-withdrawals";
import { requestWithdrawal } from "@/server/services/withdrawals/request-withdrawal";
import {
  recordWithdrawalMeeting,
  submitWithdrawal,
  withdrawWithdrawalRequest,
} from "@/server/services/withdrawals/requester-steps";
import { createRouter, procedureFor } from "../init";

export const withdrawalRouter = createRouter({
  choices: procedureFor("withdrawal.request")
    .input(z.object({ placementId: idSchema }))
    .query(({ ctx, input }) => withdrawalChoices({ db: ctx.db, actor: ctx.actor, ...input })),

  request: procedureFor("withdrawal.request")
    .input(requestWithdrawalSchema)
    .mutation(({ ctx, input }) => requestWithdrawal({ db: ctx.db, actor: ctx.actor, input })),

  recordMeeting: procedureFor("withdrawal.recordMeeting")
    .input(recordWithdrawalMeetingSchema)
    .mutation(({ ctx, input }) => recordWithdrawalMeeting({ db: ctx.db, actor: ctx.actor, input })),

  submit: procedureFor("withdrawal.submit")
    .input(withdrawalIdSchema)
    .mutation(({ ctx, input }) => submitWithdrawal({ db: ctx.db, actor: ctx.actor, input })),

  withdraw: procedureFor("withdrawal.withdraw")
    .input(withdrawalIdSchema)
    .mutation(({ ctx, input }) =>
      withdrawWithdrawalRequest({ db: ctx.db, actor: ctx.actor, input }),
    ),

  list: procedureFor("withdrawal.list")
    .input(listWithdrawalsSchema)
    .query(({ ctx, input }) => listWithdrawals({ db: ctx.db, actor: ctx.actor, ...input })),

  get: procedureFor("withdrawal.read")
    .input(withdrawalIdSchema)
    .query(({ ctx, input }) => readWithdrawal({ db: ctx.db, actor: ctx.actor, ...input })),

  tickChecklist: procedureFor("withdrawal.tickChecklist")
    .input(tickChecklistSchema)
    .mutation(({ ctx, input }) => tickWithdrawalChecklist({ db: ctx.db, actor: ctx.actor, input })),

  process: procedureFor("withdrawal.process")
    .input(withdrawalIdSchema)
    .mutation(({ ctx, input }) => processWithdrawal({ db: ctx.db, actor: ctx.actor, input })),

  reject: procedureFor("withdrawal.reject")
    .input(rejectWithdrawalSchema)
    .mutation(({ ctx, input }) => rejectWithdrawal({ db: ctx.db, actor: ctx.actor, input })),

  export: procedureFor("withdrawal.export")
    .input(exportWithdrawalsSchema)
    .query(async ({ ctx, input }) => ({
      filename: `withdrawals-processed-${input.from}-to-${input.to}.csv`,
      csv: await exportWithdrawals({ db: ctx.db, actor: ctx.actor, ...input }),
    })),
});
