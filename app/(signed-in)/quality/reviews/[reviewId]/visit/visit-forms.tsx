"use client";

import { useState } from "react";
import { Button } from "@/components/button";
import { DateInput } from "@/components/date-input";
import { ErrorSummary } from "@/components/error-summary";
import { NotificationBanner } from "@/components/notification-banner";
import { Textarea } from "@/components/textarea";
import { TextInput } from "@/components/text-input";
import { addObservationSchema, recordVisitSchema } from "@/lib/schemas/quality-review";
import { useTRPC } from "@/lib/ui/trpc";
import { useSchemaForm } from "@/lib/ui/use-schema-form";
import { useMutation } from "@tanstack/react-query";

interface VisitValues {
  visitedOn: string;
  visitors: string;
  learnerVoice: string;
  safeguardingSpotCheck: string;
  siteSpotCheck: string;
}

const VISIT_ORDER = [
  "visitedOn",
  "visitors",
  "learnerVoice",
  "safeguardingSpotCheck",
  "siteSpotCheck",
];

export function VisitForm({ reviewId, values }: { reviewId: string; values: VisitValues }) {
  const trpc = useTRPC();
  const record = useMutation(trpc.review.recordVisit.mutationOptions());
  const { form, onSubmit, errors, topError, saved } = useSchemaForm(
    recordVisitSchema,
    { reviewId, ...values },
    (input) => record.mutateAsync(input),
    VISIT_ORDER,
  );
  const { register, formState } = form;
  const error = (name: keyof typeof formState.errors) => formState.errors[name]?.message;
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="visit-heading">
      <h2 className="govuk-heading-m" id="visit-heading">
        The visit
      </h2>
      {saved > 0 && <NotificationBanner type="success" heading="Visit saved" focus key={saved} />}
      <ErrorSummary errors={errors} description={topError} focusKey={formState.submitCount} />
      <DateInput label="Date of the visit" error={error("visitedOn")} {...register("visitedOn")} />
      <TextInput
        label="Who visited"
        hint="Names and roles"
        error={error("visitors")}
        {...register("visitors")}
      />
      <Textarea
        label="Learner voice"
        hint="What learners said about their course and the provider"
        error={error("learnerVoice")}
        {...register("learnerVoice")}
      />
      <Textarea
        label="Safeguarding spot-check"
        hint="For example, whether staff could name the DSL and how to raise a concern"
        error={error("safeguardingSpotCheck")}
        {...register("safeguardingSpotCheck")}
      />
      <Textarea
        label="Site spot-check"
        hint="For example, fire exits, first aid, the condition of workshops"
        error={error("siteSpotCheck")}
        {...register("siteSpotCheck")}
      />
      <Button disabled={formState.isSubmitting}>Save the visit</Button>
    </form>
  );
}

const OBSERVATION_ORDER = ["observedOn", "session", "observer", "strengths", "areasToDevelop"];
const EMPTY_OBSERVATION = {
  observedOn: "",
  session: "",
  observer: "",
  strengths: "",
  areasToDevelop: "",
};

/** One lesson observed; a fresh, empty form after each, ready for the next. */
export function ObservationForm({ reviewId }: { reviewId: string }) {
  const [added, setAdded] = useState(0);
  return (
    <section aria-labelledby="observation-heading">
      <h3 className="govuk-heading-s" id="observation-heading">
        Add a lesson observation
      </h3>
      {added > 0 && (
        <NotificationBanner type="success" heading="Observation added" focus key={added} />
      )}
      <ObservationFields
        key={added}
        reviewId={reviewId}
        onAdded={() => setAdded((count) => count + 1)}
      />
    </section>
  );
}

function ObservationFields({ reviewId, onAdded }: { reviewId: string; onAdded: () => void }) {
  const trpc = useTRPC();
  const add = useMutation(trpc.review.addObservation.mutationOptions());
  const { form, onSubmit, errors, topError } = useSchemaForm(
    addObservationSchema,
    { reviewId, ...EMPTY_OBSERVATION },
    async (input) => {
      await add.mutateAsync(input);
      onAdded();
    },
    OBSERVATION_ORDER,
  );
  const { register, formState } = form;
  const error = (name: keyof typeof formState.errors) => formState.errors[name]?.message;
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Lesson observation">
      <ErrorSummary errors={errors} description={topError} focusKey={formState.submitCount} />
      <DateInput label="Date observed" error={error("observedOn")} {...register("observedOn")} />
      <TextInput
        label="Session observed"
        hint="Course, subject and group"
        error={error("session")}
        {...register("session")}
      />
      <TextInput label="Observer" error={error("observer")} {...register("observer")} />
      <Textarea label="Strengths" error={error("strengths")} {...register("strengths")} />
      <Textarea
        label="Areas to develop"
        error={error("areasToDevelop")}
        {...register("areasToDevelop")}
      />
      <Button variant="secondary" disabled={formState.isSubmitting}>
        Add the observation
      </Button>
    </form>
  );
}
