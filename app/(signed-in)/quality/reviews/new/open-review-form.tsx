"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useWatch } from "react-hook-form";
import { Button } from "@/components/button";
import { DateInput } from "@/components/date-input";
import { ErrorSummary } from "@/components/error-summary";
import { Radios } from "@/components/radios";
import { Select } from "@/components/select";
import { TextInput } from "@/components/text-input";
import {
  openReviewSchema,
  REVIEW_KIND_LABEL,
  REVIEW_KINDS,
  VISIT_MODE_LABEL,
  VISIT_MODES,
  type ReviewKindValue,
} from "@/lib/schemas/quality-review";
import { useTRPC } from "@/lib/ui/trpc";
import { useSchemaForm } from "@/lib/ui/use-schema-form";

interface Props {
  providers: { id: string; name: string }[];
  defaults: { providerId: string; kind: ReviewKindValue; startYear: string };
}

const ORDER = ["providerId", "startYear", "kind", "mode", "dueOn"];

const KIND_HINT: Record<ReviewKindValue, string> = {
  QR1: "Online: the provider answers each requirement with evidence",
  QR2: "On site: teaching and learning observed, review 1's open actions revisited",
  FOLLOW_UP: "Summer term, on site or virtual, while actions remain open",
};

/** The officer chooses the provider, the year, which review, and its date. */
export function OpenReviewForm({ providers, defaults }: Props) {
  const trpc = useTRPC();
  const router = useRouter();
  const open = useMutation(trpc.review.open.mutationOptions());
  const { form, onSubmit, errors, topError } = useSchemaForm(
    openReviewSchema,
    { ...defaults, dueOn: "" },
    async (values) => {
      const { reviewId } = await open.mutateAsync(values);
      router.replace(`/quality/reviews/${reviewId}?opened=1`);
    },
    ORDER,
  );
  const { register, formState, control } = form;
  const kind = useWatch({ control, name: "kind" });
  const error = (name: keyof typeof formState.errors) => formState.errors[name]?.message;

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Open a review">
      <ErrorSummary errors={errors} description={topError} focusKey={formState.submitCount} />
      <Select
        label="Provider"
        placeholder="Choose a provider"
        options={providers.map((provider) => ({ value: provider.id, text: provider.name }))}
        error={error("providerId")}
        {...register("providerId")}
      />
      <TextInput
        label="Year the academic year starts"
        hint="For example, 2026 for the 2026/27 year"
        inputMode="numeric"
        width="4"
        error={error("startYear")}
        {...register("startYear")}
      />
      <Radios
        legend="Which review?"
        legendSize="s"
        selected={kind}
        items={REVIEW_KINDS.map((value) => ({
          value,
          text: REVIEW_KIND_LABEL[value],
          hint: KIND_HINT[value],
          conditional:
            value === "FOLLOW_UP" ? (
              <Radios
                legend="How will the follow-up take place?"
                legendSize="s"
                small
                items={VISIT_MODES.map((mode) => ({ value: mode, text: VISIT_MODE_LABEL[mode] }))}
                error={error("mode")}
                {...register("mode")}
              />
            ) : undefined,
        }))}
        error={error("kind")}
        {...register("kind")}
      />
      <DateInput
        label={kind === "QR1" ? "Answers due by" : "Planned date of the visit"}
        error={error("dueOn")}
        {...register("dueOn")}
      />
      <Button disabled={formState.isSubmitting}>Open the review</Button>
    </form>
  );
}
