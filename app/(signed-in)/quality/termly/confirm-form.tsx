"use client";

import { useMutation } from "@tanstack/react-query";
import { Button } from "@/components/button";
import { Checkboxes } from "@/components/checkboxes";
import { ErrorSummary } from "@/components/error-summary";
import { Textarea } from "@/components/textarea";
import { confirmTermSchema } from "@/lib/schemas/termly";
import { useTRPC } from "@/lib/ui/trpc";
import { useSchemaForm } from "@/lib/ui/use-schema-form";

interface ConfirmFormProps {
  term: string;
  items: { id: string; text: string }[];
}

/** The provider ticks every statement of the service's checklist for the current term. */
export function ConfirmForm({ term, items }: ConfirmFormProps) {
  const trpc = useTRPC();
  const confirm = useMutation(trpc.termly.confirm.mutationOptions());
  const { form, onSubmit, errors, topError } = useSchemaForm(
    confirmTermSchema,
    { ticked: [], note: "" },
    (values) => confirm.mutateAsync(values),
    ["ticked", "note"],
  );
  const { register, formState } = form;
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="confirm-heading">
      <h2 className="govuk-heading-m" id="confirm-heading">
        Confirm {term}
      </h2>
      <ErrorSummary errors={errors} description={topError} focusKey={formState.submitCount} />
      <Checkboxes
        legend="We confirm that this term"
        legendSize="s"
        hint="Tick each statement. The service keeps the words as you confirmed them."
        items={items.map((item) => ({ value: item.id, text: item.text }))}
        error={formState.errors.ticked?.message}
        {...register("ticked")}
      />
      <Textarea
        label="Anything the service should know (optional)"
        hint="For example, a change of DSL or a new site"
        error={formState.errors.note?.message}
        {...register("note")}
      />
      <Button disabled={formState.isSubmitting}>Confirm the term</Button>
    </form>
  );
}
