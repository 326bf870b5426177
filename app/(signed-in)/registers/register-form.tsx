"use client";

import { useMutation } from "@tanstack/react-query";
import { useWatch, type UseFormReturn } from "react-hook-form";
import { Button } from "@/components/button";
import { ErrorSummary } from "@/components/error-summary";
import { NotificationBanner } from "@/components/notification-banner";
import { Radios } from "@/components/radios";
import { Select } from "@/components/select";
import { studentName, type StudentNameParts } from "@/components/student-name";
import { TextInput } from "@/components/text-input";
import {
  ABSENCE_REASON_LABEL,
  ABSENCE_REASONS,
  ATTENDANCE_MARKS,
  MARK_LABEL,
  type AbsenceReasonValue,
  type AttendanceMarkValue,
  type RegisterSessionValue,
} from "@/lib/attendance";
import { registerSubmitSchema, type RegisterSubmitInput } from "@/lib/schemas/register";
import type { SummaryError } from "@/lib/ui/form-errors";
import { useTRPC } from "@/lib/ui/trpc";
import { useSchemaForm } from "@/lib/ui/use-schema-form";

export interface RegisterRow {
  placementId: string;
  student: StudentNameParts & { id: string };
  courseTitle: string;
  held: {
    mark: AttendanceMarkValue;
    lateMinutes: number | null;
    absenceReason: AbsenceReasonValue | null;
    note: string | null;
  } | null;
}

interface Props {
  heading: string;
  date: string;
  session: RegisterSessionValue;
  rows: readonly RegisterRow[];
}

type FormApi = UseFormReturn<RegisterSubmitInput>;

// "Not yet known" first: it is what an absence means until the family or school says why.
const REASON_OPTIONS = [
  { value: "NOT_KNOWN", text: ABSENCE_REASON_LABEL.NOT_KNOWN },
  ...ABSENCE_REASONS.filter((value) => value !== "NOT_KNOWN").map((value) => ({
    value,
    text: ABSENCE_REASON_LABEL[value],
  })),
];

function defaultsFor({ date, session, rows }: Props): RegisterSubmitInput {
  return {
    date,
    session,
    marks: rows.map(({ placementId, held }) => ({
      placementId,
      mark: held?.mark ?? ("" as AttendanceMarkValue),
      lateMinutes: held?.lateMinutes ?? undefined,
      absenceReason: held?.absenceReason ?? undefined,
      note: held?.note ?? "",
    })),
  };
}

/** Field order for the error summary: each student's mark, then its details, in page order. */
function fieldOrder(count: number): string[] {
  const names = ["mark", "lateMinutes", "absenceReason", "note"];
  return Array.from({ length: count }, (_, i) => names.map((name) => `marks.${i}.${name}`)).flat();
}

/**
 * One register: every student expected in the session, each marked present, late (with
 * minutes), absent (with the reason, if known) or not expected. "Mark the rest present" marks
 * the whole group in one action; saving again only changes what changed.
 */
export function RegisterForm(props: Props) {
  const { heading, rows } = props;
  const trpc = useTRPC();
  const submit = useMutation(trpc.register.submit.mutationOptions());
  const { form, onSubmit, errors, topError, saved } = useSchemaForm(
    registerSubmitSchema,
    defaultsFor(props),
    (values) => submit.mutateAsync(values),
    fieldOrder(rows.length),
  );
  const markedCount = rows.filter((row) => row.held).length;

  const markRestPresent = () => {
    rows.forEach((_row, index) => {
      if (!form.getValues(`marks.${index}.mark`)) {
        form.setValue(`marks.${index}.mark`, "PRESENT", { shouldDirty: true });
      }
    });
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="register-heading">
      <h2 className="govuk-heading-m" id="register-heading">
        {heading}
      </h2>
      {saved > 0 && submit.data && (
        <NotificationBanner type="success" heading="Register saved" focus key={saved}>
          <p className="govuk-body">{savedText(submit.data)}</p>
        </NotificationBanner>
      )}
      <ErrorSummary
        errors={withStudentNames(errors, rows)}
        description={topError}
        focusKey={form.formState.submitCount}
      />
      <p className="govuk-body">
        {expectedText(rows.length)} {markedCount} marked so far.
      </p>
      <Button type="button" variant="secondary" onClick={markRestPresent}>
        Mark everyone not yet marked as present
      </Button>
      {rows.map((row, index) => (
        <StudentMark key={row.placementId} form={form} row={row} index={index} />
      ))}
      <Button disabled={form.formState.isSubmitting}>Save register</Button>
    </form>
  );
}

/** "Sam Jones: Select present, …": the summary says whose mark each problem is about. */
function withStudentNames(errors: SummaryError[], rows: readonly RegisterRow[]): SummaryError[] {
  return errors.map((error) => {
    const row = rows[Number(/^#marks-(\d+)-/.exec(error.href)?.[1] ?? Number.NaN)];
    return row ? { ...error, text: `${studentName(row.student)}: ${error.text}` } : error;
  });
}

function expectedText(count: number): string {
  return `${count === 1 ? "1 student is" : `${count} students are`} expected;`;
}

interface Saved {
  created: number;
  corrected: number;
  unchanged: number;
}

function savedText({ created, corrected, unchanged }: Saved): string {
  const parts = [
    created ? `${created} new ${created === 1 ? "mark" : "marks"}` : null,
    corrected ? `${corrected} ${corrected === 1 ? "correction" : "corrections"}` : null,
    unchanged ? `${unchanged} unchanged` : null,
  ].filter(Boolean);
  return `${parts.join(", ")}.`;
}

function StudentMark({ form, row, index }: { form: FormApi; row: RegisterRow; index: number }) {
  const { register, formState, control } = form;
  const mark = useWatch({ control, name: `marks.${index}.mark` });
  const fieldErrors = formState.errors.marks?.[index];
  const name = studentName(row.student);

  return (
    <div className="cap-register-row">
      <input type="hidden" {...register(`marks.${index}.placementId`)} />
      <Radios
        legend={
          <>
            {name}
            <span className="govuk-visually-hidden">, </span>
            <span className="govuk-caption-m">{row.courseTitle}</span>
          </>
        }
        legendSize="s"
        inline
        small
        items={ATTENDANCE_MARKS.map((value) => ({ value, text: MARK_LABEL[value] }))}
        error={fieldErrors?.mark?.message}
        {...register(`marks.${index}.mark`)}
      />
      {mark === "LATE" && (
        <TextInput
          label={`Minutes late, ${name}`}
          inputMode="numeric"
          width="3"
          error={fieldErrors?.lateMinutes?.message}
          {...register(`marks.${index}.lateMinutes`)}
        />
      )}
      {mark === "ABSENT" && (
        <Select
          label={`Reason for absence, ${name}`}
          options={REASON_OPTIONS}
          error={fieldErrors?.absenceReason?.message}
          {...register(`marks.${index}.absenceReason`)}
        />
      )}
      {(mark === "LATE" || mark === "ABSENT") && (
        <TextInput
          label={`Note for the school, ${name} (optional)`}
          error={fieldErrors?.note?.message}
          {...register(`marks.${index}.note`)}
        />
      )}
    </div>
  );
}
