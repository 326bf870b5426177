"use client";

import { useMutation } from "@tanstack/react-query";
import { ActionForm } from "@/components/action-form";
import { Button } from "@/components/button";
import { DateInput } from "@/components/date-input";
import { ErrorSummary } from "@/components/error-summary";
import { NotificationBanner } from "@/components/notification-banner";
import { Textarea } from "@/components/textarea";
import { TextInput } from "@/components/text-input";
import {
  CHECKLIST_STEP_LABEL,
  recordWithdrawalMeetingSchema,
  rejectWithdrawalSchema,
  type ChecklistStep,
} from "@/lib/schemas/withdrawal";
import { useTRPC } from "@/lib/ui/trpc";
import { useSchemaForm } from "@/lib/ui/use-schema-form";

interface Meeting {
  requestId: string;
  heldOn: string;
  attendees: string;
}

/** The provider's meeting with the service and the school, needed before it submits. */
export function MeetingForm({ requestId, heldOn, attendees }: Meeting) {
  const trpc = useTRPC();
  const record = useMutation(trpc.withdrawal.recordMeeting.mutationOptions());
  const { form, onSubmit, errors, topError, saved } = useSchemaForm(
    recordWithdrawalMeetingSchema,
    { requestId, heldOn, attendees },
    (values) => record.mutateAsync(values),
    ["heldOn", "attendees"],
  );
  const { register, formState } = form;
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="meeting-heading">
      <h2 className="govuk-heading-m" id="meeting-heading">
        Meeting with the service and the school
      </h2>
      {saved > 0 && <NotificationBanner type="success" heading="Meeting saved" focus key={saved} />}
      <ErrorSummary errors={errors} description={topError} focusKey={formState.submitCount} />
      <DateInput
        label="Date of the meeting"
        error={formState.errors.heldOn?.message}
        {...register("heldOn")}
      />
      <TextInput
        label="Who attended"
        hint="For example, the provider's tutor, the school's SENCo and the CAP monitoring officer"
        error={formState.errors.attendees?.message}
        {...register("attendees")}
      />
      <Button variant="secondary" disabled={formState.isSubmitting}>
        Save the meeting
      </Button>
    </form>
  );
}

export function SubmitRequest({ requestId }: { requestId: string }) {
  const trpc = useTRPC();
  const submit = useMutation(trpc.withdrawal.submit.mutationOptions());
  return (
    <ActionForm
      label="Submit the request"
      button="Submit the request"
      action={() => submit.mutateAsync({ requestId })}
      then={`/withdrawals/${requestId}?submitted=1`}
    />
  );
}

export function WithdrawRequest({ requestId }: { requestId: string }) {
  const trpc = useTRPC();
  const withdraw = useMutation(trpc.withdrawal.withdraw.mutationOptions());
  return (
    <ActionForm
      label="Withdraw the request"
      button="Withdraw the request"
      variant="warning"
      action={() => withdraw.mutateAsync({ requestId })}
      then={`/withdrawals/${requestId}?closed=1`}
    />
  );
}

export function TickStep({ requestId, step }: { requestId: string; step: ChecklistStep }) {
  const trpc = useTRPC();
  const tick = useMutation(trpc.withdrawal.tickChecklist.mutationOptions());
  return (
    <ActionForm
      label={`${CHECKLIST_STEP_LABEL[step]} updated`}
      button={`Mark ${CHECKLIST_STEP_LABEL[step]} as updated`}
      variant="secondary"
      action={() => tick.mutateAsync({ requestId, step })}
    />
  );
}

export function ProcessRequest({ requestId }: { requestId: string }) {
  const trpc = useTRPC();
  const process = useMutation(trpc.withdrawal.process.mutationOptions());
  return (
    <ActionForm
      label="Process the withdrawal"
      button="Process the withdrawal"
      action={() => process.mutateAsync({ requestId })}
      then={`/withdrawals/${requestId}?processed=1`}
    >
      <p className="govuk-body">
        Processing ends the placement days from the date the withdrawal takes effect and sends the
        record to the school and the provider.
      </p>
    </ActionForm>
  );
}

export function RejectRequest({ requestId }: { requestId: string }) {
  const trpc = useTRPC();
  const reject = useMutation(trpc.withdrawal.reject.mutationOptions());
  const { form, onSubmit, errors, topError } = useSchemaForm(
    rejectWithdrawalSchema,
    { requestId, reason: "" },
    (values) => reject.mutateAsync(values),
    ["reason"],
  );
  const { register, formState } = form;
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="reject-heading">
      <h3 className="govuk-heading-s" id="reject-heading">
        Reject the request
      </h3>
      <ErrorSummary errors={errors} description={topError} focusKey={formState.submitCount} />
      <Textarea
        label="Reason for rejecting"
        hint="The requester reads this"
        error={formState.errors.reason?.message}
        {...register("reason")}
      />
      <Button variant="warning" disabled={formState.isSubmitting}>
        Reject the request
      </Button>
    </form>
  );
}
