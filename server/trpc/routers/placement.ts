import { z } from "zod";
import { listPlacements } from "@/server/services/placements/list-placements";
import { createRouter, procedureFor } from "../init";

export const placementRouter = createRouter({
  list: procedureFor("placement.list")
    .input(
      z.object({
        status: z.enum(["ACTIVE", "COMPLETED", "WITHDRAWN"]).optional(),
        page: z.number().int().min(1).default(1),
      }),
    )
    .query(({ ctx, input }) => listPlacements({ db: ctx.db, actor: ctx.actor, ...input })),
});
