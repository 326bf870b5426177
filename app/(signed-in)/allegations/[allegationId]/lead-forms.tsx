"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useWatch } from "react-hook-form";
import { Button } from "@/components/button";
import { DateInput } from "@/components/date-input";
import { ErrorSummary } from "@/components/error-summary";
import { NotificationBanner } from "@/components/notification-banner";
import { Radios } from "@/components/radios";
import { TextInput } from "@/components/text-input";
import { Textarea } from "@/components/textarea";
import {
  ALLEGATION_OUTCOME_HINT,
  ALLEGATION_OUTCOME_LABEL,
  ALLEGATION_OUTCOMES,
  allegationOutcomeSchema,
  allegationThresholdsSchema,
  ladoContactSchema,
  THRESHOLD_LABEL,
  THRESHOLD_SHORT,
  THRESHOLDS,
} from "@/lib/schemas/allegation";
import { useTRPC } from "@/lib/ui/trpc";
import { useClearAfterSave, useRecordForm } from "./use-record-form";

type Props = { allegationId: string };

const MET_ITEMS = [
  { value: "MET", text: "Met" },
  { value: "NOT_MET", text: "Not met" },
];

const THRESHOLD_ORDER = THRESHOLDS.flatMap((threshold) => [threshold, `${threshold}Note`]);

/** The lead's judgement on each of the four thresholds, each with a note. */
export function ThresholdsForm({ allegationId }: Props) {
  const trpc = useTRPC();
  const record = useMutation(trpc.allegation.recordThresholds.mutationOptions());
  const blank = Object.fromEntries(THRESHOLDS.map((threshold) => [`${threshold}Note`, ""]));
  const { form, onSubmit, errors, topError, saved } = useRecordForm(
    allegationThresholdsSchema,
    { allegationId, ...blank },
    (values) => record.mutateAsync(values),
    THRESHOLD_ORDER,
  );
  const { register, formState } = form;
  const fieldErrors = formState.errors;

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="thresholds-heading">
      <h2 className="govuk-heading-m" id="thresholds-heading">
        Assess the thresholds
      </h2>
      {saved > 0 && (
        <NotificationBanner type="success" heading="Thresholds recorded" focus key={saved} />
      )}
      <p className="govuk-body">
        Judge each threshold on what is known now. If any one is met, the matter is an allegation to
        discuss with the LADO. A later assessment is added beside this one.
      </p>
      <ErrorSummary errors={errors} description={topError} focusKey={formState.submitCount} />
      {THRESHOLDS.map((threshold) => (
        <div key={threshold}>
          <Radios
            legend={`The adult ${THRESHOLD_LABEL[threshold].toLowerCase()}`}
            legendSize="s"
            inline
            items={MET_ITEMS}
            error={fieldErrors[threshold]?.message}
            {...register(threshold)}
          />
          <Textarea
            label={`Note on ${THRESHOLD_SHORT[threshold]}`}
            rows={3}
            error={fieldErrors[`${threshold}Note`]?.message}
            {...register(`${threshold}Note`)}
          />
        </div>
      ))}
      <Button variant="secondary" disabled={formState.isSubmitting}>
        Record thresholds
      </Button>
    </form>
  );
}

export function LadoContactForm({ allegationId }: Props) {
  const trpc = useTRPC();
  const record = useMutation(trpc.allegation.recordLadoContact.mutationOptions());
  const blank = { allegationId, consultedOn: "", ladoName: "", reference: "", advice: "" };
  const { form, onSubmit, errors, topError, saved } = useRecordForm(
    ladoContactSchema,
    blank,
    (values) => record.mutateAsync(values),
    ["consultedOn", "ladoName", "reference", "advice"],
  );
  useClearAfterSave(saved, () => form.reset(blank));
  const { register, formState } = form;

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="lado-heading">
      <h2 className="govuk-heading-m" id="lado-heading">
        Record a LADO consultation
      </h2>
      {saved > 0 && (
        <NotificationBanner type="success" heading="LADO consultation recorded" focus key={saved} />
      )}
      <ErrorSummary errors={errors} description={topError} focusKey={formState.submitCount} />
      <DateInput
        label="Date of the consultation"
        error={formState.errors.consultedOn?.message}
        {...register("consultedOn")}
      />
      <TextInput
        label="LADO's name"
        error={formState.errors.ladoName?.message}
        {...register("ladoName")}
      />
      <TextInput
        label="LADO reference (optional)"
        width="20"
        error={formState.errors.reference?.message}
        {...register("reference")}
      />
      <Textarea
        label="The LADO's advice"
        error={formState.errors.advice?.message}
        {...register("advice")}
      />
      <Button variant="secondary" disabled={formState.isSubmitting}>
        Record consultation
      </Button>
    </form>
  );
}

/** The outcome closes the allegation; it is recorded once. */
export function OutcomeForm({ allegationId }: Props) {
  const trpc = useTRPC();
  const router = useRouter();
  const record = useMutation(trpc.allegation.recordOutcome.mutationOptions());
  const { form, onSubmit, errors, topError } = useRecordForm(
    allegationOutcomeSchema,
    { allegationId, outcomeOn: "", rationale: "" },
    async (values) => {
      await record.mutateAsync(values);
      router.replace(`/allegations/${allegationId}?closed=1`);
    },
    ["outcome", "outcomeOn", "rationale"],
  );
  const { register, formState, control } = form;
  const outcome = useWatch({ control, name: "outcome" });

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="outcome-heading">
      <h2 className="govuk-heading-m" id="outcome-heading">
        Record the outcome and close
      </h2>
      <ErrorSummary errors={errors} description={topError} focusKey={formState.submitCount} />
      <Radios
        legend="Outcome"
        legendSize="s"
        selected={outcome}
        items={ALLEGATION_OUTCOMES.map((value) => ({
          value,
          text: ALLEGATION_OUTCOME_LABEL[value],
          hint: ALLEGATION_OUTCOME_HINT[value],
        }))}
        error={formState.errors.outcome?.message}
        {...register("outcome")}
      />
      <DateInput
        label="Date of the outcome"
        error={formState.errors.outcomeOn?.message}
        {...register("outcomeOn")}
      />
      <Textarea
        label="Rationale"
        hint="Why this outcome, and what follows from it"
        error={formState.errors.rationale?.message}
        {...register("rationale")}
      />
      <Button disabled={formState.isSubmitting}>Record outcome and close</Button>
    </form>
  );
}
