import { z } from "zod";
import { dateField, idSchema, requiredText, WEEKDAYS } from "./common";
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

const withdrawalBase = z.object({
  placementIds: z
    .array(idSchema, { error: "Select the placements to withdraw from" })
    .min(1, "Select the placements to withdraw from"),
  extent: z.enum(["ALL_DAYS", "SOME_DAYS"], {
    error: "Select whether the student leaves every day or only some",
  }),
  days: z.array(z.enum(WEEKDAYS)).default([]),
  effectiveDate: dateField("the date the withdrawal takes effect"),
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

export const listWithdrawalsSchema = z.object({
  status: z.enum(WITHDRAWAL_STATUSES).optional(),
  /** Only requests waiting for the admin and due today or late (the admin's dashboard). */
  dueOrLate: z.boolean().optional(),
});

/** The dates of processing the admin's export covers, as UK dates. */
export const exportWithdrawalsSchema = z.object({
  from: dateField("the first date processed"),
  to: dateField("the last date processed"),
});
