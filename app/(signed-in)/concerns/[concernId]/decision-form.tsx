"use client";

import { useMutation } from "@tanstack/react-query";
import { useWatch, type UseFormReturn } from "react-hook-form";
import { z } from "zod";
import { Button } from "@/components/button";
import { DateInput } from "@/components/date-input";
import { ErrorSummary } from "@/components/error-summary";
import { Radios } from "@/components/radios";
import { TextInput } from "@/components/text-input";
import { Textarea } from "@/components/textarea";
import { CONCERN_OUTCOME_LABEL, concernDecisionSchema } from "@/lib/schemas/concern";
import { useTRPC } from "@/lib/ui/trpc";
import { RISK_TEXT, type RiskValue } from "../_lib/concern-display";
import { useConcernForm } from "./use-concern-form";

/** Every field any outcome has, so each can be registered by name. */
interface DecisionFields {
  outcome?: string;
  reviewDate?: string;
  referredOn?: string;
  reference?: string;
  referralOutcome?: string;
  rationale: string;
  riskLevel?: string;
}

type Api = UseFormReturn<DecisionFields>;

const ORDER = [
  "outcome",
  "reviewDate",
  "referredOn",
  "reference",
  "referralOutcome",
  "rationale",
  "riskLevel",
];

function ReferredOn({ form, label }: { form: Api; label: string }) {
  return (
    <DateInput
      label={label}
      error={form.formState.errors.referredOn?.message}
      {...form.register("referredOn")}
    />
  );
}

/** The fields of one outcome, shown under it while it is chosen (GOV.UK conditional reveal). */
function OutcomeFields({ form, outcome }: { form: Api; outcome: string }) {
  const { register, formState } = form;
  const { errors } = formState;
  switch (outcome) {
    case "MONITOR":
      return (
        <DateInput
          label="Review date"
          hint="When you will look at this again. It must be in the future."
          error={errors.reviewDate?.message}
          {...register("reviewDate")}
        />
      );
    case "MASH_REFERRAL":
      return (
        <>
          <ReferredOn form={form} label="Date of the MASH referral" />
          <TextInput
            label="MASH reference"
            width="20"
            spellCheck={false}
            error={errors.reference?.message}
            {...register("reference")}
          />
          <Textarea
            label="MASH outcome (optional)"
            hint="If you know it already, for example a strategy discussion or section 47 enquiry"
            rows={3}
            error={errors.referralOutcome?.message}
            {...register("referralOutcome")}
          />
        </>
      );
    case "POLICE":
      return (
        <>
          <ReferredOn form={form} label="Date the police were told" />
          <TextInput
            label="Police reference (optional)"
            hint="The crime or incident number, if given"
            width="20"
            spellCheck={false}
            error={errors.reference?.message}
            {...register("reference")}
          />
        </>
      );
    case "PREVENT":
      return <ReferredOn form={form} label="Date of the Prevent referral" />;
    case "LADO":
      return <ReferredOn form={form} label="Date of the LADO referral" />;
    default:
      return null;
  }
}

const OUTCOME_HINT: Record<keyof typeof CONCERN_OUTCOME_LABEL, string> = {
  MONITOR: "Keep watching, and review by a set date",
  MASH_REFERRAL: "The threshold for children's social care is met",
  POLICE: "A crime has been or may be committed",
  PREVENT: "A risk of radicalisation",
  LADO: "An allegation about an adult who works with children",
  NO_FURTHER_ACTION: "Record why no further action is needed",
};

/** The shared schema, reading the unanswered optional risk question (null) as no answer. */
const DECISION_FORM_SCHEMA = z.preprocess(
  (values) =>
    values && typeof values === "object" && !("riskLevel" in values && values.riskLevel)
      ? { ...values, riskLevel: undefined }
      : values,
  concernDecisionSchema,
  // The same values in and out as the shared schema; only a null answer is read differently.
) as unknown as typeof concernDecisionSchema;

/** The raising organisation's DSL decides; every decision gives its rationale. */
export function DecisionForm({
  concernId,
  currentRisk,
  decidedBefore,
}: {
  concernId: string;
  currentRisk: RiskValue;
  decidedBefore: boolean;
}) {
  const trpc = useTRPC();
  const decide = useMutation(trpc.concern.decide.mutationOptions());
  const { form, onSubmit, errors, topError } = useConcernForm(
    DECISION_FORM_SCHEMA,
    { concernId, rationale: "" } as never,
    (values) => decide.mutateAsync(values),
    ORDER,
    "decision",
  );
  // One flat view of the union's fields, so each can be registered by name.
  const fields = form as unknown as Api;
  const { register, formState, control } = fields;
  const outcome = useWatch({ control, name: "outcome" });
  const items = (Object.keys(CONCERN_OUTCOME_LABEL) as (keyof typeof CONCERN_OUTCOME_LABEL)[]).map(
    (value) => ({
      value,
      text: CONCERN_OUTCOME_LABEL[value],
      hint: OUTCOME_HINT[value],
      // Only the chosen outcome's fields exist, so two outcomes never share an input.
      conditional: outcome === value ? <OutcomeFields form={fields} outcome={value} /> : undefined,
    }),
  );

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="decision-heading">
      <h2 className="govuk-heading-m" id="decision-heading">
        {decidedBefore ? "Record a further decision" : "Your decision"}
      </h2>
      <p className="govuk-body">
        Each decision is kept with its rationale, including a decision to take no further action.
      </p>
      <ErrorSummary
        errors={errors}
        description={topError}
        focusKey={`${formState.submitCount}-${topError}`}
      />
      <Radios
        legend="What happens next?"
        legendSize="s"
        selected={outcome}
        items={items}
        error={formState.errors.outcome?.message}
        {...register("outcome")}
      />
      <Textarea
        label="Rationale"
        hint="Why you decided this: what you weighed, who you consulted, what threshold applies"
        error={formState.errors.rationale?.message}
        {...register("rationale")}
      />
      <Radios
        legend="Your judgement of the risk (optional)"
        legendSize="s"
        hint={`Leave blank to keep it as it is: ${RISK_TEXT[currentRisk].toLowerCase()}`}
        inline
        items={(["LOW", "MEDIUM", "HIGH"] as const).map((value) => ({
          value,
          text: RISK_TEXT[value],
        }))}
        error={formState.errors.riskLevel?.message}
        {...register("riskLevel")}
      />
      <Button disabled={formState.isSubmitting}>Record the decision</Button>
    </form>
  );
}
