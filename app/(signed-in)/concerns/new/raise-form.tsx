"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { AttachmentsField } from "@/components/attachments-field";
import { Button } from "@/components/button";
import { Checkboxes } from "@/components/checkboxes";
import { ErrorSummary } from "@/components/error-summary";
import { Radios } from "@/components/radios";
import { TextInput } from "@/components/text-input";
import { Textarea } from "@/components/textarea";
import {
  CONCERN_ATTACHMENT_KIND,
  CONCERN_CATEGORIES,
  CONCERN_CATEGORY_LABEL,
  concernRaiseSchema,
  MAX_CONCERN_ATTACHMENTS,
} from "@/lib/schemas/concern";
import { RISK_LEVELS } from "@/lib/schemas/referral";
import { applyServerErrors, FORM_OPTIONS, summaryErrors } from "@/lib/ui/form-errors";
import { useTRPC } from "@/lib/ui/trpc";
import { useErrorTitle } from "@/lib/ui/use-error-title";
import { LinkedStudents } from "./linked-students";

type Values = z.input<typeof concernRaiseSchema>;
type Parsed = z.output<typeof concernRaiseSchema>;

// The order the fields appear in, so the error summary lists problems top to bottom.
const FIELD_ORDER = [
  "occurredAt",
  "location",
  "categories",
  "whatWasSeenOrHeard",
  "disclosure",
  "immediateAction",
  "whoWasTold",
  "riskLevel",
  "linkedStudentIds",
  "documentIds",
];

const RISK_ITEMS = [
  {
    value: "HIGH",
    text: "High",
    hint: "The child may be at risk of significant harm now or very soon",
  },
  { value: "MEDIUM", text: "Medium", hint: "The child needs help, but is not in danger now" },
  { value: "LOW", text: "Low", hint: "A worry to record and watch" },
] satisfies { value: (typeof RISK_LEVELS)[number]; text: string; hint: string }[];

interface Props {
  student: { id: string; name: string };
}

/**
 * Raising a safeguarding concern about one student. Validated with the schema concern.raise
 * uses; the server's refusals land beside the same fields and nothing typed is lost. Files
 * are uploaded as they are chosen and linked to the concern when it is raised.
 */
export function RaiseConcernForm({ student }: Props) {
  const trpc = useTRPC();
  const router = useRouter();
  const form = useForm<Values, unknown, Parsed>({
    ...FORM_OPTIONS,
    resolver: zodResolver(concernRaiseSchema),
    defaultValues: {
      studentId: student.id,
      location: "",
      categories: [],
      whatWasSeenOrHeard: "",
      disclosure: "",
      immediateAction: "",
      whoWasTold: "",
      linkedStudentIds: [],
      documentIds: [],
    } as unknown as Values,
  });
  const { register, handleSubmit, setError, setValue, formState } = form;
  const [topError, setTopError] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const raise = useMutation(trpc.concern.raise.mutationOptions());
  const errors = summaryErrors(formState.errors, FIELD_ORDER);
  useErrorTitle(errors.length > 0 || Boolean(topError));
  const { errors: fieldErrors } = formState;

  const onSubmit = async (values: Parsed) => {
    setTopError(null);
    if (uploading) {
      setError("documentIds", { message: "Wait for the files to finish uploading, then send" });
      return;
    }
    try {
      const created = await raise.mutateAsync(values);
      router.push(`/concerns/${created.id}?done=raised`);
    } catch (error) {
      setTopError(applyServerErrors(error, setError, FIELD_ORDER));
    }
  };

  return (
    <>
      <ErrorSummary
        errors={errors}
        description={topError}
        focusKey={`${formState.submitCount}-${topError}`}
      />
      <form onSubmit={handleSubmit(onSubmit)} noValidate>
        <h2 className="govuk-heading-m">What happened</h2>
        <TextInput
          type="datetime-local"
          label="When it happened"
          hint="The date and time you saw or heard it, or when the child told you"
          className="cap-date-input"
          error={fieldErrors.occurredAt?.message}
          {...register("occurredAt")}
        />
        <TextInput
          label="Where it happened"
          hint="For example, the workshop at break time, or online"
          error={fieldErrors.location?.message}
          {...register("location")}
        />
        <Checkboxes
          legend="What kind of concern is it?"
          legendSize="s"
          hint="Select all that apply"
          small
          items={CONCERN_CATEGORIES.map((value) => ({
            value,
            text: CONCERN_CATEGORY_LABEL[value],
          }))}
          error={fieldErrors.categories?.message}
          {...register("categories")}
        />
        <Textarea
          label="What you saw or heard"
          hint="Facts only: what you saw, heard or were told, and who was there. Not your opinion."
          rows={6}
          error={fieldErrors.whatWasSeenOrHeard?.message}
          {...register("whatWasSeenOrHeard")}
        />
        <Textarea
          label="What the child said, in their own words (if they told you something)"
          hint={
            "Write exactly what the child said, word for word, even if it is slang, swearing " +
            "or misspelt. Do not summarise or correct it. It is kept exactly as you type it, " +
            "line breaks and all."
          }
          rows={6}
          spellCheck={false}
          error={fieldErrors.disclosure?.message}
          {...register("disclosure")}
        />
        <h2 className="govuk-heading-m">What has been done</h2>
        <Textarea
          label="Action you have already taken"
          hint="For example, kept the child on site, gave first aid, called 999"
          error={fieldErrors.immediateAction?.message}
          {...register("immediateAction")}
        />
        <TextInput
          label="Who you have told"
          hint="Name and role, and how you told them, for example the DSL in person"
          error={fieldErrors.whoWasTold?.message}
          {...register("whoWasTold")}
        />
        <Radios
          legend="How serious do you think the risk is?"
          legendSize="s"
          hint={
            "Your DSL will judge the risk too. " +
            "If a child is in immediate danger, call 999 first."
          }
          items={RISK_ITEMS}
          error={fieldErrors.riskLevel?.message}
          {...register("riskLevel")}
        />
        <h2 className="govuk-heading-m">Other students and files</h2>
        <LinkedStudents
          excludeId={student.id}
          error={fieldErrors.linkedStudentIds?.message}
          onChange={(ids) => setValue("linkedStudentIds", ids)}
        />
        <AttachmentsField
          name="documentIds"
          label="Attach files (optional)"
          hint={
            `For example, a photo of a note or a body map. PDF, Word, JPEG or PNG, each ` +
            `smaller than 10 MB, up to ${MAX_CONCERN_ATTACHMENTS} files.`
          }
          kind={CONCERN_ATTACHMENT_KIND}
          max={MAX_CONCERN_ATTACHMENTS}
          error={fieldErrors.documentIds?.message}
          onChange={(documents) =>
            setValue(
              "documentIds",
              documents.map((document) => document.id),
            )
          }
          onBusyChange={setUploading}
        />
        <div className="govuk-warning-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            Once sent, the concern cannot be changed. You can add further information to it
            afterwards.
          </strong>
        </div>
        <Button disabled={formState.isSubmitting}>Send the concern to your DSL</Button>
      </form>
    </>
  );
}
