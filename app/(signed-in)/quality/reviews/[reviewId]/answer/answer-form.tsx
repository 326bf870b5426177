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
import { errorId, fieldId, hintId } from "@/lib/ui/form-errors";
import { useTRPC } from "@/lib/ui/trpc";
import { useSchemaForm } from "@/lib/ui/use-schema-form";

interface Item {
  id: string;
  title: string;
  guidance: string | null;
  asksExpiry: boolean;
  statement: string;
  expiresOn: string;
  evidence: { id: string; name: string }[];
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
    ["statement", "expiresOn", "evidenceIds", "removeEvidenceIds"].map(
      (field) => `answers.${index}.${field}`,
    ),
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
        removeEvidenceIds: [],
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
  const { register, formState, setValue, getValues } = form;
  const toggleRemoval = (index: number, documentId: string, remove: boolean) => {
    const chosen = getValues(`answers.${index}.removeEvidenceIds`) ?? [];
    const others = chosen.filter((id) => id !== documentId);
    setValue(`answers.${index}.removeEvidenceIds`, remove ? [...others, documentId] : others);
  };
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
            <AttachedFiles
              index={index}
              item={item}
              error={formState.errors.answers?.[index]?.removeEvidenceIds?.message}
              onToggle={(documentId, remove) => toggleRemoval(index, documentId, remove)}
            />
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

interface AttachedFilesProps {
  index: number;
  item: Item;
  error?: string;
  onToggle: (documentId: string, remove: boolean) => void;
}

/**
 * The files already on a requirement, each with a box to take it off when the answers are
 * saved (the wrong file may hold a child's details); the file is kept, but leaves the review.
 */
function AttachedFiles({ index, item, error, onToggle }: AttachedFilesProps) {
  const name = `answers.${index}.removeEvidenceIds`;
  return (
    <div className={`govuk-form-group${error ? " govuk-form-group--error" : ""}`}>
      <fieldset
        className="govuk-fieldset"
        aria-describedby={error ? `${hintId(name)} ${errorId(name)}` : hintId(name)}
      >
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
          Already attached: {item.title}
        </legend>
        <div id={hintId(name)} className="govuk-hint">
          Tick a file to remove it from this requirement when you save
        </div>
        {error && (
          <p id={errorId(name)} className="govuk-error-message">
            <span className="govuk-visually-hidden">Error:</span> {error}
          </p>
        )}
        <div className="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
          {item.evidence.map((file, position) => (
            <div key={file.id} className="govuk-checkboxes__item">
              <input
                className="govuk-checkboxes__input"
                id={position === 0 ? fieldId(name) : `${fieldId(name)}-${position}`}
                type="checkbox"
                value={file.id}
                onChange={(event) => onToggle(file.id, event.target.checked)}
              />
              <label
                className="govuk-label govuk-checkboxes__label"
                htmlFor={position === 0 ? fieldId(name) : `${fieldId(name)}-${position}`}
              >
                Remove {file.name}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
