import { indicatorYearSchema, providerIndicatorsSchema } from "@/lib/schemas/indicator";
import {
  listIndicators,
  readProviderIndicators,
} from "@/server/services/quality/indicators/read-indicators";
import { createRouter, procedureFor } from "../init";

/** Providers' key performance indicators, computed from the records (ADR 0016). */
export const indicatorRouter = createRouter({
  list: procedureFor("kpi.read")
    .input(indicatorYearSchema)
    .query(({ ctx, input }) => listIndicators({ db: ctx.db, actor: ctx.actor, ...input })),

  get: procedureFor("kpi.read")
    .input(providerIndicatorsSchema)
    .query(({ ctx, input }) => readProviderIndicators({ db: ctx.db, actor: ctx.actor, ...input })),
});
