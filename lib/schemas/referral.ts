import { z } from "zod";
import { dateField, daysField, idField, idSchema, requiredText, startsOnChosenDay } from "./common";
import { newStudentSchema } from "./student";

export const RISK_LEVELS = ["LOW", "MEDIUM", "HIGH"] as const;

export const PAPERWORK_KINDS = [
  "PARENTAL_CONSENT",
  "RISK_ASSESSMENT",
  "ATTENDANCE_BEHAVIOUR_RECORD",
  "STUDENT_PROFILE",
] as const;
export type PaperworkKindValue = (typeof PAPERWORK_KINDS)[number];

export const PAPERWORK_LABEL: Record<PaperworkKindValue, string> = {
  PARENTAL_CONSENT: "Parental consent form",
  RISK_ASSESSMENT: "Risk assessment",
  ATTENDANCE_BEHAVIOUR_RECORD: "Attendance and behaviour record",
  STUDENT_PROFILE: "Student profile and SEN information",
};

export const REFERRAL_STATUS_LABEL = {
  SUBMITTED: "Awaiting provider",
  ACCEPTED: "Accepted – to process",
  DECLINED: "Declined – to process",
  PLACED: "Placed",
  CLOSED: "Closed",
  WITHDRAWN: "Withdrawn",
} as const;

/** Either an existing student on the school's roll, or a new one with the DOMAIN.md fields. */
const studentChoice = z.discriminatedUnion(
  "mode",
  [
    z.object({ mode: z.literal("existing"), studentId: idField("a student") }),
    z.object({ mode: z.literal("new"), student: newStudentSchema }),
  ],
  // Without this, no choice at all reads "Invalid discriminator value".
  { error: "Select whether the student is already known to the portal or new" },
);

export const referralCreateSchema = z
  .object({
    student: studentChoice,
    courseId: idField("a course"),
    requestedDays: daysField("the days wanted"),
    requestedStartDate: dateField("the start date wanted"),
    reasons: requiredText("the reasons for the referral"),
    needs: requiredText("the student's needs"),
    riskLevel: z.enum(RISK_LEVELS, { error: "Select the level of risk" }),
    riskAssessment: requiredText("the risk assessment"),
    /** Documents already uploaded through /api/documents, one per kind at most. */
    paperwork: z
      .array(z.object({ kind: z.enum(PAPERWORK_KINDS), documentId: idSchema }))
      .max(PAPERWORK_KINDS.length)
      .default([]),
  })
  .superRefine((value, context) => {
    const problem = startsOnChosenDay(value.requestedStartDate, value.requestedDays);
    if (problem) {
      context.addIssue({ code: "custom", path: ["requestedStartDate"], message: problem });
    }
  });
export type ReferralCreateInput = z.input<typeof referralCreateSchema>;

export const referralIdSchema = z.object({ referralId: idSchema });

export const markPaperworkSchema = z.object({
  referralId: idSchema,
  kind: z.enum(PAPERWORK_KINDS),
  received: z.boolean(),
});

export const recordInterviewSchema = z.object({
  referralId: idSchema,
  heldOn: dateField("the date of the interview"),
  attendees: requiredText("who attended the interview", 1000),
  notes: requiredText("notes from the interview"),
});
export type RecordInterviewInput = z.input<typeof recordInterviewSchema>;

export const respondSchema = z.discriminatedUnion(
  "decision",
  [
    z.object({
      referralId: idSchema,
      decision: z.literal("ACCEPTED"),
      confirmedDays: daysField("the confirmed days"),
      confirmedStartDate: dateField("the confirmed start date"),
      explanation: requiredText("an explanation"),
    }),
    z.object({
      referralId: idSchema,
      decision: z.literal("DECLINED"),
      declineGround: z.enum(["NEED", "RISK"], { error: "Select the grounds for declining" }),
      explanation: requiredText("an explanation"),
    }),
  ],
  { error: "Select whether you accept or decline the referral" },
);
export type RespondInput = z.input<typeof respondSchema>;

export const processSchema = z.object({
  referralId: idSchema,
  /** Blank means the end of the academic year the placement starts in (31 July). */
  plannedEndDate: dateField("the planned end date").optional(),
});

export const referralListSchema = z.object({
  status: z.enum(["SUBMITTED", "ACCEPTED", "DECLINED", "PLACED", "CLOSED", "WITHDRAWN"]).optional(),
  search: z.string().trim().max(100).optional(),
  page: z.number().int().min(1).default(1),
});
