import { z } from "zod";
import { ukToday } from "@/lib/dates";
import { dateField, idField, idSchema, requiredText } from "./common";
import { dateTimeField, optionalDateField, optionalText } from "./fields";

export const MEETING_TYPES = ["ATTENDANCE", "BEHAVIOUR", "ATTENDANCE_AND_BEHAVIOUR"] as const;
export type MeetingTypeValue = (typeof MEETING_TYPES)[number];

export const MEETING_TYPE_LABEL: Record<MeetingTypeValue, string> = {
  ATTENDANCE: "Attendance",
  BEHAVIOUR: "Behaviour",
  ATTENDANCE_AND_BEHAVIOUR: "Attendance and behaviour",
};

export const MEETING_OUTCOMES = ["CONTINUE", "REVIEW", "CONSIDER_WITHDRAWAL"] as const;
export type MeetingOutcomeValue = (typeof MEETING_OUTCOMES)[number];

export const MEETING_OUTCOME_LABEL: Record<MeetingOutcomeValue, string> = {
  CONTINUE: "Continue the placement",
  REVIEW: "Review at a further meeting",
  CONSIDER_WITHDRAWAL: "Consider withdrawal",
};

export const MEETING_PARTIES = [
  "PROVIDER",
  "SCHOOL",
  "SERVICE",
  "STUDENT",
  "PARENT_CARER",
  "OTHER",
] as const;
export type MeetingPartyValue = (typeof MEETING_PARTIES)[number];

export const MEETING_PARTY_LABEL: Record<MeetingPartyValue, string> = {
  PROVIDER: "Provider",
  SCHOOL: "School",
  SERVICE: "CAP service",
  STUDENT: "Student",
  PARENT_CARER: "Parent or carer",
  OTHER: "Other",
};

/** A target's status once reviewed; OPEN is only ever the starting state. */
export const TARGET_REVIEW_STATUSES = ["MET", "PARTLY_MET", "NOT_MET"] as const;
export type TargetStatusValue = "OPEN" | (typeof TARGET_REVIEW_STATUSES)[number];

export const TARGET_STATUS_LABEL: Record<TargetStatusValue, string> = {
  OPEN: "Open",
  MET: "Met",
  PARTLY_MET: "Partly met",
  NOT_MET: "Not met",
};

export const MAX_ATTENDEES = 20;
export const MAX_TARGETS = 12;

const attendeeSchema = z.object({
  party: z.enum(MEETING_PARTIES, { error: "Select whom the person came for" }),
  name: requiredText("the attendee's name", 200),
  role: optionalText("The attendee's role", 200),
  attended: z.boolean({ error: "Select whether the person attended" }),
});

const targetSchema = z.object({
  description: requiredText("what the target is", 1000),
  ownerName: requiredText("who owns the target", 200),
  ownerParty: z.enum(MEETING_PARTIES, { error: "Select whom the owner is with" }),
  dueOn: dateField("the date the target is due"),
});

const reviewedTargetSchema = z.object({
  targetId: idSchema,
  status: z.enum(TARGET_REVIEW_STATUSES, {
    error: "Select whether the target was met, partly met or not met",
  }),
  note: optionalText("The note on the target", 1000),
});

/** The fields of a student meeting as the form sends them, before the rules between them. */
const meetingFields = z.object({
  placementId: idField("a placement"),
  /** Set on a review meeting: the earlier meeting whose targets it reviews. */
  reviewOfId: idSchema.optional().or(z.literal("").transform(() => undefined)),
  heldAt: dateTimeField("the date and time of the meeting"),
  type: z.enum(MEETING_TYPES, { error: "Select what the meeting was about" }),
  attendees: z
    .array(attendeeSchema, { error: "Add the people invited to the meeting" })
    .min(1, "Add the people invited to the meeting")
    .max(MAX_ATTENDEES, `Add ${MAX_ATTENDEES} people or fewer`),
  discussion: requiredText("what was discussed"),
  studentView: requiredText("the student's own view"),
  targets: z
    .array(targetSchema)
    .max(MAX_TARGETS, `Agree ${MAX_TARGETS} targets or fewer`)
    .default([]),
  outcome: z.enum(MEETING_OUTCOMES, { error: "Select the outcome of the meeting" }),
  reviewOn: optionalDateField("the review date"),
  reviewedTargets: z
    .array(reviewedTargetSchema)
    .max(MAX_TARGETS * 2)
    .default([]),
});

type MeetingFields = z.output<typeof meetingFields>;
type Issue = { path: (string | number)[]; message: string };

/**
 * When a review date is needed: whenever targets were agreed (they are tracked to the review)
 * or the outcome is a further review. "Continue" with no targets, and "consider withdrawal"
 * (which goes on to a withdrawal request) need none, though one may be given.
 */
export function needsReviewDate(value: Pick<MeetingFields, "targets" | "outcome">): boolean {
  return value.targets.length > 0 || value.outcome === "REVIEW";
}

/** The rules between fields, as issues named by field path. */
export function meetingRuleIssues(value: MeetingFields, now: Date = new Date()): Issue[] {
  const issues: Issue[] = [];
  if (value.heldAt.getTime() > now.getTime()) {
    issues.push({ path: ["heldAt"], message: "The meeting must be now or in the past" });
  }
  // An empty list already has its own message ("Add the people invited").
  if (value.attendees.length > 0 && !value.attendees.some((attendee) => attendee.attended)) {
    issues.push({ path: ["attendees"], message: "At least one person must have attended" });
  }
  const heldOn = ukToday(value.heldAt);
  value.targets.forEach((target, index) => {
    if (target.dueOn < heldOn) {
      const message = "The target's due date must be on or after the date of the meeting";
      issues.push({ path: ["targets", index, "dueOn"], message });
    }
  });
  issues.push(...reviewDateIssues(value, heldOn));
  if (!value.reviewOfId && value.reviewedTargets.length > 0) {
    const message = "Targets are reviewed only at a review meeting";
    issues.push({ path: ["reviewedTargets"], message });
  }
  return issues;
}

function reviewDateIssues(value: MeetingFields, heldOn: string): Issue[] {
  const { reviewOn, targets } = value;
  if (!reviewOn) {
    return needsReviewDate(value) ? [{ path: ["reviewOn"], message: "Enter the review date" }] : [];
  }
  if (reviewOn <= heldOn) {
    return [
      { path: ["reviewOn"], message: "The review date must be after the date of the meeting" },
    ];
  }
  const lastDue = targets
    .map((target) => target.dueOn)
    .sort()
    .at(-1);
  if (lastDue && reviewOn < lastDue) {
    const message = "The review date must be on or after the last target's due date";
    return [{ path: ["reviewOn"], message }];
  }
  return [];
}

/** meeting.record: the student meeting form, shared by the browser and the server. */
export const meetingRecordSchema = meetingFields.superRefine((value, context) => {
  for (const issue of meetingRuleIssues(value)) {
    context.addIssue({ code: "custom", ...issue });
  }
});
export type MeetingRecordInput = z.input<typeof meetingRecordSchema>;
export type MeetingRecord = z.output<typeof meetingRecordSchema>;

/** meeting.reviewTarget: a target's status recorded between meetings. */
export const targetReviewSchema = z.object({
  targetId: idSchema,
  status: z.enum(TARGET_REVIEW_STATUSES, {
    error: "Select whether the target was met, partly met or not met",
  }),
  note: optionalText("The note on the target", 1000),
});
export type TargetReviewInput = z.input<typeof targetReviewSchema>;

export const MEETING_REVIEW_FILTERS = ["REVIEW_DUE", "REVIEW_OVERDUE"] as const;
export type MeetingReviewFilter = (typeof MEETING_REVIEW_FILTERS)[number];

export const MEETING_REVIEW_FILTER_LABEL: Record<MeetingReviewFilter, string> = {
  REVIEW_DUE: "Review due in the next 7 days",
  REVIEW_OVERDUE: "Review overdue",
};

/** How many days ahead "review due" looks, on the list and its tag. */
export const REVIEW_DUE_WITHIN_DAYS = 7;

export const meetingListSchema = z.object({
  studentId: idSchema.optional(),
  placementId: idSchema.optional(),
  providerId: idSchema.optional(),
  schoolId: idSchema.optional(),
  review: z.enum(MEETING_REVIEW_FILTERS).optional(),
  page: z.number().int().min(1).default(1),
});
export type MeetingListInput = z.input<typeof meetingListSchema>;

export const meetingIdSchema = z.object({ meetingId: idSchema });

/** meeting.form: what the form is prefilled from (the placement, and the meeting reviewed). */
export const meetingFormSchema = z.object({
  placementId: idSchema,
  reviewOfId: idSchema.optional(),
});
