"use client";

import { useMutation } from "@tanstack/react-query";
import { Button } from "@/components/button";
import { ErrorSummary } from "@/components/error-summary";
import { NotificationBanner } from "@/components/notification-banner";
import { Textarea } from "@/components/textarea";
import { allegationEntrySchema } from "@/lib/schemas/allegation";
import { useTRPC } from "@/lib/ui/trpc";
import { useClearAfterSave, useRecordForm } from "./use-record-form";

/** Further information from the reporter or the lead, appended to the record. */
export function EntryForm({ allegationId }: { allegationId: string }) {
  const trpc = useTRPC();
  const add = useMutation(trpc.allegation.addEntry.mutationOptions());
  const { form, onSubmit, errors, topError, saved } = useRecordForm(
    allegationEntrySchema,
    { allegationId, text: "" },
    (values) => add.mutateAsync(values),
    ["text"],
  );
  useClearAfterSave(saved, () => form.reset({ allegationId, text: "" }));
  const { register, formState } = form;

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="entry-heading">
      <h2 className="govuk-heading-m" id="entry-heading">
        Add further information
      </h2>
      {saved > 0 && (
        <NotificationBanner type="success" heading="Further information added" focus key={saved} />
      )}
      <ErrorSummary errors={errors} description={topError} focusKey={formState.submitCount} />
      <Textarea
        label="Further information"
        hint="It is added with your name and the time; nothing already recorded changes"
        error={formState.errors.text?.message}
        {...register("text")}
      />
      <Button variant="secondary" disabled={formState.isSubmitting}>
        Add to the record
      </Button>
    </form>
  );
}
