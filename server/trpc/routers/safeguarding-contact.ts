import { safeguardingContactSchema } from "@/lib/schemas/concern";
import {
  listSafeguardingContacts,
  upsertSafeguardingContact,
} from "@/server/services/safeguarding/safeguarding-contacts";
import { createRouter, procedureFor } from "../init";

export const safeguardingContactRouter = createRouter({
  list: procedureFor("safeguardingContact.list").query(({ ctx }) =>
    listSafeguardingContacts({ db: ctx.db }),
  ),

  upsert: procedureFor("safeguardingContact.upsert")
    .input(safeguardingContactSchema)
    .mutation(({ ctx, input }) =>
      upsertSafeguardingContact({ db: ctx.db, actor: ctx.actor, input }),
    ),
});
