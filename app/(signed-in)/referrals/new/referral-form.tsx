"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormProvider, useForm, useFormContext, useWatch } from "react-hook-form";
import type { z } from "zod";
import { Button } from "@/components/button";
import { Checkboxes } from "@/components/checkboxes";
import { DateInput } from "@/components/date-input";
import { ErrorSummary } from "@/components/error-summary";
import { formatWeekdays } from "@/components/format";
import { Radios } from "@/components/radios";
import { Select } from "@/components/select";
import { Textarea } from "@/components/textarea";
import { WEEKDAY_LABEL, WEEKDAYS } from "@/lib/schemas/common";
import { RISK_LEVELS, referralCreateSchema } from "@/lib/schemas/referral";
import { applyServerErrors, FORM_OPTIONS, summaryErrors } from "@/lib/ui/form-errors";
import { useTRPC } from "@/lib/ui/trpc";
import { useErrorTitle } from "@/lib/ui/use-error-title";
import type { CourseOption } from "./course-option";
import { PaperworkUploads, type PaperworkChoice } from "./paperwork-uploads";
import { NEW_STUDENT_DEFAULTS, STUDENT_FIELD_ORDER, StudentFields } from "./student-fields";

type Values = z.input<typeof referralCreateSchema>;
type Parsed = z.output<typeof referralCreateSchema>;

// The order fields appear in, so the error summary lists problems top to bottom.
const FIELD_ORDER = [
  ...STUDENT_FIELD_ORDER,
  "courseId",
  "requestedDays",
  "requestedStartDate",
  "reasons",
  "needs",
  "riskLevel",
  "riskAssessment",
  "paperwork",
];

const RISK_TEXT = { LOW: "Low", MEDIUM: "Medium", HIGH: "High" } as const;

// Nothing chosen for the student yet: GOV.UK radios start with no answer selected.
const DEFAULT_VALUES = {
  student: { studentId: "", student: NEW_STUDENT_DEFAULTS },
  courseId: "",
  requestedDays: [],
  requestedStartDate: "",
  reasons: "",
  needs: "",
  riskAssessment: "",
  paperwork: [],
} as unknown as Values;

/**
 * School staff refer a student. Validated with the same schema as referral.create; the
 * server's refusals land beside the same fields and nothing typed is lost. Paperwork is
 * uploaded as each file is chosen, so the referral only carries the documents' ids.
 */
export function ReferralForm({ courses }: { courses: CourseOption[] }) {
  const trpc = useTRPC();
  const router = useRouter();
  const form = useForm<Values, unknown, Parsed>({
    ...FORM_OPTIONS,
    resolver: zodResolver(referralCreateSchema),
    defaultValues: DEFAULT_VALUES,
  });
  const { handleSubmit, setError, formState } = form;
  const [paperwork, setPaperwork] = useState<PaperworkChoice[]>([]);
  const [topError, setTopError] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const create = useMutation(trpc.referral.create.mutationOptions());
  const errors = summaryErrors(formState.errors, FIELD_ORDER);
  useErrorTitle(errors.length > 0 || Boolean(topError));

  const onSubmit = async (values: Parsed) => {
    setTopError(null);
    if (uploading) {
      // Sending now would leave the unfinished document off the referral without a word.
      setError("paperwork", { message: "Wait for the uploads to finish, then send the referral" });
      return;
    }
    try {
      const created = await create.mutateAsync({ ...values, paperwork });
      router.push(`/referrals/${created.id}?sent=1`);
    } catch (error) {
      setTopError(applyServerErrors(error, setError));
    }
  };

  return (
    <FormProvider {...form}>
      <ErrorSummary
        errors={errors}
        description={topError}
        focusKey={`${formState.submitCount}-${topError}`}
      />
      <form onSubmit={handleSubmit(onSubmit)} noValidate>
        <StudentFields />
        <CourseFields courses={courses} />
        <NeedsAndRiskFields />
        <PaperworkUploads
          onChange={setPaperwork}
          onBusyChange={setUploading}
          error={formState.errors.paperwork?.message}
        />
        <Button disabled={formState.isSubmitting}>Send referral</Button>
      </form>
    </FormProvider>
  );
}

function courseHint(course: CourseOption | undefined): string | undefined {
  if (!course) {
    return undefined;
  }
  return (
    `${course.title} runs on ${formatWeekdays(course.daysOffered)}, ` +
    `for ages ${course.minAge} to ${course.maxAge}.`
  );
}

function CourseFields({ courses }: { courses: CourseOption[] }) {
  const { register, formState, control } = useFormContext<Values>();
  const courseId = useWatch({ control, name: "courseId" });
  const course = courses.find((option) => option.id === courseId);
  const options = courses.map((option) => ({
    value: option.id,
    text: `${option.title} – ${option.providerName} (${formatWeekdays(option.daysOffered)})`,
  }));

  return (
    <>
      <h2 className="govuk-heading-m">Course</h2>
      <Select
        label="Course"
        hint="Each course shows its provider and the days it runs"
        placeholder="Choose a course"
        options={options}
        error={formState.errors.courseId?.message}
        {...register("courseId")}
      />
      <Checkboxes
        legend="Days wanted"
        legendSize="s"
        hint={courseHint(course) ?? "Choose days the course runs on."}
        items={WEEKDAYS.map((day) => ({ value: day, text: WEEKDAY_LABEL[day] }))}
        error={formState.errors.requestedDays?.message}
        small
        {...register("requestedDays")}
      />
      <DateInput
        label="Start date wanted"
        hint="It must fall on one of the days wanted"
        error={formState.errors.requestedStartDate?.message}
        {...register("requestedStartDate")}
      />
    </>
  );
}

function NeedsAndRiskFields() {
  const { register, formState } = useFormContext<Values>();
  const { errors } = formState;
  return (
    <>
      <h2 className="govuk-heading-m">Reasons, needs and risk</h2>
      <Textarea
        label="Reasons for the referral"
        error={errors.reasons?.message}
        {...register("reasons")}
      />
      <Textarea
        label="The student's needs"
        hint="Learning, SEN, health and anything the provider should plan for"
        error={errors.needs?.message}
        {...register("needs")}
      />
      <Radios
        legend="Level of risk"
        legendSize="s"
        inline
        items={RISK_LEVELS.map((level) => ({ value: level, text: RISK_TEXT[level] }))}
        error={errors.riskLevel?.message}
        {...register("riskLevel")}
      />
      <Textarea
        label="Risk assessment"
        hint="Known risks to the student and others, and how they are managed"
        error={errors.riskAssessment?.message}
        {...register("riskAssessment")}
      />
    </>
  );
}
