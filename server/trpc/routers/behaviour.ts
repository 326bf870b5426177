import {
  behaviourIncidentIdSchema,
  behaviourListSchema,
  behaviourLogSchema,
  behaviourWithdrawSchema,
} from "@/lib/schemas/behaviour";
import { logIncident } from "@/server/services/behaviour/log-incident";
import {
  getIncident,
  listIncidents,
  listIncidentStudents,
} from "@/server/services/behaviour/read-incidents";
import { withdrawIncident } from "@/server/services/behaviour/withdraw-incident";
import { createRouter, procedureFor } from "../init";

export const behaviourRouter = createRouter({
  log: procedureFor("behaviour.log")
    .input(behaviourLogSchema)
    .mutation(({ ctx, input }) => logIncident({ db: ctx.db, actor: ctx.actor, input })),

  // The students a provider may name in an incident: those on its active placements.
  students: procedureFor("behaviour.log").query(({ ctx }) =>
    listIncidentStudents({ db: ctx.db, actor: ctx.actor }),
  ),

  list: procedureFor("behaviour.list")
    .input(behaviourListSchema)
    .query(({ ctx, input }) => listIncidents({ db: ctx.db, actor: ctx.actor, ...input })),

  get: procedureFor("behaviour.read")
    .input(behaviourIncidentIdSchema)
    .query(({ ctx, input }) =>
      getIncident({ db: ctx.db, actor: ctx.actor, incidentId: input.incidentId }),
    ),

  withdraw: procedureFor("behaviour.withdraw")
    .input(behaviourWithdrawSchema)
    .mutation(({ ctx, input }) => withdrawIncident({ db: ctx.db, actor: ctx.actor, ...input })),
});
