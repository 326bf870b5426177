"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormProvider, useForm, useWatch } from "react-hook-form";
import type { z } from "zod";
import { Button } from "@/components/button";
import { DateInput } from "@/components/date-input";
import { ErrorSummary } from "@/components/error-summary";
import { Radios } from "@/components/radios";
import { TextInput } from "@/components/text-input";
import { Textarea } from "@/components/textarea";
import {
  MEETING_OUTCOME_LABEL,
  MEETING_OUTCOMES,
  MEETING_TYPE_LABEL,
  MEETING_TYPES,
  meetingRecordSchema,
  type MeetingPartyValue,
} from "@/lib/schemas/meeting";
import { applyServerErrors, FORM_OPTIONS, summaryErrors } from "@/lib/ui/form-errors";
import { useTRPC } from "@/lib/ui/trpc";
import { useErrorTitle } from "@/lib/ui/use-error-title";
import { AttendeeRows } from "./attendee-rows";
import type { Values } from "./form-types";
import { ReviewedTargets, type EarlierTarget } from "./reviewed-targets";
import { TargetRows } from "./target-rows";

type Parsed = z.output<typeof meetingRecordSchema>;

// The order of the form, so the error summary lists problems top to bottom.
const FIELD_ORDER = [
  "reviewOfId",
  "heldAt",
  "type",
  "attendees",
  "discussion",
  "studentView",
  "reviewedTargets",
  "targets",
  "outcome",
  "reviewOn",
];

export interface MeetingFormProps {
  placementId: string;
  /** The UK date and time now, `YYYY-MM-DDTHH:mm`, the usual answer to "when". */
  now: string;
  attendees: { party: MeetingPartyValue; name: string; role?: string }[];
  reviewOf: { id: string; reference: string; targets: EarlierTarget[] } | null;
}

function defaultsOf({ placementId, now, attendees, reviewOf }: MeetingFormProps) {
  return {
    placementId,
    reviewOfId: reviewOf?.id ?? "",
    heldAt: now,
    attendees: attendees.map((person) => ({ ...person, role: person.role ?? "", attended: true })),
    discussion: "",
    studentView: "",
    targets: [],
    reviewOn: "",
    reviewedTargets: (reviewOf?.targets ?? []).map((target) => ({
      targetId: target.id,
      status: target.status === "OPEN" ? undefined : target.status,
      note: "",
    })),
  } as unknown as Values;
}

/**
 * The record of a student meeting, typed during the meeting. Validated with the schema
 * meeting.record uses; a refusal shows beside the same fields and keeps everything typed.
 */
export function MeetingForm(props: MeetingFormProps) {
  const trpc = useTRPC();
  const router = useRouter();
  const form = useForm<Values, unknown, Parsed>({
    ...FORM_OPTIONS,
    resolver: zodResolver(meetingRecordSchema),
    defaultValues: defaultsOf(props),
  });
  const { register, handleSubmit, setError, formState, control } = form;
  const [topError, setTopError] = useState<string | null>(null);
  const record = useMutation(trpc.meeting.record.mutationOptions());
  const errors = summaryErrors(formState.errors, FIELD_ORDER);
  useErrorTitle(errors.length > 0 || Boolean(topError));
  const outcome = useWatch({ control, name: "outcome" });
  const targets = useWatch({ control, name: "targets" }) ?? [];
  const { reviewOf } = props;

  const onSubmit = async (values: Parsed) => {
    setTopError(null);
    try {
      const created = await record.mutateAsync(values);
      router.push(`/meetings/${created.id}?done=recorded`);
    } catch (error) {
      setTopError(applyServerErrors(error, setError));
    }
  };
  const message = (name: keyof Values) =>
    (formState.errors[name] as { message?: string } | undefined)?.message;

  return (
    <FormProvider {...form}>
      <ErrorSummary
        errors={errors}
        description={topError}
        focusKey={`${formState.submitCount}-${topError}`}
      />
      <form onSubmit={handleSubmit(onSubmit)} noValidate>
        <TextInput
          type="datetime-local"
          label="When the meeting was held"
          className="cap-date-input"
          error={message("heldAt")}
          {...register("heldAt")}
        />
        <Radios
          legend="What was the meeting about?"
          legendSize="s"
          items={MEETING_TYPES.map((value) => ({ value, text: MEETING_TYPE_LABEL[value] }))}
          error={message("type")}
          {...register("type")}
        />
        <AttendeeRows />
        <h2 className="govuk-heading-m">The meeting</h2>
        <Textarea
          label="What was discussed"
          rows={6}
          error={message("discussion")}
          {...register("discussion")}
        />
        <Textarea
          label="The student's own view"
          hint="In the student's words where you can. If they did not attend, what they said before."
          rows={4}
          error={message("studentView")}
          {...register("studentView")}
        />
        {reviewOf && <ReviewedTargets reference={reviewOf.reference} targets={reviewOf.targets} />}
        <TargetRows />
        <h2 className="govuk-heading-m">Outcome</h2>
        <Radios
          legend="What was decided?"
          legendSize="s"
          items={MEETING_OUTCOMES.map((value) => ({ value, text: MEETING_OUTCOME_LABEL[value] }))}
          error={message("outcome")}
          {...register("outcome")}
        />
        <DateInput
          label={
            targets.length > 0 || outcome === "REVIEW" ? "Review date" : "Review date (optional)"
          }
          hint="Needed when targets are agreed or the outcome is a review; on or after the last target's due date."
          error={message("reviewOn")}
          {...register("reviewOn")}
        />
        <p className="govuk-body">
          When you save, each organisation at the meeting gets a copy and a notification.
        </p>
        <Button disabled={formState.isSubmitting}>Save the meeting record</Button>
      </form>
    </FormProvider>
  );
}
