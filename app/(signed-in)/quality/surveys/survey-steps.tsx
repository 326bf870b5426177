"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { ActionForm } from "@/components/action-form";
import { Button } from "@/components/button";
import { ErrorSummary } from "@/components/error-summary";
import { NotificationBanner } from "@/components/notification-banner";
import { Radios } from "@/components/radios";
import { TextInput } from "@/components/text-input";
import {
  addQuestionSchema,
  SURVEY_QUESTION_KIND_LABEL,
  SURVEY_QUESTION_KINDS,
  updateQuestionSchema,
  type SurveyQuestionKindValue,
} from "@/lib/schemas/survey";
import { useTRPC } from "@/lib/ui/trpc";
import { useSchemaForm } from "@/lib/ui/use-schema-form";

const KIND_ITEMS = SURVEY_QUESTION_KINDS.map((kind) => ({
  value: kind,
  text: SURVEY_QUESTION_KIND_LABEL[kind],
}));
const REQUIRED_ITEMS = [
  { value: "YES", text: "Yes" },
  { value: "NO", text: "No, providers may leave it blank" },
];

/** Adds a question to a draft survey; the form empties after each one for the next. */
export function AddQuestionForm({ surveyId }: { surveyId: string }) {
  const trpc = useTRPC();
  const add = useMutation(trpc.survey.addQuestion.mutationOptions());
  const { form, onSubmit, errors, topError, saved } = useSchemaForm(
    addQuestionSchema,
    { surveyId, text: "" },
    (values) => add.mutateAsync(values),
    ["text", "kind", "required"],
  );
  const { register, formState, reset } = form;
  // Empty the form after each question is added, ready for the next.
  useEffect(() => {
    if (saved > 0) {
      reset({ surveyId, text: "" });
    }
  }, [saved, reset, surveyId]);
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="add-question-heading">
      <h2 className="govuk-heading-m" id="add-question-heading">
        Add a question
      </h2>
      {saved > 0 && (
        <NotificationBanner type="success" heading="Question added" focus key={saved} />
      )}
      <ErrorSummary errors={errors} description={topError} focusKey={formState.submitCount} />
      <TextInput label="Question" error={formState.errors.text?.message} {...register("text")} />
      <Radios
        legend="Kind of answer"
        legendSize="s"
        items={KIND_ITEMS}
        error={formState.errors.kind?.message}
        {...register("kind")}
      />
      <Radios
        legend="Must providers answer it?"
        legendSize="s"
        inline
        items={REQUIRED_ITEMS}
        error={formState.errors.required?.message}
        {...register("required")}
      />
      <Button variant="secondary" disabled={formState.isSubmitting}>
        Add the question
      </Button>
    </form>
  );
}

interface QuestionValues {
  id: string;
  text: string;
  kind: SurveyQuestionKindValue;
  required: boolean;
}

/**
 * Changes a draft survey's question, on a page of its own: field ids come from field names,
 * so a second form of the same fields on the survey's page would repeat them.
 */
export function EditQuestionForm(props: { surveyId: string; question: QuestionValues }) {
  const { surveyId, question } = props;
  const trpc = useTRPC();
  const router = useRouter();
  const update = useMutation(trpc.survey.updateQuestion.mutationOptions());
  const { form, onSubmit, errors, topError } = useSchemaForm(
    updateQuestionSchema,
    {
      questionId: question.id,
      text: question.text,
      kind: question.kind,
      required: question.required ? "YES" : "NO",
    },
    async (values) => {
      await update.mutateAsync(values);
      router.replace(`/quality/surveys/${surveyId}?changed=1`);
    },
    ["text", "kind", "required"],
  );
  const { register, formState } = form;
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Change the question">
      <ErrorSummary errors={errors} description={topError} focusKey={formState.submitCount} />
      <TextInput label="Question" error={formState.errors.text?.message} {...register("text")} />
      <Radios
        legend="Kind of answer"
        legendSize="s"
        items={KIND_ITEMS}
        error={formState.errors.kind?.message}
        {...register("kind")}
      />
      <Radios
        legend="Must providers answer it?"
        legendSize="s"
        inline
        items={REQUIRED_ITEMS}
        error={formState.errors.required?.message}
        {...register("required")}
      />
      <Button disabled={formState.isSubmitting}>Save the question</Button>
    </form>
  );
}

export function MoveQuestion(props: {
  questionId: string;
  direction: "UP" | "DOWN";
  text: string;
}) {
  const { questionId, direction, text } = props;
  const trpc = useTRPC();
  const move = useMutation(trpc.survey.moveQuestion.mutationOptions());
  const label = `Move “${text}” ${direction === "UP" ? "up" : "down"}`;
  return (
    <ActionForm
      label={label}
      button={direction === "UP" ? "Move up" : "Move down"}
      variant="secondary"
      action={() => move.mutateAsync({ questionId, direction })}
    />
  );
}

export function OpenSurvey({ surveyId }: { surveyId: string }) {
  const trpc = useTRPC();
  const open = useMutation(trpc.survey.open.mutationOptions());
  return (
    <ActionForm
      label="Open the survey"
      button="Open the survey to providers"
      action={() => open.mutateAsync({ surveyId })}
      then={`/quality/surveys/${surveyId}?opened=1`}
    >
      <p className="govuk-body">
        Every provider is told. Once it is open, the questions can no longer be changed.
      </p>
    </ActionForm>
  );
}

export function CloseSurvey({ surveyId }: { surveyId: string }) {
  const trpc = useTRPC();
  const close = useMutation(trpc.survey.close.mutationOptions());
  return (
    <ActionForm
      label="Close the survey"
      button="Close the survey now"
      variant="warning"
      action={() => close.mutateAsync({ surveyId })}
      then={`/quality/surveys/${surveyId}?closed=1`}
    >
      <p className="govuk-body">
        No more responses are taken. The results are shown once it has closed, if at least 3
        providers have responded.
      </p>
    </ActionForm>
  );
}
