import {
  markPaperworkSchema,
  processSchema,
  recordInterviewSchema,
  referralCreateSchema,
  referralIdSchema,
  referralListSchema,
  respondSchema,
} from "@/lib/schemas/referral";
import { createReferral } from "@/server/services/placements/create-referral";
import { processResponse } from "@/server/services/placements/process-response";
import { markPaperwork, recordInterview } from "@/server/services/placements/provider-steps";
import { getReferral, listReferrals } from "@/server/services/placements/read-referrals";
import { respondToReferral } from "@/server/services/placements/respond-to-referral";
import { createRouter, procedureFor } from "../init";

export const referralRouter = createRouter({
  create: procedureFor("referral.create")
    .input(referralCreateSchema)
    .mutation(({ ctx, input }) => createReferral({ db: ctx.db, actor: ctx.actor, input })),

  list: procedureFor("referral.list")
    .input(referralListSchema)
    .query(({ ctx, input }) => listReferrals({ db: ctx.db, actor: ctx.actor, ...input })),

  get: procedureFor("referral.read")
    .input(referralIdSchema)
    .query(({ ctx, input }) =>
      getReferral({ db: ctx.db, actor: ctx.actor, referralId: input.referralId }),
    ),

  markPaperwork: procedureFor("referral.markPaperwork")
    .input(markPaperworkSchema)
    .mutation(({ ctx, input }) => markPaperwork({ db: ctx.db, actor: ctx.actor, input })),

  recordInterview: procedureFor("referral.recordInterview")
    .input(recordInterviewSchema)
    .mutation(({ ctx, input }) => recordInterview({ db: ctx.db, actor: ctx.actor, input })),

  respond: procedureFor("referral.respond")
    .input(respondSchema)
    .mutation(({ ctx, input }) => respondToReferral({ db: ctx.db, actor: ctx.actor, input })),

  process: procedureFor("referral.process")
    .input(processSchema)
    .mutation(({ ctx, input }) => processResponse({ db: ctx.db, actor: ctx.actor, input })),
});
