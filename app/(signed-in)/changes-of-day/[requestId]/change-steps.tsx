"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { ActionForm } from "@/components/action-form";
import { Button } from "@/components/button";
import { ErrorSummary } from "@/components/error-summary";
import { ImpactFields } from "@/components/impact-fields";
import { Radios } from "@/components/radios";
import { Textarea } from "@/components/textarea";
import { rejectChangeOfDaySchema, respondChangeOfDaySchema } from "@/lib/schemas/change-of-day";
import { CHECKLIST_STEP_LABEL, type ChecklistStep } from "@/lib/schemas/withdrawal";
import { useTRPC } from "@/lib/ui/trpc";
import { useSchemaForm } from "@/lib/ui/use-schema-form";

const ORDER = ["decision", "reason", "impactAchievement", "impactHealth", "impactWellbeing"];

/** The provider agrees or declines, with its reason and the effect on the student. */
export function RespondForm({ requestId }: { requestId: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const respond = useMutation(trpc.changeOfDay.respond.mutationOptions());
  const { form, onSubmit, errors, topError } = useSchemaForm(
    respondChangeOfDaySchema,
    { requestId },
    async (values) => {
      await respond.mutateAsync(values);
      router.replace(`/changes-of-day/${requestId}?answered=1`);
    },
    ORDER,
  );
  const { register, formState } = form;
  const error = (name: keyof typeof formState.errors) => formState.errors[name]?.message;
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="respond-heading">
      <h3 className="govuk-heading-s" id="respond-heading">
        Your answer
      </h3>
      <ErrorSummary errors={errors} description={topError} focusKey={formState.submitCount} />
      <Radios
        legend="Do you agree to the change of day?"
        legendSize="s"
        items={[
          { value: "AGREED", text: "Yes, we agree" },
          { value: "DECLINED", text: "No, we decline" },
        ]}
        error={error("decision")}
        {...register("decision")}
      />
      <Textarea label="Reason for your answer" error={error("reason")} {...register("reason")} />
      <ImpactFields register={register} error={error} />
      <Button disabled={formState.isSubmitting}>Send your answer</Button>
    </form>
  );
}

export function TickChangeStep({ requestId, step }: { requestId: string; step: ChecklistStep }) {
  const trpc = useTRPC();
  const tick = useMutation(trpc.changeOfDay.tickChecklist.mutationOptions());
  return (
    <ActionForm
      label={`${CHECKLIST_STEP_LABEL[step]} updated`}
      button={`Mark ${CHECKLIST_STEP_LABEL[step]} as updated`}
      variant="secondary"
      action={() => tick.mutateAsync({ requestId, step })}
    />
  );
}

export function ProcessChange({ requestId }: { requestId: string }) {
  const trpc = useTRPC();
  const process = useMutation(trpc.changeOfDay.process.mutationOptions());
  return (
    <ActionForm
      label="Process the change of day"
      button="Process the change of day"
      action={() => process.mutateAsync({ requestId })}
      then={`/changes-of-day/${requestId}?processed=1`}
    >
      <p className="govuk-body">
        Processing moves the placement&apos;s day from the date it takes effect and sends the
        confirmation to the school and the provider.
      </p>
    </ActionForm>
  );
}

/** The admin closes an agreed change that can no longer be processed; both parties read why. */
export function RejectChange({ requestId }: { requestId: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const reject = useMutation(trpc.changeOfDay.reject.mutationOptions());
  const { form, onSubmit, errors, topError } = useSchemaForm(
    rejectChangeOfDaySchema,
    { requestId, reason: "" },
    async (values) => {
      await reject.mutateAsync(values);
      router.replace(`/changes-of-day/${requestId}?rejected=1`);
    },
    ["reason"],
  );
  const { register, formState } = form;
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="reject-heading">
      <h3 className="govuk-heading-s" id="reject-heading">
        Reject the change of day
      </h3>
      <p className="govuk-body">
        If the change can no longer be made, for example because the placement has ended, reject it:
        the student keeps the day they attend now.
      </p>
      <ErrorSummary errors={errors} description={topError} focusKey={formState.submitCount} />
      <Textarea
        label="Reason for rejecting"
        hint="The school and the provider read this"
        error={formState.errors.reason?.message}
        {...register("reason")}
      />
      <Button variant="warning" disabled={formState.isSubmitting}>
        Reject the change of day
      </Button>
    </form>
  );
}
