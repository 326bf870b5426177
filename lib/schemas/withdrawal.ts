import { z } from "zod";
import { formatDate } from "@/lib/dates";
import { capitalise, dateField, idSchema, requiredText, WEEKDAYS, weekendDayOf } from "./common";
import { optionalDateField } from "./fields";

export const WITHDRAWAL_STATUSES = [
  "DRAFT",
  "SUBMITTED",
  "PROCESSED",
  "WITHDRAWN",
  "REJECTED",
] as const;
export type WithdrawalStatusValue = (typeof WITHDRAWAL_STATUSES)[number];

/** The back-office systems the admin keeps in step, each a ticked step of the checklist. */
export const CHECKLIST_STEPS = ["CLM", "CAPITA"] as const;
export type ChecklistStep = (typeof CHECKLIST_STEPS)[number];
/** The back-office systems as the admin knows them. */
export const CHECKLIST_STEP_LABEL: Record<ChecklistStep, string> = { CLM: "CLM", CAPITA: "Capita" };

/** The effect on the student DOMAIN.md asks every request to record. */
export const impactFields = {
  impactAchievement: requiredText("the effect on the student's achievement", 2000),
  impactHealth: requiredText("the effect on the student's health", 2000),
  impactWellbeing: requiredText("the effect on the student's well-being", 2000),
};

const EFFECTIVE_DATE = "the date the withdrawal takes effect";

/**
 * A request takes effect on a working day (ADR 0013): no session runs at the weekend or on
 * a bank holiday. The browser knows weekends; the server also knows the bank holidays.
 */
export function notWorkingDayMessage(what: string, date: string, why: string): string {
  return `${capitalise(what)} must be a working day: ${formatDate(date)} is ${why}`;
}

const withdrawalBase = z.object({
  placementIds: z
    .array(idSchema, { error: "Select the placements to withdraw from" })
    .min(1, "Select the placements to withdraw from"),
  extent: z.enum(["ALL_DAYS", "SOME_DAYS"], {
    error: "Select whether the student leaves every day or only some",
  }),
  days: z.array(z.enum(WEEKDAYS)).default([]),
  effectiveDate: dateField(EFFECTIVE_DATE),
  reason: requiredText("the reason for the withdrawal"),
  ...impactFields,
  /** Schools only: whether the monitoring officer was consulted ("YES"/"NO"). */
  moConsulted: z.enum(["YES", "NO"]).optional(),
  moConsultedOn: optionalDateField("the date the monitoring officer was consulted"),
});

/**
 * A withdrawal request as the school or provider fills it in. Whether the MO question is
 * required depends on who asks, so the server checks it (a school must answer it).
 */
export const requestWithdrawalSchema = withdrawalBase.superRefine((value, context) => {
  if (value.extent === "SOME_DAYS" && value.days.length === 0) {
    context.addIssue({ code: "custom", path: ["days"], message: "Select the days withdrawn" });
  }
  const weekend = weekendDayOf(value.effectiveDate);
  if (weekend) {
    context.addIssue({
      code: "custom",
      path: ["effectiveDate"],
      message: notWorkingDayMessage(EFFECTIVE_DATE, value.effectiveDate, `a ${weekend}`),
    });
  }
  if (value.moConsulted === "YES" && !value.moConsultedOn) {
    context.addIssue({
      code: "custom",
      path: ["moConsultedOn"],
      message: "Enter the date the monitoring officer was consulted",
    });
  }
});
export type RequestWithdrawalInput = z.input<typeof requestWithdrawalSchema>;

/** The meeting a provider holds with the service and the school before it may submit. */
export const recordWithdrawalMeetingSchema = z.object({
  requestId: idSchema,
  heldOn: dateField("the date of the meeting"),
  attendees: requiredText("who attended the meeting", 1000),
});
export type RecordWithdrawalMeetingInput = z.input<typeof recordWithdrawalMeetingSchema>;

export const withdrawalIdSchema = z.object({ requestId: idSchema });

export const tickChecklistSchema = z.object({
  requestId: idSchema,
  step: z.enum(CHECKLIST_STEPS, { error: "Choose CLM or Capita" }),
});

export const rejectWithdrawalSchema = z.object({
  requestId: idSchema,
  reason: requiredText("the reason for rejecting the request", 2000),
});
export type RejectWithdrawalInput = z.input<typeof rejectWithdrawalSchema>;

/** Shared by the schema and the service, which checks again. */
export const EXPORT_RANGE_MESSAGE =
  "The last date processed must be the same as or after the first";

export const listWithdrawalsSchema = z.object({
  status: z.enum(WITHDRAWAL_STATUSES).optional(),
  /** Only requests waiting for the admin and due today or late (the admin's dashboard). */
  dueOrLate: z.boolean().optional(),
  page: z.number().int().min(1).default(1),
});

/** The dates of processing the admin's export covers, as UK dates, in order. */
const exportRange = z.object({
  from: dateField("the first date processed"),
  to: dateField("the last date processed"),
});

export const exportWithdrawalsSchema = exportRange.refine((range) => range.to >= range.from, {
  path: ["to"],
  message: EXPORT_RANGE_MESSAGE,
  // Compared only once both are real dates, so a bad date is named once, on its own field.
  when: (payload) => exportRange.safeParse(payload.value).success,
});
