"use client";

import { useMutation } from "@tanstack/react-query";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { Button } from "@/components/button";
import { Checkboxes } from "@/components/checkboxes";
import { ErrorSummary } from "@/components/error-summary";
import { Radios } from "@/components/radios";
import { TextInput } from "@/components/text-input";
import { Textarea } from "@/components/textarea";
import {
  BEHAVIOUR_SEVERITIES,
  BEHAVIOUR_SEVERITY_LABEL,
  BEHAVIOUR_TYPE_LABEL,
  BEHAVIOUR_TYPES,
  behaviourLogSchema,
  type BehaviourLogInput,
  type BehaviourLogValues,
} from "@/lib/schemas/behaviour";
import { applyServerErrors, FORM_OPTIONS, summaryErrors } from "@/lib/ui/form-errors";
import { useTRPC } from "@/lib/ui/trpc";
import { useErrorTitle } from "@/lib/ui/use-error-title";

export interface StudentChoice {
  id: string;
  name: string;
  /** School and course, so two students of one name can be told apart. */
  detail: string;
}

// The order the fields appear in, so the error summary lists problems top to bottom.
const FIELD_ORDER = [
  "studentIds",
  "occurredAt",
  "location",
  "type",
  "otherType",
  "severity",
  "description",
  "actionTaken",
  "parentCarerInformed",
  "schoolInformed",
];

const SEVERITY_HINT = {
  LOW: "Low-level disruption dealt with in the session",
  MEDIUM: "Needed a member of staff to step in beyond the session, or was repeated",
  HIGH: "Harm or risk of harm to someone, serious damage, or the police were called",
} as const;

const YES_NO = [
  { value: "YES", text: "Yes" },
  { value: "NO", text: "No" },
];

/**
 * Logging an incident with the schema behaviour.log uses; the server's refusals land beside
 * the same fields and nothing typed is lost.
 */
export function LogIncidentForm(props: { students: StudentChoice[]; preselected: string[] }) {
  const { students, preselected } = props;
  const trpc = useTRPC();
  const router = useRouter();
  const form = useForm<BehaviourLogInput, unknown, BehaviourLogValues>({
    ...FORM_OPTIONS,
    resolver: zodResolver(behaviourLogSchema),
    defaultValues: {
      studentIds: preselected,
      location: "",
      otherType: "",
      description: "",
      actionTaken: "",
    } as unknown as BehaviourLogInput,
  });
  const { register, handleSubmit, setError, control, formState } = form;
  const type = useWatch({ control, name: "type" });
  const [topError, setTopError] = useState<string | null>(null);
  const log = useMutation(trpc.behaviour.log.mutationOptions());
  const errors = summaryErrors(formState.errors, FIELD_ORDER);
  useErrorTitle(errors.length > 0 || Boolean(topError));
  const { errors: fieldErrors } = formState;

  const onSubmit = async (values: BehaviourLogValues) => {
    setTopError(null);
    try {
      const created = await log.mutateAsync(values);
      router.push(`/behaviour/${created.id}?done=logged`);
    } catch (error) {
      setTopError(applyServerErrors(error, setError, FIELD_ORDER));
    }
  };

  return (
    <>
      <ErrorSummary
        errors={errors}
        description={topError}
        focusKey={`${formState.submitCount}-${topError}`}
      />
      <form onSubmit={handleSubmit(onSubmit)} noValidate>
        <Checkboxes
          legend="Students involved"
          legendSize="m"
          hint="Select every student of yours who was involved. Each one's school is told."
          small
          items={students.map((s) => ({ value: s.id, text: s.name, hint: s.detail }))}
          error={fieldErrors.studentIds?.message}
          {...register("studentIds")}
        />
        <h2 className="govuk-heading-m">What happened</h2>
        <TextInput
          type="datetime-local"
          label="When it happened"
          hint="The date and time of the incident"
          className="cap-date-input"
          error={fieldErrors.occurredAt?.message}
          {...register("occurredAt")}
        />
        <TextInput
          label="Where it happened"
          hint="For example, the joinery workshop, or the car park at lunchtime"
          error={fieldErrors.location?.message}
          {...register("location")}
        />
        <Radios
          legend="Type of incident"
          legendSize="s"
          small
          selected={type}
          items={BEHAVIOUR_TYPES.map((value) => ({
            value,
            text: BEHAVIOUR_TYPE_LABEL[value],
            conditional:
              value === "OTHER" ? (
                <TextInput
                  label="What kind of incident was it?"
                  error={fieldErrors.otherType?.message}
                  {...register("otherType")}
                />
              ) : undefined,
          }))}
          error={fieldErrors.type?.message}
          {...register("type")}
        />
        <Radios
          legend="How serious was it?"
          legendSize="s"
          items={BEHAVIOUR_SEVERITIES.map((value) => ({
            value,
            text: BEHAVIOUR_SEVERITY_LABEL[value],
            hint: SEVERITY_HINT[value],
          }))}
          error={fieldErrors.severity?.message}
          {...register("severity")}
        />
        <Textarea
          label="What happened"
          hint={
            "Facts only: what was said and done, and by whom. Every school with a student in " +
            "this incident reads this description, so refer to any other student by their " +
            "initials only, never by name."
          }
          rows={6}
          error={fieldErrors.description?.message}
          {...register("description")}
        />
        <Textarea
          label="Action taken"
          hint="For example, time out, sent home, a restorative conversation, first aid"
          error={fieldErrors.actionTaken?.message}
          {...register("actionTaken")}
        />
        <Radios
          legend="Has the parent or carer been told?"
          legendSize="s"
          inline
          items={YES_NO}
          error={fieldErrors.parentCarerInformed?.message}
          {...register("parentCarerInformed")}
        />
        <Radios
          legend="Has the school been told, other than through the portal?"
          legendSize="s"
          hint="The portal tells each student's school when you log the incident"
          inline
          items={YES_NO}
          error={fieldErrors.schoolInformed?.message}
          {...register("schoolInformed")}
        />
        <Button disabled={formState.isSubmitting}>Log the incident</Button>
      </form>
    </>
  );
}
