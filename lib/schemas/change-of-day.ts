import { z } from "zod";
import { dateField, idSchema, requiredText, WEEKDAY_LABEL, WEEKDAYS, weekdayOf } from "./common";
import { impactFields } from "./withdrawal";

export const CHANGE_OF_DAY_STATUSES = [
  "PROPOSED",
  "AGREED",
  "DECLINED",
  "PROCESSED",
  "REJECTED",
] as const;

/**
 * The school's proposal to move one placement day to another. The date it takes effect is
 * the first session on the new day, so it must fall on that day.
 */
export const proposeChangeOfDaySchema = z
  .object({
    placementId: idSchema,
    fromDay: z.enum(WEEKDAYS, { error: "Select the day the student attends now" }),
    toDay: z.enum(WEEKDAYS, { error: "Select the day the student will attend instead" }),
    effectiveDate: dateField("the date of the first session on the new day"),
    reason: requiredText("the reason for the change", 2000),
    ...impactFields,
  })
  .superRefine((value, context) => {
    if (value.fromDay === value.toDay) {
      context.addIssue({
        code: "custom",
        path: ["toDay"],
        message: "Select a different day from the one the student attends now",
      });
      return;
    }
    const weekday = weekdayOf(value.effectiveDate);
    if (/^\d{4}-\d{2}-\d{2}$/.test(value.effectiveDate) && weekday !== value.toDay) {
      context.addIssue({
        code: "custom",
        path: ["effectiveDate"],
        message:
          "The date of the first session on the new day must be a " + WEEKDAY_LABEL[value.toDay],
      });
    }
  });
export type ProposeChangeOfDayInput = z.input<typeof proposeChangeOfDaySchema>;

/** The provider's answer, with its reason and its own view of the effect on the student. */
export const respondChangeOfDaySchema = z.object({
  requestId: idSchema,
  decision: z.enum(["AGREED", "DECLINED"], { error: "Select whether you agree to the change" }),
  reason: requiredText("the reason for your answer", 2000),
  ...impactFields,
});
export type RespondChangeOfDayInput = z.input<typeof respondChangeOfDaySchema>;

export const changeOfDayIdSchema = z.object({ requestId: idSchema });

export const listChangesOfDaySchema = z.object({
  status: z.enum(CHANGE_OF_DAY_STATUSES).optional(),
  /** Only agreed requests due today or late: the admin's dashboard. */
  dueOrLate: z.boolean().optional(),
  page: z.number().int().min(1).default(1),
});

/** The admin closes an agreed change that can no longer be processed, saying why. */
export const rejectChangeOfDaySchema = z.object({
  requestId: idSchema,
  reason: requiredText("the reason for rejecting the change of day", 2000),
});
export type RejectChangeOfDayInput = z.input<typeof rejectChangeOfDaySchema>;
