"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useMemo } from "react";
import type { FieldError } from "react-hook-form";
import { Button } from "@/components/button";
import { ErrorSummary } from "@/components/error-summary";
import { Radios } from "@/components/radios";
import { Textarea } from "@/components/textarea";
import { answersSchemaFor, RATING_SCORES, type QuestionForAnswer } from "@/lib/schemas/survey";
import { useTRPC } from "@/lib/ui/trpc";
import { useSchemaForm } from "@/lib/ui/use-schema-form";

const RATING_ITEMS = RATING_SCORES.map((score) => ({
  value: String(score),
  text: score === 1 ? "1 (poor)" : score === 5 ? "5 (excellent)" : String(score),
}));
const YES_NO_ITEMS = [
  { value: "YES", text: "Yes" },
  { value: "NO", text: "No" },
];

interface Props {
  surveyId: string;
  questions: QuestionForAnswer[];
}

/** The provider's answers, checked question by question before they are sent. */
export function ResponseForm({ surveyId, questions }: Props) {
  const trpc = useTRPC();
  const router = useRouter();
  const respond = useMutation(trpc.survey.respond.mutationOptions());
  const schema = useMemo(() => answersSchemaFor(questions), [questions]);
  const { form, onSubmit, errors, topError } = useSchemaForm(
    schema,
    { surveyId, answers: {} },
    async (values) => {
      const answers = Object.fromEntries(
        Object.entries(values.answers).map(([id, value]) => [id, String(value ?? "")]),
      );
      await respond.mutateAsync({ surveyId, answers });
      router.replace(`/quality/surveys/${surveyId}?responded=1`);
    },
    questions.map((question) => `answers.${question.id}`),
  );
  const { register, formState } = form;
  const answerErrors = (formState.errors.answers ?? {}) as Record<string, FieldError | undefined>;

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Your response">
      <ErrorSummary errors={errors} description={topError} focusKey={formState.submitCount} />
      {questions.map((question, index) => {
        const name = `answers.${question.id}` as never;
        const label = `${index + 1}. ${question.text}${question.required ? "" : " (optional)"}`;
        const error = answerErrors[question.id]?.message;
        if (question.kind === "TEXT") {
          return <Textarea key={question.id} label={label} error={error} {...register(name)} />;
        }
        return (
          <Radios
            key={question.id}
            legend={label}
            legendSize="s"
            inline
            items={question.kind === "RATING" ? RATING_ITEMS : YES_NO_ITEMS}
            error={error}
            {...register(name)}
          />
        );
      })}
      <Button disabled={formState.isSubmitting}>Send your response</Button>
    </form>
  );
}
