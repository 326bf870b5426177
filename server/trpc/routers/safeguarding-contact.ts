import { z } from "zod";
import { safeguardingContactSchema } from "@/lib/schemas/concern";
import { can } from "@/server/auth/permissions";
import {
  listSafeguardingContacts,
  upsertSafeguardingContact,
} from "@/server/services/safeguarding/safeguarding-contacts";
import { createRouter, procedureFor } from "../init";

export const safeguardingContactRouter = createRouter({
  list: procedureFor("safeguardingContact.list")
    .input(z.object({ includeInactive: z.boolean().optional() }).optional())
    .query(({ ctx, input }) =>
      listSafeguardingContacts({
        db: ctx.db,
        // Only the lead, who keeps the directory, sees the contacts taken out of it.
        includeInactive:
          Boolean(input?.includeInactive) && can(ctx.actor.roles, "safeguardingContact.upsert"),
      }),
    ),

  upsert: procedureFor("safeguardingContact.upsert")
    .input(safeguardingContactSchema)
    .mutation(({ ctx, input }) =>
      upsertSafeguardingContact({ db: ctx.db, actor: ctx.actor, input }),
    ),
});
