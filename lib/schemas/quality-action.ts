import { z } from "zod";
import { idField, idSchema, requiredText } from "./common";

/** An action set in a review's feedback, tracked to closure (DOMAIN.md workflow 5). */
export const QUALITY_ACTION_STATUSES = ["OPEN", "EVIDENCE_SUBMITTED", "CLOSED"] as const;
export type QualityActionStatusValue = (typeof QUALITY_ACTION_STATUSES)[number];

export const QUALITY_ACTION_STATUS_LABEL: Record<QualityActionStatusValue, string> = {
  OPEN: "Open",
  EVIDENCE_SUBMITTED: "Evidence submitted",
  CLOSED: "Closed",
};

export const ACTION_DECISIONS = ["CLOSED", "RETURNED"] as const;
export type ActionDecisionValue = (typeof ACTION_DECISIONS)[number];

export const ACTION_DECISION_LABEL: Record<ActionDecisionValue, string> = {
  CLOSED: "Closed",
  RETURNED: "Returned",
};

/** The most evidence files one submission carries. */
export const MAX_ACTION_EVIDENCE = 10;

export const actionIdSchema = z.object({ actionId: idSchema });

export const listQualityActionsSchema = z.object({
  /** The service only: one provider's actions. */
  providerId: idSchema.optional(),
  status: z.enum(QUALITY_ACTION_STATUSES).optional(),
  /** Only actions past their due date and not closed. */
  overdue: z.boolean().optional(),
});
export type ListQualityActionsInput = z.input<typeof listQualityActionsSchema>;

/** The provider's evidence against an action: what was done, and the files that show it. */
export const submitActionEvidenceSchema = z.object({
  actionId: idSchema,
  statement: requiredText("what has been done to complete the action", 5000),
  evidenceIds: z
    .array(idSchema, { error: "Attach at least one file as evidence" })
    .min(1, "Attach at least one file as evidence")
    .max(MAX_ACTION_EVIDENCE, `Attach ${MAX_ACTION_EVIDENCE} files or fewer`),
});
export type SubmitActionEvidenceInput = z.input<typeof submitActionEvidenceSchema>;

/** The officer closes the action, or returns the evidence with a comment saying why. */
export const decideActionSchema = z
  .object({
    actionId: idSchema,
    decision: z.enum(ACTION_DECISIONS, {
      error: "Select whether to close the action or return the evidence",
    }),
    comment: z
      .string()
      .trim()
      .max(2000, "The comment must be 2000 characters or fewer")
      .optional()
      .transform((value) => value || undefined),
  })
  .superRefine((value, context) => {
    if (value.decision === "RETURNED" && !value.comment) {
      context.addIssue({
        code: "custom",
        path: ["comment"],
        message: "Enter a comment saying what more the provider needs to do",
      });
    }
  });
export type DecideActionInput = z.input<typeof decideActionSchema>;

/** A note on an open action, made at a later review of the same year (QR2 or follow-up). */
export const revisitActionSchema = z.object({
  actionId: idSchema,
  reviewId: idField("the review at which the action was revisited"),
  note: requiredText("what was found when the action was revisited", 5000),
});
export type RevisitActionInput = z.input<typeof revisitActionSchema>;
