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
  CONSENT_RELATIONSHIP_LABEL,
  CONSENT_RELATIONSHIPS,
  recordConsentSchema,
} from "@/lib/schemas/consent";
import { useTRPC } from "@/lib/ui/trpc";
import { useSchemaForm } from "@/lib/ui/use-schema-form";

const ORDER = [
  "subject",
  "studentId",
  "relationship",
  "personName",
  "photo",
  "video",
  "givenBy",
  "givenOn",
];
const YES_NO = [
  { value: "YES", text: "Yes" },
  { value: "NO", text: "No" },
];

interface Props {
  students: { id: string; name: string }[];
}

/** Consent for a student referred to or placed with the provider, or for a staff member. */
export function ConsentForm({ students }: Props) {
  const trpc = useTRPC();
  const router = useRouter();
  const record = useMutation(trpc.consent.record.mutationOptions());
  const { form, onSubmit, errors, topError } = useSchemaForm(
    recordConsentSchema,
    {},
    async (values) => {
      const { id } = await record.mutateAsync(values);
      router.replace(`/quality/consent/${id}?saved=1`);
    },
    ORDER,
  );
  const { register, formState, control } = form;
  const subject = useWatch({ control, name: "subject" });
  const error = (name: keyof typeof formState.errors) => formState.errors[name]?.message;

  const studentQuestions = (
    <>
      <Select
        label="Student"
        placeholder="Choose a student"
        options={students.map((student) => ({ value: student.id, text: student.name }))}
        error={error("studentId")}
        {...register("studentId")}
      />
      <Radios
        legend="Who gave consent?"
        legendSize="s"
        small
        items={CONSENT_RELATIONSHIPS.map((value) => ({
          value,
          text: CONSENT_RELATIONSHIP_LABEL[value],
        }))}
        error={error("relationship")}
        {...register("relationship")}
      />
    </>
  );

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Consent">
      <ErrorSummary errors={errors} description={topError} focusKey={formState.submitCount} />
      <Radios
        legend="Whose consent is it?"
        legendSize="s"
        selected={subject}
        items={[
          { value: "STUDENT", text: "A student", conditional: studentQuestions },
          {
            value: "STAFF",
            text: "A member of staff",
            conditional: (
              <TextInput
                label="Staff member's name"
                error={error("personName")}
                {...register("personName")}
              />
            ),
          },
        ]}
        error={error("subject")}
        {...register("subject")}
      />
      <Radios
        legend="May they be photographed?"
        legendSize="s"
        inline
        items={YES_NO}
        error={error("photo")}
        {...register("photo")}
      />
      <Radios
        legend="May they be filmed?"
        legendSize="s"
        inline
        items={YES_NO}
        error={error("video")}
        {...register("video")}
      />
      <TextInput
        label="Name of the person who gave consent"
        error={error("givenBy")}
        {...register("givenBy")}
      />
      <DateInput label="Date consent was given" error={error("givenOn")} {...register("givenOn")} />
      <Button disabled={formState.isSubmitting}>Save the consent</Button>
    </form>
  );
}
