"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { Button } from "@/components/button";
import { Checkboxes } from "@/components/checkboxes";
import { ErrorSummary } from "@/components/error-summary";
import { Select, type SelectOption } from "@/components/select";
import { TextInput } from "@/components/text-input";
import { WEEKDAY_LABEL, WEEKDAYS } from "@/lib/schemas/common";
import {
  submitCourseConfirmationSchema,
  type SubmitCourseConfirmationInput,
} from "@/lib/schemas/course-confirmation";
import { useTRPC } from "@/lib/ui/trpc";
import { useSchemaForm } from "@/lib/ui/use-schema-form";

const ORDER = [
  "contractReference",
  "courseId",
  "title",
  "subject",
  "qualification",
  "level",
  "awardingBody",
  "daysOffered",
  "places",
  "minAge",
  "maxAge",
  "location",
];

const TEXT_FIELDS = [
  ["title", "Course title", undefined],
  ["subject", "Subject", undefined],
  ["qualification", "Qualification", "For example, Certificate in Construction Skills"],
  ["level", "Level", "For example, Entry 3 or Level 1"],
  ["awardingBody", "Awarding body", "For example, City & Guilds or NCFE"],
] as const;

interface Props {
  start: Partial<SubmitCourseConfirmationInput>;
  courses: SelectOption[];
}

export function ConfirmationForm({ start, courses }: Props) {
  const trpc = useTRPC();
  const router = useRouter();
  const submit = useMutation(trpc.courseConfirmation.submit.mutationOptions());
  const { form, onSubmit, errors, topError } = useSchemaForm(
    submitCourseConfirmationSchema,
    { daysOffered: [], ...start },
    async (values) => {
      const { id } = await submit.mutateAsync(values);
      router.replace(`/quality/courses/${id}?submitted=1`);
    },
    ORDER,
  );
  const { register, formState } = form;
  const error = (name: keyof typeof formState.errors) => formState.errors[name]?.message;

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Course content">
      <ErrorSummary errors={errors} description={topError} focusKey={formState.submitCount} />
      <TextInput
        label="Contract or lot reference"
        hint="As awarded on the purchasing system"
        width="20"
        error={error("contractReference")}
        {...register("contractReference")}
      />
      <Select
        label="Course to update (optional)"
        hint="Leave blank to add a new course"
        placeholder="A new course"
        options={courses}
        error={error("courseId")}
        {...register("courseId")}
      />
      {TEXT_FIELDS.map(([name, label, hint]) => (
        <TextInput key={name} label={label} hint={hint} error={error(name)} {...register(name)} />
      ))}
      <Checkboxes
        legend="Days the course runs"
        legendSize="s"
        items={WEEKDAYS.map((day) => ({ value: day, text: WEEKDAY_LABEL[day] }))}
        error={error("daysOffered")}
        {...register("daysOffered")}
      />
      <TextInput
        label="Places"
        width="3"
        inputMode="numeric"
        error={error("places")}
        {...register("places")}
      />
      <TextInput
        label="Youngest age"
        width="3"
        inputMode="numeric"
        error={error("minAge")}
        {...register("minAge")}
      />
      <TextInput
        label="Oldest age"
        width="3"
        inputMode="numeric"
        error={error("maxAge")}
        {...register("maxAge")}
      />
      <TextInput label="Location" error={error("location")} {...register("location")} />
      <Button disabled={formState.isSubmitting}>Submit to the service</Button>
    </form>
  );
}
