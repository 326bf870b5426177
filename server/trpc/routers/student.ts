import { z } from "zod";
import { chronologySchema } from "@/lib/schemas/chronology";
import { idSchema } from "@/lib/schemas/common";
import { readChronology } from "@/server/services/students/read-chronology";
import { getStudent, listStudents } from "@/server/services/students/read-students";
import { createRouter, procedureFor } from "../init";

export const studentRouter = createRouter({
  list: procedureFor("student.list")
    .input(
      z.object({
        search: z.string().trim().max(100).optional(),
        page: z.number().int().min(1).default(1),
      }),
    )
    .query(({ ctx, input }) => listStudents({ db: ctx.db, actor: ctx.actor, ...input })),

  get: procedureFor("student.read")
    .input(z.object({ studentId: idSchema }))
    .query(({ ctx, input }) =>
      getStudent({ db: ctx.db, actor: ctx.actor, studentId: input.studentId }),
    ),

  // Safeguarding events are narrowed further by concernScope inside the service.
  chronology: procedureFor("student.chronology")
    .input(chronologySchema)
    .query(({ ctx, input }) => readChronology({ db: ctx.db, actor: ctx.actor, ...input })),
});
