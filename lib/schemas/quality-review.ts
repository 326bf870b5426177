import { z } from "zod";
import { formatDate, ukToday } from "@/lib/dates";
import { latestDueOn, MAX_DUE_MONTHS } from "@/lib/quality-action-due";
import { capitalise, dateField, idField, idSchema, requiredText } from "./common";
import { optionalText } from "./fields";

// Quality reviews of providers (DOMAIN.md workflow 5; docs/decisions/0014-quality-reviews.md).

export const REVIEW_KINDS = ["QR1", "QR2", "FOLLOW_UP"] as const;
export type ReviewKindValue = (typeof REVIEW_KINDS)[number];

export const REVIEW_KIND_LABEL: Record<ReviewKindValue, string> = {
  QR1: "Quality Review 1",
  QR2: "Quality Review 2 (site visit)",
  FOLLOW_UP: "Follow-up visit",
};

export const REVIEW_STATUSES = ["OPEN", "SUBMITTED", "FEEDBACK_GIVEN"] as const;
export type ReviewStatusValue = (typeof REVIEW_STATUSES)[number];

export const VISIT_MODES = ["ON_SITE", "VIRTUAL"] as const;
export const VISIT_MODE_LABEL: Record<(typeof VISIT_MODES)[number], string> = {
  ON_SITE: "On site",
  VIRTUAL: "Virtual",
};

export const JUDGEMENTS = ["MET", "PARTLY_MET", "NOT_MET"] as const;
export type JudgementValue = (typeof JUDGEMENTS)[number];
export const JUDGEMENT_LABEL: Record<JudgementValue, string> = {
  MET: "Met",
  PARTLY_MET: "Partly met",
  NOT_MET: "Not met",
};

/** "2026/27" for the review year starting in September 2026. */
export function academicYearLabel(startYear: number): string {
  return `${startYear}/${String((startYear + 1) % 100).padStart(2, "0")}`;
}

/** The academic year (by its starting year) a UK date falls in: September starts a year. */
export function academicStartYearOf(date: string): number {
  const [year, month] = date.split("-").map(Number);
  return month >= 9 ? year : year - 1;
}

// ---- The list of contractual requirements ----

const requirementFields = {
  title: requiredText("the requirement", 300),
  guidance: optionalText("the guidance", 2000),
  asksExpiry: z.boolean().default(false),
};

export const addRequirementSchema = z.object(requirementFields);
export type AddRequirementInput = z.input<typeof addRequirementSchema>;

export const editRequirementSchema = z.object({ requirementId: idSchema, ...requirementFields });
export type EditRequirementInput = z.input<typeof editRequirementSchema>;

export const reorderRequirementSchema = z.object({
  requirementId: idSchema,
  direction: z.enum(["UP", "DOWN"], { error: "Choose up or down" }),
});

export const requirementIdSchema = z.object({ requirementId: idSchema });

export const listRequirementsSchema = z.object({ includeRetired: z.boolean().optional() });

// ---- Opening a review ----

const MIN_YEAR = 2020;
const MAX_YEAR = 2100;

/**
 * The officer opens Quality Review 1 (which opens the provider's review year), the site
 * visit, or the follow-up. `dueOn` is when answers are due (QR1) or the planned visit date.
 */
export const openReviewSchema = z
  .object({
    providerId: idField("a provider"),
    startYear: z.coerce
      .number({ error: "Enter the year the academic year starts" })
      .int("Enter the year the academic year starts, like 2026")
      .min(MIN_YEAR, "Enter the year the academic year starts, like 2026")
      .max(MAX_YEAR, "Enter the year the academic year starts, like 2026"),
    kind: z.enum(REVIEW_KINDS, { error: "Select which review to open" }),
    dueOn: dateField("the date"),
    // A radio group left unchosen sends null.
    mode: z
      .enum(VISIT_MODES, { error: "Select whether the follow-up is on site or virtual" })
      .nullish(),
  })
  .superRefine((value, context) => {
    if (value.kind === "FOLLOW_UP" && !value.mode) {
      context.addIssue({
        code: "custom",
        path: ["mode"],
        message: "Select whether the follow-up is on site or virtual",
      });
    }
  });
export type OpenReviewInput = z.input<typeof openReviewSchema>;

export const listReviewsSchema = z.object({
  providerId: idSchema.optional(),
  startYear: z.number().int().min(MIN_YEAR).max(MAX_YEAR).optional(),
  status: z.enum(REVIEW_STATUSES).optional(),
});

export const reviewIdSchema = z.object({ reviewId: idSchema });

// ---- The provider's answers ----

/**
 * Text the provider may clear: left out, the saved value stays as it is (undefined); sent
 * blank or null, it is cleared (null). A form always sends every field, so blanking one clears it,
 * while an API caller sending only some fields wipes nothing it did not send.
 */
function clearableText(what: string, max = 5000) {
  return z
    .string()
    .trim()
    .max(max, `${capitalise(what)} must be ${max} characters or fewer`)
    .nullish()
    .transform((value) => (value === undefined ? undefined : value || null));
}

const answerSchema = z.object({
  itemId: idSchema,
  statement: clearableText("the statement", 5000),
  expiresOn: clearableText("the expiry date").pipe(
    z.iso.date("The expiry date must be a real date").nullish(),
  ),
  evidenceIds: z.array(idSchema).max(20, "Attach 20 files or fewer").default([]),
  // Files already attached that the provider takes off the requirement before submitting.
  removeEvidenceIds: z.array(idSchema).max(100, "Remove 100 files or fewer").default([]),
});

/** The provider's answers, saved together; blank clears, left out leaves as saved. */
export const answerReviewSchema = z.object({
  reviewId: idSchema,
  answers: z.array(answerSchema).min(1, "Answer at least one requirement"),
});
export type AnswerReviewInput = z.input<typeof answerReviewSchema>;

// ---- The officer's judgements ----

const judgementEntry = z.object({
  itemId: idSchema,
  judgement: z.enum(JUDGEMENTS).nullish(),
  comment: optionalText("the comment", 2000),
  // When the requirement was last marked as the officer's page showed it (null: unmarked).
  // A mark made by someone else since then is not overwritten (ADR 0014).
  judgedAt: z.iso
    .datetime({ offset: true, error: "Reload the page and mark the requirement again" })
    .nullable(),
});

/**
 * The officer's marks. A requirement left unmarked is left as it was, so the officer can
 * mark some now and the rest later; partly met and not met need a comment.
 */
export const judgeReviewSchema = z
  .object({ reviewId: idSchema, judgements: z.array(judgementEntry) })
  .superRefine((value, context) => {
    value.judgements.forEach((entry, index) => {
      if (entry.judgement && entry.judgement !== "MET" && !entry.comment) {
        context.addIssue({
          code: "custom",
          path: ["judgements", index, "comment"],
          message: "Enter a comment saying what is missing",
        });
      }
    });
    if (!value.judgements.some((entry) => entry.judgement)) {
      context.addIssue({
        code: "custom",
        path: ["judgements"],
        message: "Mark at least one requirement",
      });
    }
  });
export type JudgeReviewInput = z.input<typeof judgeReviewSchema>;

// ---- The visit ----

export const recordVisitSchema = z.object({
  reviewId: idSchema,
  visitedOn: dateField("the date of the visit"),
  visitors: requiredText("who visited", 1000),
  learnerVoice: optionalText("what learners said", 5000),
  safeguardingSpotCheck: optionalText("the safeguarding spot-check", 5000),
  siteSpotCheck: optionalText("the site spot-check", 5000),
});
export type RecordVisitInput = z.input<typeof recordVisitSchema>;

export const addObservationSchema = z.object({
  reviewId: idSchema,
  observedOn: dateField("the date of the observation"),
  session: requiredText("the session observed", 300),
  observer: requiredText("who observed", 200),
  strengths: requiredText("the strengths", 5000),
  areasToDevelop: requiredText("the areas to develop", 5000),
});
export type AddObservationInput = z.input<typeof addObservationSchema>;

// ---- Feedback and actions to be completed ----

/**
 * Why an action due on `dueOn` cannot be set on `today`, or null: no later than
 * `MAX_DUE_MONTHS` months ahead (docs/decisions/0014-quality-reviews.md).
 */
export function dueTooLate(dueOn: string, today: string): string | null {
  const latest = latestDueOn(today);
  return dueOn > latest
    ? `The date the action is due must be within ${MAX_DUE_MONTHS} months of today ` +
        `(${formatDate(latest)} or earlier)`
    : null;
}

export const actionRowSchema = z.object({
  description: requiredText("what the provider must do", 2000),
  owner: requiredText("who owns the action", 200),
  dueOn: dateField("the date the action is due").superRefine((dueOn, context) => {
    // The browser checks against its own today; the service checks again against its clock.
    const problem = dueTooLate(dueOn, ukToday());
    if (problem) {
      context.addIssue({ code: "custom", message: problem });
    }
  }),
  providerPlanReference: optionalText("the action plan reference", 200),
  reviewRequirementId: z
    .string()
    .optional()
    .transform((value) => value || undefined)
    .pipe(idSchema.optional()),
});
export type ActionRowInput = z.input<typeof actionRowSchema>;

export const giveFeedbackSchema = z.object({
  reviewId: idSchema,
  summary: requiredText("the summary of the feedback", 10000),
  actions: z.array(actionRowSchema).max(50, "Set 50 actions or fewer").default([]),
});
export type GiveFeedbackInput = z.input<typeof giveFeedbackSchema>;
