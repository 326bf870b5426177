import { concernIdSchema } from "@/lib/schemas/concern";
import { exploitationAssessSchema } from "@/lib/schemas/exploitation";
import {
  policeIntelligenceCreateSchema,
  policeIntelligenceIdSchema,
  policeIntelligenceSentSchema,
} from "@/lib/schemas/police-intelligence";
import {
  preventFormSchema,
  preventOutcomeSchema,
  preventSentSchema,
  preventStartSchema,
} from "@/lib/schemas/prevent";
import {
  assessExploitation,
  listExploitationAssessments,
} from "@/server/services/safeguarding/assess-exploitation";
import { summariseOnwardReferrals } from "@/server/services/safeguarding/onward-summary";
import {
  createPoliceIntelligence,
  exportPoliceIntelligence,
  getPoliceIntelligence,
  listPoliceIntelligence,
  markPoliceIntelligenceSent,
} from "@/server/services/safeguarding/police-intelligence";
import {
  getPreventReferral,
  markPreventReferralSent,
  recordPreventOutcome,
  startPreventReferral,
  updatePreventReferral,
} from "@/server/services/safeguarding/prevent-referral";
import { createRouter, procedureFor } from "../init";

// Onward referrals from a concern (docs/decisions/0005-onward-referrals.md). Every service
// finds the concern through concernScope and then asks whether the caller may refer it on.

export const onwardRouter = createRouter({
  summary: procedureFor("onward.summary")
    .input(concernIdSchema)
    .query(({ ctx, input }) => summariseOnwardReferrals({ db: ctx.db, actor: ctx.actor, input })),
});

export const exploitationRouter = createRouter({
  assess: procedureFor("exploitation.assess")
    .input(exploitationAssessSchema)
    .mutation(({ ctx, input }) => assessExploitation({ db: ctx.db, actor: ctx.actor, input })),

  history: procedureFor("exploitation.read")
    .input(concernIdSchema)
    .query(({ ctx, input }) =>
      listExploitationAssessments({ db: ctx.db, actor: ctx.actor, input }),
    ),
});

export const policeIntelligenceRouter = createRouter({
  create: procedureFor("policeIntelligence.create")
    .input(policeIntelligenceCreateSchema)
    .mutation(({ ctx, input }) =>
      createPoliceIntelligence({ db: ctx.db, actor: ctx.actor, input }),
    ),

  list: procedureFor("policeIntelligence.read")
    .input(concernIdSchema)
    .query(({ ctx, input }) => listPoliceIntelligence({ db: ctx.db, actor: ctx.actor, input })),

  get: procedureFor("policeIntelligence.read")
    .input(policeIntelligenceIdSchema)
    .query(({ ctx, input }) => getPoliceIntelligence({ db: ctx.db, actor: ctx.actor, input })),

  export: procedureFor("policeIntelligence.export")
    .input(policeIntelligenceIdSchema)
    .query(({ ctx, input }) => exportPoliceIntelligence({ db: ctx.db, actor: ctx.actor, input })),

  markSent: procedureFor("policeIntelligence.markSent")
    .input(policeIntelligenceSentSchema)
    .mutation(({ ctx, input }) =>
      markPoliceIntelligenceSent({ db: ctx.db, actor: ctx.actor, input }),
    ),
});

export const preventRouter = createRouter({
  start: procedureFor("prevent.start")
    .input(preventStartSchema)
    .mutation(({ ctx, input }) => startPreventReferral({ db: ctx.db, actor: ctx.actor, input })),

  get: procedureFor("prevent.read")
    .input(concernIdSchema)
    .query(({ ctx, input }) => getPreventReferral({ db: ctx.db, actor: ctx.actor, input })),

  update: procedureFor("prevent.update")
    .input(preventFormSchema)
    .mutation(({ ctx, input }) => updatePreventReferral({ db: ctx.db, actor: ctx.actor, input })),

  markSent: procedureFor("prevent.markSent")
    .input(preventSentSchema)
    .mutation(({ ctx, input }) => markPreventReferralSent({ db: ctx.db, actor: ctx.actor, input })),

  recordOutcome: procedureFor("prevent.recordOutcome")
    .input(preventOutcomeSchema)
    .mutation(({ ctx, input }) => recordPreventOutcome({ db: ctx.db, actor: ctx.actor, input })),
});
