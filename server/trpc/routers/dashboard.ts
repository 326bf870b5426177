import {
  adminDashboard,
  monitoringDashboard,
  providerDashboard,
  qualityDashboard,
  safeguardingDashboard,
  schoolDashboard,
} from "@/server/services/dashboards/dashboards";
import { createRouter, procedureFor } from "../init";

export const dashboardRouter = createRouter({
  school: procedureFor("dashboard.school").query(({ ctx }) =>
    schoolDashboard({ db: ctx.db, actor: ctx.actor }),
  ),
  provider: procedureFor("dashboard.provider").query(({ ctx }) =>
    providerDashboard({ db: ctx.db, actor: ctx.actor }),
  ),
  admin: procedureFor("dashboard.admin").query(({ ctx }) =>
    adminDashboard({ db: ctx.db, actor: ctx.actor }),
  ),
  monitoring: procedureFor("dashboard.monitoring").query(({ ctx }) =>
    monitoringDashboard({ db: ctx.db, actor: ctx.actor }),
  ),
  safeguarding: procedureFor("dashboard.safeguarding").query(({ ctx }) =>
    safeguardingDashboard({ db: ctx.db, actor: ctx.actor }),
  ),
  quality: procedureFor("dashboard.quality").query(({ ctx }) =>
    qualityDashboard({ db: ctx.db, actor: ctx.actor }),
  ),
});
