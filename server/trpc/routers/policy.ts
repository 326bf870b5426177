import {
  adoptPolicySchema,
  createPolicySchema,
  decideAdoptionSchema,
  policyIdSchema,
  publishVersionSchema,
} from "@/lib/schemas/policy";
import { adoptPolicy, decideAdoption } from "@/server/services/quality/policies/adopt-policy";
import {
  createPolicy,
  publishVersion,
  retirePolicy,
} from "@/server/services/quality/policies/publish-policy";
import {
  listPolicies,
  policyGrid,
  readPolicy,
} from "@/server/services/quality/policies/read-policies";
import { createRouter, procedureFor } from "../init";

/** The policy bank: versioned service policies and each provider's answer (ADR 0017). */
export const policyRouter = createRouter({
  list: procedureFor("policy.list").query(({ ctx }) =>
    listPolicies({ db: ctx.db, actor: ctx.actor }),
  ),

  get: procedureFor("policy.list")
    .input(policyIdSchema)
    .query(({ ctx, input }) => readPolicy({ db: ctx.db, actor: ctx.actor, ...input })),

  create: procedureFor("policy.publish")
    .input(createPolicySchema)
    .mutation(({ ctx, input }) => createPolicy({ db: ctx.db, actor: ctx.actor, input })),

  publish: procedureFor("policy.publish")
    .input(publishVersionSchema)
    .mutation(({ ctx, input }) => publishVersion({ db: ctx.db, actor: ctx.actor, input })),

  retire: procedureFor("policy.publish")
    .input(policyIdSchema)
    .mutation(({ ctx, input }) => retirePolicy({ db: ctx.db, actor: ctx.actor, input })),

  adopt: procedureFor("policy.adopt")
    .input(adoptPolicySchema)
    .mutation(({ ctx, input }) => adoptPolicy({ db: ctx.db, actor: ctx.actor, input })),

  decide: procedureFor("policy.decide")
    .input(decideAdoptionSchema)
    .mutation(({ ctx, input }) => decideAdoption({ db: ctx.db, actor: ctx.actor, input })),

  grid: procedureFor("policy.grid").query(({ ctx }) => policyGrid({ db: ctx.db })),
});
