"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useWatch } from "react-hook-form";
import { Button } from "@/components/button";
import { DateInput } from "@/components/date-input";
import { ErrorSummary } from "@/components/error-summary";
import { NotificationBanner } from "@/components/notification-banner";
import { Radios } from "@/components/radios";
import { Textarea } from "@/components/textarea";
import { TextInput } from "@/components/text-input";
import { fromDateOnly } from "@/lib/schemas/common";
import {
  PREVENT_OUTCOME_LABEL,
  PREVENT_OUTCOMES,
  preventFormSchema,
  preventOutcomeSchema,
  preventSentSchema,
} from "@/lib/schemas/prevent";
import { SEN_LABEL, SEN_STATUSES } from "@/lib/schemas/student";
import { useTRPC } from "@/lib/ui/trpc";
import { useSchemaForm } from "@/lib/ui/use-schema-form";
import type { PreventRecord } from "./prevent-record";

/** Creates the prefilled form; the page then shows it for editing. */
export function StartButton({ concernId }: { concernId: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const start = useMutation(trpc.prevent.start.mutationOptions());
  const [problem, setProblem] = useState<string | null>(null);

  async function onClick() {
    setProblem(null);
    try {
      await start.mutateAsync({ concernId });
      router.refresh();
    } catch (error) {
      setProblem((error as Error).message);
    }
  }

  return (
    <>
      <ErrorSummary errors={[]} description={problem} focusKey={problem} />
      <Button type="button" onClick={onClick} disabled={start.isPending}>
        Start a Prevent referral
      </Button>
    </>
  );
}

const FORM_ORDER = [
  "individualName",
  "individualDateOfBirth",
  "individualSchool",
  "individualYearGroup",
  "individualSenStatus",
  "individualLookedAfter",
  "referrerName",
  "referrerRole",
  "referrerOrganisation",
  "referrerEmail",
  "referrerPhone",
  "concerns",
  "complexNeeds",
  "otherInformation",
] as const;

function defaultsOf(referral: PreventRecord) {
  return {
    concernId: referral.concernId,
    individualName: referral.individualName,
    individualDateOfBirth: fromDateOnly(referral.individualDateOfBirth),
    individualSchool: referral.individualSchool,
    individualYearGroup: String(referral.individualYearGroup),
    individualSenStatus: referral.individualSenStatus,
    individualLookedAfter: referral.individualLookedAfter ? "YES" : "NO",
    referrerName: referral.referrerName,
    referrerRole: referral.referrerRole,
    referrerOrganisation: referral.referrerOrganisation,
    referrerEmail: referral.referrerEmail,
    referrerPhone: referral.referrerPhone ?? "",
    concerns: referral.concerns,
    complexNeeds: referral.complexNeeds ?? "",
    otherInformation: referral.otherInformation ?? "",
  } as const;
}

/** The form's sections, prefilled; saved as often as the DSL likes until it is sent. */
export function PreventForm({ referral }: { referral: PreventRecord }) {
  const trpc = useTRPC();
  const update = useMutation(trpc.prevent.update.mutationOptions());
  const { form, onSubmit, errors, topError, saved } = useSchemaForm(
    preventFormSchema,
    defaultsOf(referral) as never,
    (values) => update.mutateAsync(values),
    FORM_ORDER,
  );
  const { register, formState, control } = form;
  const error = (name: (typeof FORM_ORDER)[number]) => formState.errors[name]?.message;
  const sen = useWatch({ control, name: "individualSenStatus" });
  const lookedAfter = useWatch({ control, name: "individualLookedAfter" });

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="prevent-form-heading">
      <h2 className="govuk-heading-m" id="prevent-form-heading">
        Check and change the referral
      </h2>
      {saved > 0 && <NotificationBanner type="success" heading="Changes saved" focus key={saved} />}
      <ErrorSummary errors={errors} description={topError} focusKey={formState.submitCount} />
      <h3 className="govuk-heading-s">1. The individual</h3>
      <TextInput
        label="Full name"
        error={error("individualName")}
        {...register("individualName")}
      />
      <DateInput
        label="Date of birth"
        error={error("individualDateOfBirth")}
        {...register("individualDateOfBirth")}
      />
      <TextInput
        label="School"
        error={error("individualSchool")}
        {...register("individualSchool")}
      />
      <TextInput
        label="Year group"
        width="2"
        inputMode="numeric"
        error={error("individualYearGroup")}
        {...register("individualYearGroup")}
      />
      <Radios
        legend="Special educational needs"
        legendSize="s"
        selected={sen}
        items={SEN_STATUSES.map((value) => ({ value, text: SEN_LABEL[value] }))}
        error={error("individualSenStatus")}
        {...register("individualSenStatus")}
      />
      <Radios
        legend="Looked-after child"
        legendSize="s"
        inline
        selected={lookedAfter}
        items={[
          { value: "YES", text: "Yes" },
          { value: "NO", text: "No" },
        ]}
        error={error("individualLookedAfter")}
        {...register("individualLookedAfter")}
      />
      <h3 className="govuk-heading-s">2. The referrer</h3>
      <TextInput label="Your name" error={error("referrerName")} {...register("referrerName")} />
      <TextInput label="Your role" error={error("referrerRole")} {...register("referrerRole")} />
      <TextInput
        label="Your organisation"
        error={error("referrerOrganisation")}
        {...register("referrerOrganisation")}
      />
      <TextInput
        label="Your email address"
        type="email"
        autoComplete="email"
        spellCheck={false}
        error={error("referrerEmail")}
        {...register("referrerEmail")}
      />
      <TextInput
        label="Your phone number (optional)"
        type="tel"
        autoComplete="tel"
        width="20"
        error={error("referrerPhone")}
        {...register("referrerPhone")}
      />
      <h3 className="govuk-heading-s">3. The concerns</h3>
      <Textarea
        label="What are the concerns?"
        hint="What was seen or heard, when, and why it points to radicalisation"
        rows={8}
        error={error("concerns")}
        {...register("concerns")}
      />
      <h3 className="govuk-heading-s">4. Complex needs</h3>
      <Textarea
        label="Complex needs (optional)"
        hint="Special educational needs, plans, mental health, self-harm, vulnerabilities"
        error={error("complexNeeds")}
        {...register("complexNeeds")}
      />
      <h3 className="govuk-heading-s">5. Other information</h3>
      <Textarea
        label="Other information (optional)"
        hint="Whether the family knows, other agencies involved, anything else Prevent should know"
        error={error("otherInformation")}
        {...register("otherInformation")}
      />
      <Button variant="secondary" disabled={formState.isSubmitting}>
        Save changes
      </Button>
    </form>
  );
}

/** The day it went to the Prevent team; from then on the form is kept as sent. */
export function SentForm({ concernId }: { concernId: string }) {
  const trpc = useTRPC();
  const markSent = useMutation(trpc.prevent.markSent.mutationOptions());
  const { form, onSubmit, errors, topError } = useSchemaForm(
    preventSentSchema,
    { concernId, sentOn: "" },
    (values) => markSent.mutateAsync(values),
    ["sentOn"],
  );
  const { register, formState } = form;

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="prevent-sent-heading">
      <h2 className="govuk-heading-m" id="prevent-sent-heading">
        Record that it was sent
      </h2>
      <ErrorSummary errors={errors} description={topError} focusKey={formState.submitCount} />
      <p className="govuk-body">Save your changes first: once sent, the referral is fixed.</p>
      <DateInput
        label="Date it was sent"
        error={formState.errors.sentOn?.message}
        {...register("sentOn")}
      />
      <Button disabled={formState.isSubmitting}>Record as sent</Button>
    </form>
  );
}

/** What the Prevent team decided, when they say. */
export function OutcomeForm({ concernId }: { concernId: string }) {
  const trpc = useTRPC();
  const record = useMutation(trpc.prevent.recordOutcome.mutationOptions());
  const { form, onSubmit, errors, topError } = useSchemaForm(
    preventOutcomeSchema,
    { concernId } as never,
    (values) => record.mutateAsync(values),
    ["outcome", "outcomeNotes"],
  );
  const { register, formState } = form;

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="prevent-outcome-heading">
      <h2 className="govuk-heading-m" id="prevent-outcome-heading">
        Record the outcome
      </h2>
      <ErrorSummary errors={errors} description={topError} focusKey={formState.submitCount} />
      <Radios
        legend="What did the Prevent team decide?"
        legendSize="s"
        items={PREVENT_OUTCOMES.map((value) => ({ value, text: PREVENT_OUTCOME_LABEL[value] }))}
        error={formState.errors.outcome?.message}
        {...register("outcome")}
      />
      <Textarea
        label="Notes (optional)"
        error={formState.errors.outcomeNotes?.message}
        {...register("outcomeNotes")}
      />
      <Button disabled={formState.isSubmitting}>Record outcome</Button>
    </form>
  );
}
