"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useWatch, type UseFormReturn } from "react-hook-form";
import { Button } from "@/components/button";
import { Checkboxes } from "@/components/checkboxes";
import { DateInput } from "@/components/date-input";
import { ErrorSummary } from "@/components/error-summary";
import { NotificationBanner } from "@/components/notification-banner";
import { Radios } from "@/components/radios";
import { TextInput } from "@/components/text-input";
import { Textarea } from "@/components/textarea";
import { WEEKDAY_LABEL, type WeekdayValue } from "@/lib/schemas/common";
import { PAPERWORK_LABEL, recordInterviewSchema, respondSchema } from "@/lib/schemas/referral";
import { useTRPC } from "@/lib/ui/trpc";
import type { ReferralRecord } from "./load-referral";
import { useSchemaForm } from "@/lib/ui/use-schema-form";

type Props = { referral: ReferralRecord };

/** The provider's steps before its response: what is still needed, the interview, the response. */
export function ProviderSteps({ referral }: Props) {
  const missing = referral.paperwork
    .filter((item) => !item.receivedAt)
    .map((item) => PAPERWORK_LABEL[item.kind]);
  return (
    <>
      {(missing.length > 0 || !referral.interview) && (
        <div className="govuk-inset-text">
          <h2 className="govuk-heading-s">What is still needed before you respond</h2>
          <ul className="govuk-list govuk-list--bullet">
            {missing.map((label) => (
              <li key={label}>{label} received</li>
            ))}
            {!referral.interview && <li>The interview with the student recorded</li>}
          </ul>
        </div>
      )}
      <InterviewForm referral={referral} />
      <ResponseForm referral={referral} />
    </>
  );
}

function InterviewForm({ referral }: Props) {
  const trpc = useTRPC();
  const record = useMutation(trpc.referral.recordInterview.mutationOptions());
  const { interview } = referral;
  const { form, onSubmit, errors, topError, saved } = useSchemaForm(
    recordInterviewSchema,
    {
      referralId: referral.id,
      heldOn: interview ? interview.heldOn.toISOString().slice(0, 10) : "",
      attendees: interview?.attendees ?? "",
      notes: interview?.notes ?? "",
    },
    (values) => record.mutateAsync(values),
    ["heldOn", "attendees", "notes"],
  );
  const { register, formState } = form;

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="interview-heading">
      <h2 className="govuk-heading-m" id="interview-heading">
        {interview ? "Update the interview record" : "Record the interview"}
      </h2>
      {saved > 0 && (
        <NotificationBanner type="success" heading="Interview saved" focus key={saved} />
      )}
      <ErrorSummary errors={errors} description={topError} focusKey={formState.submitCount} />
      <DateInput
        label="Date of the interview"
        error={formState.errors.heldOn?.message}
        {...register("heldOn")}
      />
      <TextInput
        label="Who attended"
        hint="For example, the student, a parent and the provider's tutor"
        error={formState.errors.attendees?.message}
        {...register("attendees")}
      />
      <Textarea
        label="Notes from the interview"
        error={formState.errors.notes?.message}
        {...register("notes")}
      />
      <Button variant="secondary" disabled={formState.isSubmitting}>
        Save interview
      </Button>
    </form>
  );
}

/** The response form's fields whichever decision is chosen; the schema checks each pair. */
interface ResponseFields {
  decision?: string;
  confirmedDays: string[];
  confirmedStartDate?: string;
  declineGround?: string;
  explanation: string;
}

type ResponseFormApi = UseFormReturn<ResponseFields>;

const DECLINE_GROUNDS = [
  { value: "NEED", text: "Need", hint: "The course cannot meet the student's needs" },
  { value: "RISK", text: "Risk", hint: "The risk cannot be managed safely" },
];

function AcceptFields({ form, days }: { form: ResponseFormApi; days: WeekdayValue[] }) {
  const { register, formState } = form;
  return (
    <>
      <Checkboxes
        legend="Confirmed days"
        legendSize="s"
        hint="Only the days the course runs can be confirmed"
        small
        items={days.map((day) => ({ value: day, text: WEEKDAY_LABEL[day] }))}
        error={formState.errors.confirmedDays?.message}
        {...register("confirmedDays")}
      />
      <DateInput
        label="Confirmed start date"
        error={formState.errors.confirmedStartDate?.message}
        {...register("confirmedStartDate")}
      />
    </>
  );
}

function DeclineFields({ form }: { form: ResponseFormApi }) {
  const { register, formState } = form;
  return (
    <Radios
      legend="Grounds for declining"
      legendSize="s"
      items={DECLINE_GROUNDS}
      error={formState.errors.declineGround?.message}
      {...register("declineGround")}
    />
  );
}

function ResponseForm({ referral }: Props) {
  const trpc = useTRPC();
  const router = useRouter();
  const respond = useMutation(trpc.referral.respond.mutationOptions());
  const { form, onSubmit, errors, topError } = useSchemaForm(
    respondSchema,
    // An array from the start, so a course with a single day still gives a list of days.
    { referralId: referral.id, confirmedDays: [], explanation: "" } as never,
    async (values) => {
      await respond.mutateAsync(values);
      router.replace(`/referrals/${referral.id}?responded=1`);
    },
    ["decision", "confirmedDays", "confirmedStartDate", "declineGround", "explanation"],
  );
  // One flat view of the union's fields, so each can be registered by name.
  const fields = form as unknown as ResponseFormApi;
  const { register, formState, control } = fields;
  const decision = useWatch({ control, name: "decision" });
  const days = referral.course.daysOffered as WeekdayValue[];

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="response-heading">
      <h2 className="govuk-heading-m" id="response-heading">
        Application response
      </h2>
      <ErrorSummary
        errors={errors}
        description={topError}
        focusKey={`${formState.submitCount}-${topError}`}
      />
      <Radios
        legend="Your decision"
        legendSize="s"
        selected={decision}
        items={[
          {
            value: "ACCEPTED",
            text: "Accept the referral",
            conditional: <AcceptFields form={fields} days={days} />,
          },
          {
            value: "DECLINED",
            text: "Decline the referral",
            conditional: <DeclineFields form={fields} />,
          },
        ]}
        error={formState.errors.decision?.message}
        {...register("decision")}
      />
      <Textarea
        label="Explanation"
        hint="The school and the service will read this"
        error={formState.errors.explanation?.message}
        {...register("explanation")}
      />
      <Button disabled={formState.isSubmitting}>Submit application response</Button>
    </form>
  );
}
