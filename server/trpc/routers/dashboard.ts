import {
  adminDashboard,
  monitoringDashboard,
  providerDashboard,
  qualityDashboard,
  safeguardingDashboard,
  schoolDashboard,
} from "@/server/services/dashboards/dashboards";
import { caseloadFilterSchema } from "@/lib/schemas/caseload";
import { createRouter, procedureFor } from "../init";

// The caseload filters are optional: the dashboard without parameters shows everything.
const filter = caseloadFilterSchema.optional();

export const dashboardRouter = createRouter({
  school: procedureFor("dashboard.school")
    .input(filter)
    .query(({ ctx, input }) => schoolDashboard({ db: ctx.db, actor: ctx.actor, filter: input })),
  provider: procedureFor("dashboard.provider")
    .input(filter)
    .query(({ ctx, input }) => providerDashboard({ db: ctx.db, actor: ctx.actor, filter: input })),
  admin: procedureFor("dashboard.admin").query(({ ctx }) =>
    adminDashboard({ db: ctx.db, actor: ctx.actor }),
  ),
  monitoring: procedureFor("dashboard.monitoring")
    .input(filter)
    .query(({ ctx, input }) =>
      monitoringDashboard({ db: ctx.db, actor: ctx.actor, filter: input }),
    ),
  safeguarding: procedureFor("dashboard.safeguarding").query(({ ctx }) =>
    safeguardingDashboard({ db: ctx.db, actor: ctx.actor }),
  ),
  quality: procedureFor("dashboard.quality").query(({ ctx }) =>
    qualityDashboard({ db: ctx.db, actor: ctx.actor }),
  ),
});
