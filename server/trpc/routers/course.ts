import { z } from "zod";
import { idSchema } from "@/lib/schemas/common";
import { listCourses } from "@/server/services/courses/list-courses";
import { createRouter, procedureFor } from "../init";

export const courseRouter = createRouter({
  list: procedureFor("course.list")
    .input(z.object({ providerId: idSchema.optional() }))
    .query(({ ctx, input }) => listCourses({ db: ctx.db, providerId: input.providerId })),
});
