import { z } from "zod";
import { idField, idSchema, requiredText } from "./common";
import { optionalText } from "./fields";

/** A provider's answer to a policy version, or none yet for the current one. */
export const ADOPTION_STATE_LABEL = {
  NOT_ADOPTED: "Not adopted",
  ADOPTED: "Adopted",
  AWAITING_ACCEPTANCE: "Awaiting acceptance",
  ACCEPTED: "Own policy accepted",
  RETURNED: "Returned",
} as const;
export type AdoptionState = keyof typeof ADOPTION_STATE_LABEL;

const documentField = idField("the policy document to upload");

/** The service's new policy, published as version 1. */
export const createPolicySchema = z.object({
  title: requiredText("the policy's title", 200),
  summary: optionalText("the summary", 2000),
  documentId: documentField,
});
export type CreatePolicyInput = z.input<typeof createPolicySchema>;

/**
 * A new version of a policy. `afterVersion` is the version the officer was looking at: if
 * another has been published since, the publish is refused rather than silently numbered
 * past it (ADR 0017).
 */
export const publishVersionSchema = z.object({
  policyId: idSchema,
  afterVersion: z.number().int().min(1),
  changeNote: requiredText("what has changed in this version", 2000),
  documentId: documentField,
});
export type PublishVersionInput = z.input<typeof publishVersionSchema>;

export const policyIdSchema = z.object({ policyId: idSchema });

/** A provider adopts the current version as it stands, or sends its own policy reflecting it. */
export const adoptPolicySchema = z
  .object({
    policyVersionId: idSchema,
    kind: z.enum(["ADOPTED", "OWN_POLICY"], {
      error: "Select whether you adopt the service's policy or send your own",
    }),
    documentId: idSchema.optional(),
  })
  .superRefine((value, context) => {
    if (value.kind === "OWN_POLICY" && !value.documentId) {
      context.addIssue({
        code: "custom",
        path: ["documentId"],
        message: "Upload your own policy",
      });
    }
  });
export type AdoptPolicyInput = z.input<typeof adoptPolicySchema>;

/** The officer's decision on a provider's own policy; a return says what to change. */
export const decideAdoptionSchema = z
  .object({
    adoptionId: idSchema,
    decision: z.enum(["ACCEPTED", "RETURNED"], {
      error: "Select whether you accept the policy or return it",
    }),
    comment: optionalText("the comment", 2000),
  })
  .superRefine((value, context) => {
    if (value.decision === "RETURNED" && !value.comment) {
      context.addIssue({
        code: "custom",
        path: ["comment"],
        message: "Enter what the provider needs to change",
      });
    }
  });
export type DecideAdoptionInput = z.input<typeof decideAdoptionSchema>;
