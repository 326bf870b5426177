"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { Button } from "@/components/button";
import { DateInput } from "@/components/date-input";
import { ErrorSummary } from "@/components/error-summary";
import { Textarea } from "@/components/textarea";
import { TextInput } from "@/components/text-input";
import { createSurveySchema } from "@/lib/schemas/survey";
import { useTRPC } from "@/lib/ui/trpc";
import { useSchemaForm } from "@/lib/ui/use-schema-form";

interface Existing {
  surveyId: string;
  title: string;
  intro: string;
  closesOn: string;
}

/** A new survey's title, introduction and closing date, or a draft's, to change. */
export function SurveyDetailsForm({ existing }: { existing?: Existing }) {
  const trpc = useTRPC();
  const router = useRouter();
  const create = useMutation(trpc.survey.create.mutationOptions());
  const update = useMutation(trpc.survey.update.mutationOptions());
  const { form, onSubmit, errors, topError } = useSchemaForm(
    createSurveySchema,
    existing ?? {},
    async (values) => {
      if (existing) {
        await update.mutateAsync({ ...values, surveyId: existing.surveyId });
        return;
      }
      const { id } = await create.mutateAsync(values);
      router.replace(`/quality/surveys/${id}?created=1`);
    },
    ["title", "intro", "closesOn"],
  );
  const { register, formState } = form;

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Survey details">
      <ErrorSummary errors={errors} description={topError} focusKey={formState.submitCount} />
      <TextInput label="Title" error={formState.errors.title?.message} {...register("title")} />
      <Textarea
        label="Introduction (optional)"
        hint="What providers read before the questions"
        error={formState.errors.intro?.message}
        {...register("intro")}
      />
      <DateInput
        label="Closing date"
        hint="Responses are taken up to the end of this day"
        error={formState.errors.closesOn?.message}
        {...register("closesOn")}
      />
      <Button disabled={formState.isSubmitting}>
        {existing ? "Save the details" : "Create the survey"}
      </Button>
    </form>
  );
}
