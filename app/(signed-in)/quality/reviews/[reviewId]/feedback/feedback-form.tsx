"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useFieldArray } from "react-hook-form";
import { Button } from "@/components/button";
import { DateInput } from "@/components/date-input";
import { ErrorSummary } from "@/components/error-summary";
import { ErrorMessage } from "@/components/form-group";
import { Select } from "@/components/select";
import { Textarea } from "@/components/textarea";
import { TextInput } from "@/components/text-input";
import { giveFeedbackSchema } from "@/lib/schemas/quality-review";
import { useTRPC } from "@/lib/ui/trpc";
import { useSchemaForm } from "@/lib/ui/use-schema-form";

interface Props {
  reviewId: string;
  /** The requirements marked partly met or not met, which actions answer. */
  requirements: { id: string; title: string }[];
}

const MAX_ACTIONS = 50;
const FIELDS = ["description", "owner", "dueOn", "providerPlanReference", "reviewRequirementId"];
const EMPTY_ACTION = {
  description: "",
  owner: "",
  dueOn: "",
  providerPlanReference: "",
  reviewRequirementId: "",
};

/** The summary and any number of action rows, sent together. */
export function FeedbackForm({ reviewId, requirements }: Props) {
  const trpc = useTRPC();
  const router = useRouter();
  const give = useMutation(trpc.review.giveFeedback.mutationOptions());
  const initial = requirements.map((item) => ({ ...EMPTY_ACTION, reviewRequirementId: item.id }));
  const { form, onSubmit, errors, topError } = useSchemaForm(
    giveFeedbackSchema,
    { reviewId, summary: "", actions: initial },
    async (values) => {
      await give.mutateAsync(values);
      router.replace(`/quality/reviews/${reviewId}?feedback=1`);
    },
    [
      "summary",
      "actions",
      ...Array.from({ length: MAX_ACTIONS }, (_, i) =>
        FIELDS.map((f) => `actions.${i}.${f}`),
      ).flat(),
    ],
  );
  const { register, formState, control } = form;
  const { fields, append, remove } = useFieldArray({ control, name: "actions" });
  const rowError = (index: number, field: keyof typeof EMPTY_ACTION) =>
    formState.errors.actions?.[index]?.[field]?.message;
  const options = requirements.map((item) => ({ value: item.id, text: item.title }));

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Feedback">
      <ErrorSummary errors={errors} description={topError} focusKey={formState.submitCount} />
      <Textarea
        label="Summary of the feedback"
        labelSize="m"
        rows={6}
        error={formState.errors.summary?.message}
        {...register("summary")}
      />
      <h2 className="govuk-heading-m" id="actions">
        Actions to be completed
      </h2>
      <ErrorMessage name="actions">{formState.errors.actions?.message}</ErrorMessage>
      {fields.map((field, index) => (
        <fieldset key={field.id} className="govuk-fieldset cap-meeting-row">
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
            Action {index + 1}
          </legend>
          <Textarea
            label={`What the provider must do (action ${index + 1})`}
            rows={2}
            error={rowError(index, "description")}
            {...register(`actions.${index}.description`)}
          />
          <TextInput
            label={`Owner at the provider (action ${index + 1})`}
            hint="A name or a role"
            error={rowError(index, "owner")}
            {...register(`actions.${index}.owner`)}
          />
          <DateInput
            label={`Due by (action ${index + 1})`}
            hint="Today or later, and within 12 months"
            error={rowError(index, "dueOn")}
            {...register(`actions.${index}.dueOn`)}
          />
          <TextInput
            label={`Provider's action plan reference (action ${index + 1}, optional)`}
            hint="The matching line of the provider's SAR or SEF, for example SAR 2.3"
            error={rowError(index, "providerPlanReference")}
            {...register(`actions.${index}.providerPlanReference`)}
          />
          {options.length > 0 && (
            <Select
              label={`Requirement it answers (action ${index + 1}, optional)`}
              placeholder="None"
              options={options}
              error={rowError(index, "reviewRequirementId")}
              {...register(`actions.${index}.reviewRequirementId`)}
            />
          )}
          <Button type="button" variant="warning" onClick={() => remove(index)}>
            Remove action {index + 1}
          </Button>
        </fieldset>
      ))}
      {fields.length < MAX_ACTIONS && (
        <p>
          <Button type="button" variant="secondary" onClick={() => append({ ...EMPTY_ACTION })}>
            {fields.length === 0 ? "Add an action" : "Add another action"}
          </Button>
        </p>
      )}
      <Button disabled={formState.isSubmitting}>Give feedback</Button>
    </form>
  );
}
