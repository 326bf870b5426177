"use client";

import { useMutation } from "@tanstack/react-query";
import { Button } from "@/components/button";
import { ErrorSummary } from "@/components/error-summary";
import { TextInput } from "@/components/text-input";
import { policeIntelligenceSentSchema } from "@/lib/schemas/police-intelligence";
import { useTRPC } from "@/lib/ui/trpc";
import { useSchemaForm } from "@/lib/ui/use-schema-form";

/** Records when the report went to the police; who recorded it stays in the portal. */
export function MarkSentForm({ concernId, reportId }: { concernId: string; reportId: string }) {
  const trpc = useTRPC();
  const markSent = useMutation(trpc.policeIntelligence.markSent.mutationOptions());
  const { form, onSubmit, errors, topError } = useSchemaForm(
    policeIntelligenceSentSchema,
    { concernId, reportId } as never,
    (values) => markSent.mutateAsync(values),
    ["sentAt"],
  );
  const { register, formState } = form;

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="sent-heading">
      <h2 className="govuk-heading-m" id="sent-heading">
        Record that it was sent
      </h2>
      <ErrorSummary errors={errors} description={topError} focusKey={formState.submitCount} />
      <TextInput
        label="When it was sent to the police"
        hint="Date and time, UK time"
        type="datetime-local"
        className="cap-date-input"
        error={formState.errors.sentAt?.message as string | undefined}
        {...register("sentAt")}
      />
      <Button disabled={formState.isSubmitting}>Record as sent</Button>
    </form>
  );
}
