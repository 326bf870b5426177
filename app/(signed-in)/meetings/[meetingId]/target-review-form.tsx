"use client";

import { useMutation } from "@tanstack/react-query";
import { Button } from "@/components/button";
import { ErrorSummary } from "@/components/error-summary";
import { Radios } from "@/components/radios";
import { Select } from "@/components/select";
import { Textarea } from "@/components/textarea";
import {
  TARGET_REVIEW_STATUSES,
  TARGET_STATUS_LABEL,
  targetReviewSchema,
  type TargetStatusValue,
} from "@/lib/schemas/meeting";
import { useTRPC } from "@/lib/ui/trpc";
import { useSchemaForm } from "@/lib/ui/use-schema-form";

const ORDER = ["targetId", "status", "note"];

interface Props {
  targets: { id: string; description: string; status: TargetStatusValue }[];
}

/**
 * Between meetings the MO or the provider records how a target is going; the review meeting
 * records it again when it is held.
 */
export function TargetReviewForm({ targets }: Props) {
  const trpc = useTRPC();
  const review = useMutation(trpc.meeting.reviewTarget.mutationOptions());
  const { form, onSubmit, errors, topError, saved } = useSchemaForm(
    targetReviewSchema,
    { targetId: targets[0]?.id, note: "" },
    (values) => review.mutateAsync(values),
    ORDER,
  );
  const { register, formState } = form;

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="target-review-heading">
      <h2 className="govuk-heading-m" id="target-review-heading">
        Update a target before the review
      </h2>
      {saved > 0 && (
        <p className="govuk-body" role="status">
          Target updated.
        </p>
      )}
      <ErrorSummary
        errors={errors}
        description={topError}
        focusKey={`${formState.submitCount}-${topError}`}
      />
      <Select
        label="Target"
        options={targets.map((target) => ({
          value: target.id,
          text: `${target.description} (${TARGET_STATUS_LABEL[target.status].toLowerCase()})`,
        }))}
        error={formState.errors.targetId?.message}
        {...register("targetId")}
      />
      <Radios
        legend="How is it going?"
        legendSize="s"
        small
        items={TARGET_REVIEW_STATUSES.map((value) => ({ value, text: TARGET_STATUS_LABEL[value] }))}
        error={formState.errors.status?.message}
        {...register("status")}
      />
      <Textarea
        label="Note (optional)"
        rows={3}
        error={formState.errors.note?.message}
        {...register("note")}
      />
      <Button variant="secondary" disabled={formState.isSubmitting}>
        Update the target
      </Button>
    </form>
  );
}
