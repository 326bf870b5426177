"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { Button } from "@/components/button";
import { DateInput } from "@/components/date-input";
import { ErrorSummary } from "@/components/error-summary";
import { Textarea } from "@/components/textarea";
import { TextInput } from "@/components/text-input";
import { policeIntelligenceCreateSchema } from "@/lib/schemas/police-intelligence";
import { useTRPC } from "@/lib/ui/trpc";
import { useSchemaForm } from "@/lib/ui/use-schema-form";

const ORDER = [
  "subjectName",
  "subjectDescription",
  "subjectDateOfBirth",
  "subjectAssociates",
  "subjectVehicles",
  "subjectLocations",
  "subjectHandles",
  "whatWasSeenOrHeard",
  "observedAt",
  "observedWhere",
];

/** A new report about one person: who they are, then what was seen or heard. */
export function IntelligenceForm({ concernId }: { concernId: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const create = useMutation(trpc.policeIntelligence.create.mutationOptions());
  const { form, onSubmit, errors, topError } = useSchemaForm(
    policeIntelligenceCreateSchema,
    { concernId } as never,
    async (values) => {
      const { id } = await create.mutateAsync(values);
      router.push(`/concerns/${concernId}/police-intelligence/${id}?written=1`);
    },
    ORDER,
  );
  const { register, formState } = form;
  const error = (name: (typeof ORDER)[number]) =>
    (formState.errors as Record<string, { message?: string } | undefined>)[name]?.message;

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="intelligence-heading">
      <h2 className="govuk-heading-m" id="intelligence-heading">
        Write a report
      </h2>
      <ErrorSummary errors={errors} description={topError} focusKey={formState.submitCount} />
      <div className="govuk-inset-text">
        Facts only: what was seen or heard, when and where. Leave out who saw or heard it, and any
        opinion.
      </div>
      <fieldset className="govuk-fieldset">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
          The subject: one person
        </legend>
        <TextInput
          label="Name, or the name they are known by"
          error={error("subjectName")}
          {...register("subjectName")}
        />
        <Textarea
          label="Description (optional)"
          hint="Sex, age, height, build, hair, clothing, distinguishing marks"
          rows={3}
          error={error("subjectDescription")}
          {...register("subjectDescription")}
        />
        <DateInput
          label="Date of birth (optional)"
          hint="Only if known"
          error={error("subjectDateOfBirth")}
          {...register("subjectDateOfBirth")}
        />
        <Textarea
          label="Associates (optional)"
          rows={3}
          error={error("subjectAssociates")}
          {...register("subjectAssociates")}
        />
        <Textarea
          label="Vehicles (optional)"
          hint="Make, model, colour and registration, or part of it"
          rows={2}
          error={error("subjectVehicles")}
          {...register("subjectVehicles")}
        />
        <Textarea
          label="Locations (optional)"
          hint="Addresses and places they are seen at"
          rows={3}
          error={error("subjectLocations")}
          {...register("subjectLocations")}
        />
        <Textarea
          label="Phone numbers and social media handles (optional)"
          rows={2}
          error={error("subjectHandles")}
          {...register("subjectHandles")}
        />
      </fieldset>
      <fieldset className="govuk-fieldset">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
          The information
        </legend>
        <Textarea
          label="What was seen or heard"
          error={error("whatWasSeenOrHeard")}
          {...register("whatWasSeenOrHeard")}
        />
        <TextInput
          label="When it was seen or heard"
          hint="Date and time, UK time"
          type="datetime-local"
          className="cap-date-input"
          error={error("observedAt")}
          {...register("observedAt")}
        />
        <TextInput
          label="Where it was seen or heard"
          error={error("observedWhere")}
          {...register("observedWhere")}
        />
      </fieldset>
      <Button disabled={formState.isSubmitting}>Save report</Button>
    </form>
  );
}
