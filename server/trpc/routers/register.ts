import { z } from "zod";
import { REGISTER_SESSIONS } from "@/lib/attendance";
import { caseloadFilterSchema } from "@/lib/schemas/caseload";
import { dateField, idSchema } from "@/lib/schemas/common";
import { registerExportSchema, registerSubmitSchema } from "@/lib/schemas/register";
import {
  readRegisterSheet,
  readStudentAttendance,
} from "@/server/services/monitoring/read-register";
import { exportRegisterMarks } from "@/server/services/monitoring/export-register-marks";
import { listMissingRegisters } from "@/server/services/monitoring/missing-registers";
import { submitRegister } from "@/server/services/monitoring/submit-register";
import { createRouter, procedureFor } from "../init";

export const registerRouter = createRouter({
  sheet: procedureFor("register.read")
    .input(
      z.object({
        date: dateField("the date of the register"),
        session: z.enum(REGISTER_SESSIONS, { error: "Select morning or afternoon" }),
      }),
    )
    .query(({ ctx, input }) => readRegisterSheet({ db: ctx.db, actor: ctx.actor, ...input })),

  submit: procedureFor("register.submit")
    .input(registerSubmitSchema)
    .mutation(({ ctx, input }) => submitRegister({ db: ctx.db, actor: ctx.actor, input })),

  missing: procedureFor("register.missing")
    .input(caseloadFilterSchema.pick({ providerId: true }).optional())
    .query(({ ctx, input }) =>
      listMissingRegisters({ db: ctx.db, actor: ctx.actor, providerId: input?.providerId }),
    ),

  export: procedureFor("register.export")
    .input(registerExportSchema)
    .query(async ({ ctx, input }) => ({
      filename: `register-marks-${input.from}-to-${input.to}.csv`,
      csv: await exportRegisterMarks({ db: ctx.db, actor: ctx.actor, ...input }),
    })),

  studentAttendance: procedureFor("attendance.read")
    .input(z.object({ studentId: idSchema }))
    .query(({ ctx, input }) =>
      readStudentAttendance({ db: ctx.db, actor: ctx.actor, studentId: input.studentId }),
    ),
});
