import { z } from "zod";
import { ABSENCE_REASONS, ATTENDANCE_MARKS, REGISTER_SESSIONS } from "@/lib/attendance";
import { dateField, idSchema } from "./common";

/** The longest lateness worth recording as "late" rather than as a missed session. */
export const MAX_LATE_MINUTES = 180;

const markSchema = z
  .object({
    placementId: idSchema,
    mark: z.enum(ATTENDANCE_MARKS, { error: "Select present, late, absent or not expected" }),
    // A blank field is "not entered", not zero minutes.
    lateMinutes: z.preprocess(
      (value) =>
        value === null || (typeof value === "string" && !value.trim()) ? undefined : value,
      z.coerce
        .number({ error: "Enter how many minutes late, as a number" })
        .int("Enter how many minutes late, as a whole number")
        .min(1, "Minutes late must be 1 or more")
        .max(MAX_LATE_MINUTES, `Minutes late must be ${MAX_LATE_MINUTES} or fewer`)
        .optional(),
    ),
    absenceReason: z
      .enum(ABSENCE_REASONS, { error: "Select the reason for the absence" })
      .optional(),
    note: z
      .string()
      .trim()
      .max(500, "The note must be 500 characters or fewer")
      .optional()
      .transform((value) => value || undefined),
  })
  .superRefine((value, context) => {
    if (value.mark === "LATE" && value.lateMinutes === undefined) {
      context.addIssue({
        code: "custom",
        path: ["lateMinutes"],
        message: "Enter how many minutes late the student arrived",
      });
    }
  })
  // What does not belong to the mark is dropped, so a correction cannot leave a stale
  // reason on a present mark.
  .transform((value) => ({
    ...value,
    lateMinutes: value.mark === "LATE" ? value.lateMinutes : undefined,
    absenceReason: value.mark === "ABSENT" ? (value.absenceReason ?? "NOT_KNOWN") : undefined,
  }));

export const registerSubmitSchema = z.object({
  date: dateField("the date of the register"),
  session: z.enum(REGISTER_SESSIONS, { error: "Select morning or afternoon" }),
  marks: z
    .array(markSchema, { error: "Mark at least one student" })
    .min(1, "Mark at least one student")
    .max(200, "Submit 200 marks or fewer at once")
    .refine(
      (list) => new Set(list.map((item) => item.placementId)).size === list.length,
      "Mark each student once",
    ),
});
export type RegisterSubmitInput = z.input<typeof registerSubmitSchema>;
export type RegisterSubmission = z.output<typeof registerSubmitSchema>;

/** The dates of a register export for the school's MIS. */
export const registerExportSchema = z
  .object({
    from: dateField("the first date to export"),
    to: dateField("the last date to export"),
  })
  .refine((value) => value.to >= value.from, {
    path: ["to"],
    message: "The last date must be the same as or after the first date",
  });
