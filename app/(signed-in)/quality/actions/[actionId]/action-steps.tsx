"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { AttachmentsField } from "@/components/attachments-field";
import { Button } from "@/components/button";
import { ErrorSummary } from "@/components/error-summary";
import { Radios } from "@/components/radios";
import { Select } from "@/components/select";
import { Textarea } from "@/components/textarea";
import { formatDate } from "@/lib/dates";
import {
  decideActionSchema,
  MAX_ACTION_EVIDENCE,
  revisitActionSchema,
  submitActionEvidenceSchema,
} from "@/lib/schemas/quality-action";
import { REVIEW_KIND_LABEL } from "@/lib/schemas/quality-review";
import { QUALITY_DOCUMENT_KIND } from "@/lib/schemas/quality-documents";
import { useTRPC } from "@/lib/ui/trpc";
import { useActionForm } from "./use-action-form";

/** The provider's evidence: what has been done, and the files that show it. */
export function EvidenceForm({ actionId, again }: { actionId: string; again: boolean }) {
  const trpc = useTRPC();
  const submit = useMutation(trpc.qualityAction.submitEvidence.mutationOptions());
  const [uploading, setUploading] = useState(false);
  const { form, onSubmit, errors, topError } = useActionForm(
    submitActionEvidenceSchema,
    { actionId, statement: "", evidenceIds: [] },
    async (values) => {
      if (uploading) {
        throw new Error("Wait for the files to finish uploading, then submit the evidence");
      }
      await submit.mutateAsync(values);
      return "submitted";
    },
    ["statement", "evidenceIds"],
  );
  const { register, formState, setValue } = form;
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="evidence-heading">
      <h2 className="govuk-heading-m" id="evidence-heading">
        {again ? "Submit the evidence again" : "Submit evidence"}
      </h2>
      <ErrorSummary
        errors={errors}
        description={topError}
        focusKey={`${formState.submitCount}-${topError}`}
      />
      <Textarea
        label="What has been done"
        hint="What you did to complete the action, and how the files show it"
        error={formState.errors.statement?.message}
        {...register("statement")}
      />
      <AttachmentsField
        name="evidenceIds"
        label="Evidence files"
        hint={`PDF, Word, JPEG or PNG, each under 10 MB, up to ${MAX_ACTION_EVIDENCE} files.`}
        kind={QUALITY_DOCUMENT_KIND.EVIDENCE}
        max={MAX_ACTION_EVIDENCE}
        error={formState.errors.evidenceIds?.message}
        onChange={(documents) =>
          setValue(
            "evidenceIds",
            documents.map((document) => document.id),
          )
        }
        onBusyChange={setUploading}
      />
      <Button disabled={formState.isSubmitting}>Submit the evidence</Button>
    </form>
  );
}

/** The officer closes the action on the evidence, or returns it saying what is missing. */
export function DecisionForm({ actionId }: { actionId: string }) {
  const trpc = useTRPC();
  const decide = useMutation(trpc.qualityAction.decide.mutationOptions());
  const { form, onSubmit, errors, topError } = useActionForm(
    decideActionSchema,
    { actionId, comment: "" },
    async (values) => {
      await decide.mutateAsync(values);
      return values.decision === "CLOSED" ? "closed" : "returned";
    },
    ["decision", "comment"],
  );
  const { register, formState } = form;
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="decision-heading">
      <h2 className="govuk-heading-m" id="decision-heading">
        Decide on the evidence
      </h2>
      <ErrorSummary
        errors={errors}
        description={topError}
        focusKey={`${formState.submitCount}-${topError}`}
      />
      <Radios
        legend="Does the evidence show the action is done?"
        legendSize="s"
        items={[
          { value: "CLOSED", text: "Yes: close the action" },
          {
            value: "RETURNED",
            text: "No: return it to the provider",
            hint: "The action opens again for the provider to submit more",
          },
        ]}
        error={formState.errors.decision?.message}
        {...register("decision")}
      />
      <Textarea
        label="Comment"
        hint="Needed when you return the evidence: say what more the provider needs to do"
        error={formState.errors.comment?.message}
        {...register("comment")}
      />
      <Button disabled={formState.isSubmitting}>Save the decision</Button>
    </form>
  );
}

interface ReviewChoice {
  id: string;
  reference: string;
  kind: keyof typeof REVIEW_KIND_LABEL;
  dueOn: Date | null;
}

function reviewText(review: ReviewChoice): string {
  const when = review.dueOn ? `, planned for ${formatDate(review.dueOn)}` : "";
  return `${REVIEW_KIND_LABEL[review.kind]} ${review.reference}${when}`;
}

/** The officer's note on the action at a later review of the year (QR2 or follow-up). */
export function RevisitForm({ actionId, reviews }: { actionId: string; reviews: ReviewChoice[] }) {
  const trpc = useTRPC();
  const revisit = useMutation(trpc.qualityAction.revisit.mutationOptions());
  const { form, onSubmit, errors, topError } = useActionForm(
    revisitActionSchema,
    { actionId, reviewId: reviews.length === 1 ? reviews[0].id : "", note: "" },
    async (values) => {
      await revisit.mutateAsync(values);
      return "revisited";
    },
    ["reviewId", "note"],
  );
  const { register, formState } = form;
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="revisit-heading">
      <h2 className="govuk-heading-m" id="revisit-heading">
        Revisit at a later review
      </h2>
      <ErrorSummary
        errors={errors}
        description={topError}
        focusKey={`${formState.submitCount}-${topError}`}
      />
      <Select
        label="Review"
        placeholder="Choose the review"
        options={reviews.map((review) => ({ value: review.id, text: reviewText(review) }))}
        error={formState.errors.reviewId?.message}
        {...register("reviewId")}
      />
      <Textarea
        label="How the action stands"
        hint="What you found, and what the provider still needs to do"
        error={formState.errors.note?.message}
        {...register("note")}
      />
      <Button variant="secondary" disabled={formState.isSubmitting}>
        Save the note
      </Button>
    </form>
  );
}
