"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { AttachmentsField } from "@/components/attachments-field";
import { Button } from "@/components/button";
import { DateInput } from "@/components/date-input";
import { ErrorSummary } from "@/components/error-summary";
import { Textarea } from "@/components/textarea";
import { QUALITY_DOCUMENT_KIND } from "@/lib/schemas/quality-documents";
import { answerReviewSchema } from "@/lib/schemas/quality-review";
import { useTRPC } from "@/lib/ui/trpc";
import { useSchemaForm } from "@/lib/ui/use-schema-form";

interface Item {
  id: string;
  title: string;
  guidance: string | null;
  asksExpiry: boolean;
  statement: string;
  expiresOn: string;
  evidence: string[];
}

const MAX_FILES = 20;

/**
 * Every requirement's statement, expiry date (where asked) and evidence in one form. Files
 * upload as soon as they are chosen (with progress); saving links them to the requirement.
 */
export function AnswerForm({ reviewId, items }: { reviewId: string; items: Item[] }) {
  const trpc = useTRPC();
  const router = useRouter();
  const answer = useMutation(trpc.review.answer.mutationOptions());
  const [uploading, setUploading] = useState(0);
  const order = items.flatMap((_, index) =>
    ["statement", "expiresOn", "evidenceIds"].map((field) => `answers.${index}.${field}`),
  );
  const { form, onSubmit, errors, topError } = useSchemaForm(
    answerReviewSchema,
    {
      reviewId,
      answers: items.map((item) => ({
        itemId: item.id,
        statement: item.statement,
        expiresOn: item.expiresOn,
        evidenceIds: [],
      })),
    },
    async (values) => {
      if (uploading > 0) {
        throw new Error("Wait for the files to finish uploading, then save");
      }
      await answer.mutateAsync(values);
      router.replace(`/quality/reviews/${reviewId}?answered=1`);
    },
    ["answers", ...order],
  );
  const { register, formState, setValue } = form;
  const fieldError = (index: number, field: "statement" | "expiresOn" | "evidenceIds") =>
    formState.errors.answers?.[index]?.[field]?.message;

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Answers to the requirements">
      <ErrorSummary errors={errors} description={topError} focusKey={formState.submitCount} />
      {items.map((item, index) => (
        <fieldset key={item.id} className="govuk-fieldset govuk-!-margin-bottom-8">
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">
            {index + 1}. {item.title}
          </legend>
          {item.guidance && <p className="govuk-hint">{item.guidance}</p>}
          <Textarea
            label={`How you meet: ${item.title}`}
            labelSize="s"
            rows={4}
            error={fieldError(index, "statement")}
            {...register(`answers.${index}.statement`)}
          />
          {item.asksExpiry && (
            <DateInput
              label={`Expiry date: ${item.title}`}
              hint="The date the cover or certificate runs out"
              error={fieldError(index, "expiresOn")}
              {...register(`answers.${index}.expiresOn`)}
            />
          )}
          {item.evidence.length > 0 && (
            <p className="govuk-body">Already attached: {item.evidence.join(", ")}</p>
          )}
          <AttachmentsField
            name={`answers.${index}.evidenceIds`}
            label={`Evidence: ${item.title}`}
            hint={`Add files; up to ${MAX_FILES} at a time`}
            kind={QUALITY_DOCUMENT_KIND.EVIDENCE}
            max={MAX_FILES}
            error={fieldError(index, "evidenceIds")}
            onChange={(documents) =>
              setValue(
                `answers.${index}.evidenceIds`,
                documents.map((document) => document.id),
              )
            }
            onBusyChange={(busy) => setUploading((count) => count + (busy ? 1 : -1))}
          />
        </fieldset>
      ))}
      <Button disabled={formState.isSubmitting}>Save the answers</Button>
    </form>
  );
}
