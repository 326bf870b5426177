"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { Button } from "@/components/button";
import { DateInput } from "@/components/date-input";
import { ErrorSummary } from "@/components/error-summary";
import { Textarea } from "@/components/textarea";
import { withdrawConsentSchema } from "@/lib/schemas/consent";
import { useTRPC } from "@/lib/ui/trpc";
import { useSchemaForm } from "@/lib/ui/use-schema-form";

/** Ends consent from a date, keeping the record of when it held. */
export function WithdrawConsentForm({ consentId }: { consentId: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const withdraw = useMutation(trpc.consent.withdraw.mutationOptions());
  const { form, onSubmit, errors, topError } = useSchemaForm(
    withdrawConsentSchema,
    { consentId },
    async (values) => {
      await withdraw.mutateAsync(values);
      router.replace(`/quality/consent/${consentId}?withdrawn=1`);
    },
    ["withdrawnOn", "reason"],
  );
  const { register, formState } = form;
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="withdraw-heading">
      <h2 className="govuk-heading-m" id="withdraw-heading">
        Withdraw consent
      </h2>
      <ErrorSummary errors={errors} description={topError} focusKey={formState.submitCount} />
      <DateInput
        label="Date consent was withdrawn"
        error={formState.errors.withdrawnOn?.message}
        {...register("withdrawnOn")}
      />
      <Textarea
        label="Why was consent withdrawn?"
        error={formState.errors.reason?.message}
        {...register("reason")}
      />
      <Button variant="warning" disabled={formState.isSubmitting}>
        Withdraw consent
      </Button>
    </form>
  );
}
