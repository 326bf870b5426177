"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { AttachmentsField } from "@/components/attachments-field";
import { Button } from "@/components/button";
import { ErrorSummary } from "@/components/error-summary";
import { Radios } from "@/components/radios";
import { Textarea } from "@/components/textarea";
import {
  CONCERN_ATTACHMENT_KIND,
  CONCERN_ENTRY_KIND_LABEL,
  concernEntrySchema,
  MAX_CONCERN_ATTACHMENTS,
} from "@/lib/schemas/concern";
import { useTRPC } from "@/lib/ui/trpc";
import { useConcernForm } from "./use-concern-form";

const ORDER = ["kind", "text", "documentIds"];

/** Appends further information or an action to the concern, with any files. */
export function EntryForm({ concernId }: { concernId: string }) {
  const trpc = useTRPC();
  const add = useMutation(trpc.concern.addEntry.mutationOptions());
  const [uploading, setUploading] = useState(false);
  // A new picker after each addition, so the files just sent are not offered again.
  const [round, setRound] = useState(0);
  const { form, onSubmit, errors, topError } = useConcernForm(
    concernEntrySchema,
    { concernId, text: "", documentIds: [] },
    async (values) => {
      if (uploading) {
        throw new Error("Wait for the files to finish uploading, then add the information");
      }
      await add.mutateAsync(values);
      setRound((n) => n + 1);
    },
    ORDER,
    "entry",
  );
  const { register, formState, setValue } = form;

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="add-entry-heading">
      <h2 className="govuk-heading-m" id="add-entry-heading">
        Add to the record
      </h2>
      <p className="govuk-body">
        What you add is kept with your name and the time, and cannot be changed afterwards.
      </p>
      <ErrorSummary
        errors={errors}
        description={topError}
        focusKey={`${formState.submitCount}-${topError}`}
      />
      <Radios
        legend="What are you adding?"
        legendSize="s"
        items={[
          {
            value: "FURTHER_INFORMATION",
            text: CONCERN_ENTRY_KIND_LABEL.FURTHER_INFORMATION,
            hint: "Something new you have seen, heard or been told, or a correction",
          },
          {
            value: "ACTION",
            text: CONCERN_ENTRY_KIND_LABEL.ACTION,
            hint: "Something that has been done, for example a call to a parent",
          },
        ]}
        error={formState.errors.kind?.message}
        {...register("kind")}
      />
      <Textarea
        label="Information or action"
        hint="Facts, with names, dates and times. A child's words exactly as they said them."
        error={formState.errors.text?.message}
        {...register("text")}
      />
      <AttachmentsField
        key={round}
        name="documentIds"
        label="Attach files (optional)"
        hint={
          "PDF, Word, JPEG or PNG, each smaller than 10 MB, " +
          `up to ${MAX_CONCERN_ATTACHMENTS} files.`
        }
        kind={CONCERN_ATTACHMENT_KIND}
        max={MAX_CONCERN_ATTACHMENTS}
        error={formState.errors.documentIds?.message}
        onChange={(documents) =>
          setValue(
            "documentIds",
            documents.map((document) => document.id),
          )
        }
        onBusyChange={setUploading}
      />
      <Button variant="secondary" disabled={formState.isSubmitting}>
        Add to the record
      </Button>
    </form>
  );
}
