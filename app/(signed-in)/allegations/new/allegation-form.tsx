"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormProvider, useForm } from "react-hook-form";
import type { z } from "zod";
import { Button } from "@/components/button";
import { ErrorSummary } from "@/components/error-summary";
import { Select } from "@/components/select";
import { TextInput } from "@/components/text-input";
import { Textarea } from "@/components/textarea";
import { allegationReportSchema } from "@/lib/schemas/allegation";
import { applyServerErrors, FORM_OPTIONS, summaryErrors } from "@/lib/ui/form-errors";
import { useTRPC } from "@/lib/ui/trpc";
import { useErrorTitle } from "@/lib/ui/use-error-title";
import { StudentLinks } from "./student-links";

type Values = z.input<typeof allegationReportSchema>;
type Parsed = z.output<typeof allegationReportSchema>;

export interface EmployerOption {
  value: string;
  text: string;
}

// The order fields appear in, so the error summary lists problems top to bottom.
const FIELD_ORDER = [
  "adultName",
  "adultRole",
  "employerId",
  "occurredAt",
  "location",
  "whatHappened",
  "childrenInvolved",
  "studentIds",
  "immediateAction",
  "whoWasTold",
];

const DEFAULT_VALUES = {
  adultName: "",
  adultRole: "",
  employerId: "",
  occurredAt: "",
  location: "",
  whatHappened: "",
  childrenInvolved: "",
  studentIds: [],
  immediateAction: "",
  whoWasTold: "",
} as unknown as Values;

/**
 * Anyone signed in reports an allegation about an adult. Validated with the same schema as
 * allegation.report; the server's refusals land beside the same fields and nothing typed
 * is lost.
 */
export function AllegationForm(props: { employers: EmployerOption[]; canLinkStudents: boolean }) {
  const { employers, canLinkStudents } = props;
  const trpc = useTRPC();
  const router = useRouter();
  const form = useForm<Values, unknown, Parsed>({
    ...FORM_OPTIONS,
    resolver: zodResolver(allegationReportSchema),
    defaultValues: DEFAULT_VALUES,
  });
  const { handleSubmit, setError, formState, register } = form;
  const { errors: fieldErrors } = formState;
  const [topError, setTopError] = useState<string | null>(null);
  const report = useMutation(trpc.allegation.report.mutationOptions());
  const errors = summaryErrors(fieldErrors, FIELD_ORDER);
  useErrorTitle(errors.length > 0 || Boolean(topError));

  const onSubmit = async (values: Parsed) => {
    setTopError(null);
    try {
      const created = await report.mutateAsync(values);
      router.push(`/allegations/${created.id}?reported=1`);
    } catch (error) {
      setTopError(applyServerErrors(error, setError));
    }
  };

  return (
    <FormProvider {...form}>
      <ErrorSummary
        errors={errors}
        description={topError}
        focusKey={`${formState.submitCount}-${topError}`}
      />
      <form onSubmit={handleSubmit(onSubmit)} noValidate>
        <h2 className="govuk-heading-m">The adult</h2>
        <TextInput
          label="Their name"
          autoComplete="off"
          error={fieldErrors.adultName?.message}
          {...register("adultName")}
        />
        <TextInput
          label="Their role"
          hint="For example, tutor, teaching assistant, driver or volunteer"
          error={fieldErrors.adultRole?.message}
          {...register("adultRole")}
        />
        <Select
          label="Who they work for"
          placeholder="Choose their employer"
          options={employers}
          error={fieldErrors.employerId?.message}
          {...register("employerId")}
        />
        <h2 className="govuk-heading-m">What happened</h2>
        <TextInput
          type="datetime-local"
          label="When it happened"
          hint="As near as you know it, in UK time"
          width="20"
          error={fieldErrors.occurredAt?.message}
          {...register("occurredAt")}
        />
        <TextInput
          label="Where it happened"
          error={fieldErrors.location?.message}
          {...register("location")}
        />
        <Textarea
          label="What happened"
          hint="What you saw or heard, or what you were told and by whom, in their words"
          rows={8}
          error={fieldErrors.whatHappened?.message}
          {...register("whatHappened")}
        />
        <Textarea
          label="Children involved (optional)"
          hint="Who they are and how they were involved, as far as you know"
          error={fieldErrors.childrenInvolved?.message}
          {...register("childrenInvolved")}
        />
        {canLinkStudents && <StudentLinks />}
        <h2 className="govuk-heading-m">What has been done</h2>
        <Textarea
          label="What was done straight away"
          hint="For example, a child made safe or separated from the adult"
          error={fieldErrors.immediateAction?.message}
          {...register("immediateAction")}
        />
        <Textarea
          label="Who has been told"
          hint="Names and roles, and when"
          error={fieldErrors.whoWasTold?.message}
          {...register("whoWasTold")}
        />
        <Button disabled={formState.isSubmitting}>Send to the service lead</Button>
      </form>
    </FormProvider>
  );
}
