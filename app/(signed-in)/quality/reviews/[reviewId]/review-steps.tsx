"use client";

import { useMutation } from "@tanstack/react-query";
import { ActionForm } from "@/components/action-form";
import { useTRPC } from "@/lib/ui/trpc";

/** The provider sends its answers for marking; they cannot be changed afterwards. */
export function SubmitReview({ reviewId }: { reviewId: string }) {
  const trpc = useTRPC();
  const submit = useMutation(trpc.review.submit.mutationOptions());
  return (
    <ActionForm
      label="Submit for marking"
      button="Submit for marking"
      action={() => submit.mutateAsync({ reviewId })}
      then={`/quality/reviews/${reviewId}?submitted=1`}
    >
      <p className="govuk-body">
        Once submitted, the quality officer marks each requirement and you can no longer change your
        answers.
      </p>
    </ActionForm>
  );
}
