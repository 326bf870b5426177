import { consentIdSchema, recordConsentSchema, withdrawConsentSchema } from "@/lib/schemas/consent";
import {
  consentStudentChoices,
  listConsents,
  readConsent,
} from "@/server/services/quality/consent/read-consents";
import { recordConsent, withdrawConsent } from "@/server/services/quality/consent/record-consent";
import { createRouter, procedureFor } from "../init";

export const consentRouter = createRouter({
  list: procedureFor("consent.list").query(({ ctx }) =>
    listConsents({ db: ctx.db, actor: ctx.actor }),
  ),

  get: procedureFor("consent.list")
    .input(consentIdSchema)
    .query(({ ctx, input }) => readConsent({ db: ctx.db, actor: ctx.actor, ...input })),

  students: procedureFor("consent.record").query(({ ctx }) =>
    consentStudentChoices({ db: ctx.db, actor: ctx.actor }),
  ),

  record: procedureFor("consent.record")
    .input(recordConsentSchema)
    .mutation(({ ctx, input }) => recordConsent({ db: ctx.db, actor: ctx.actor, input })),

  withdraw: procedureFor("consent.withdraw")
    .input(withdrawConsentSchema)
    .mutation(({ ctx, input }) => withdrawConsent({ db: ctx.db, actor: ctx.actor, input })),
});
