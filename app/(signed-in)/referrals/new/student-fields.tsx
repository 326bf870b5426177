"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useFieldArray, useFormContext, useWatch, type FieldErrors } from "react-hook-form";
import type { z } from "zod";
import { Button } from "@/components/button";
import { DateInput } from "@/components/date-input";
import { Radios } from "@/components/radios";
import { Select, type SelectOption } from "@/components/select";
import { studentName } from "@/components/student-name";
import { TextInput } from "@/components/text-input";
import type { referralCreateSchema } from "@/lib/schemas/referral";
import { SEN_LABEL, SEN_STATUSES } from "@/lib/schemas/student";
import { useTRPC } from "@/lib/ui/trpc";

type Values = z.input<typeof referralCreateSchema>;

const NEW_CONTACT = {
  name: "",
  relationship: "",
  phone: "",
  email: "",
  hasParentalResponsibility: true,
};

export const NEW_STUDENT_DEFAULTS = {
  upn: "",
  legalFirstName: "",
  legalLastName: "",
  preferredName: "",
  dateOfBirth: "",
  yearGroup: "",
  senStatus: "NONE",
  lookedAfter: false,
  childProtectionPlan: false,
  childInNeedPlan: false,
  contacts: [NEW_CONTACT],
};

const NEW_STUDENT_FIELDS = [
  "upn",
  "legalFirstName",
  "legalLastName",
  "preferredName",
  "dateOfBirth",
  "yearGroup",
  "senStatus",
] as const;
const CONTACT_FIELDS = ["name", "relationship", "phone", "email"] as const;
const MAX_CONTACTS = 4;

/** The student's field paths in the order they appear, for the error summary. */
export const STUDENT_FIELD_ORDER = [
  "student",
  "student.mode",
  "student.studentId",
  ...NEW_STUDENT_FIELDS.map((name) => `student.student.${name}`),
  "student.student.contacts",
  "student.student.contacts.root",
  ...Array.from({ length: MAX_CONTACTS }, (_, index) =>
    CONTACT_FIELDS.map((name) => `student.student.contacts.${index}.${name}`),
  ).flat(),
];

/** The student's fields' errors, whichever branch of the union is chosen. */
function studentErrors(errors: FieldErrors<Values>) {
  return errors.student as
    | (FieldErrors<{ mode: string; studentId: string }> & {
        student?: FieldErrors<Record<string, unknown>> & { contacts?: unknown };
      })
    | undefined;
}

export function StudentFields() {
  const { register, formState, control } = useFormContext<Values>();
  const mode = useWatch({ control, name: "student.mode" });
  const errors = studentErrors(formState.errors);

  return (
    <>
      <h2 className="govuk-heading-m">Student</h2>
      <Radios
        legend="Who are you referring?"
        legendSize="s"
        selected={mode}
        items={[
          {
            value: "existing",
            text: "A student already known to the portal",
            conditional: <ExistingStudent />,
          },
          { value: "new", text: "A new student", conditional: <NewStudent /> },
        ]}
        error={errors?.mode?.message}
        {...register("student.mode")}
      />
    </>
  );
}

/**
 * A search box narrowing a drop-down of the school's students. The student already chosen
 * stays in the list when a new search does not match them, so what is sent is what is shown.
 */
function ExistingStudent() {
  const trpc = useTRPC();
  const { register, formState } = useFormContext<Values>();
  const [search, setSearch] = useState("");
  const [chosen, setChosen] = useState<SelectOption | null>(null);
  const { data } = useQuery({
    ...trpc.student.list.queryOptions({ search: search.trim() || undefined, page: 1 }),
    placeholderData: keepPreviousData,
  });
  const errors = studentErrors(formState.errors);
  const found = (data?.rows ?? []).map((student) => ({
    value: student.id,
    text: `${studentName(student)} – ${student.upn}`,
  }));
  const options =
    chosen && !found.some((option) => option.value === chosen.value) ? [chosen, ...found] : found;
  const field = register("student.studentId");

  return (
    <>
      <TextInput
        name="studentSearch"
        label="Find a student by name or UPN"
        width="20"
        value={search}
        onChange={(event) => setSearch(event.target.value)}
        spellCheck={false}
      />
      <Select
        label="Student"
        hint={data ? foundText(data.total, data.rows.length) : undefined}
        placeholder={data ? "Choose a student" : "Loading students…"}
        options={options}
        error={errors?.studentId?.message}
        {...field}
        onChange={(event) => {
          const option = event.target.selectedOptions[0];
          setChosen(option?.value ? { value: option.value, text: option.text } : null);
          return field.onChange(event);
        }}
      />
    </>
  );
}

function foundText(total: number, shown: number): string {
  if (total === 0) {
    return "No students found. Try another search, or add a new student.";
  }
  const students = total === 1 ? "1 student found" : `${total} students found`;
  if (shown === total) {
    return students;
  }
  return `${students}; the first ${shown} are listed. Search to narrow.`;
}

function NewStudent() {
  const { register, formState } = useFormContext<Values>();
  const errors = studentErrors(formState.errors)?.student;
  const message = (name: string) => (errors?.[name] as { message?: string } | undefined)?.message;
  const field = (name: string) => `student.student.${name}` as "student.student.upn";

  return (
    <>
      <TextInput
        label="Unique pupil number (UPN)"
        hint="13 characters, starting with a letter, as on the school's roll"
        width="10"
        spellCheck={false}
        error={message("upn")}
        {...register(field("upn"))}
      />
      <TextInput
        label="Legal first name"
        error={message("legalFirstName")}
        {...register(field("legalFirstName"))}
      />
      <TextInput
        label="Legal last name"
        error={message("legalLastName")}
        {...register(field("legalLastName"))}
      />
      <TextInput
        label="Preferred name (optional)"
        hint="If the student goes by another name"
        error={message("preferredName")}
        {...register(field("preferredName"))}
      />
      <DateInput
        label="Date of birth"
        error={message("dateOfBirth")}
        {...register(field("dateOfBirth"))}
      />
      <TextInput
        label="Year group"
        inputMode="numeric"
        width="2"
        error={message("yearGroup")}
        // Blank stays blank: coerced as it is, "" would be 0 and read "must be between 7 and 13".
        {...register(field("yearGroup"), { setValueAs: (value) => value || undefined })}
      />
      <Radios
        legend="Special educational needs"
        legendSize="s"
        items={SEN_STATUSES.map((status) => ({ value: status, text: SEN_LABEL[status] }))}
        error={message("senStatus")}
        {...register(field("senStatus"))}
      />
      <WelfareChecks />
      <Contacts />
    </>
  );
}

const WELFARE = [
  ["lookedAfter", "Looked after by the local authority"],
  ["childProtectionPlan", "Has a child protection plan"],
  ["childInNeedPlan", "Has a child in need plan"],
] as const;

/** Yes/no facts as single checkboxes: without a value attribute each one reads as a boolean. */
function WelfareChecks() {
  const { register } = useFormContext<Values>();
  return (
    <div className="govuk-form-group">
      <fieldset className="govuk-fieldset">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
          Care and protection (select all that apply)
        </legend>
        <div className="govuk-checkboxes govuk-checkboxes--small">
          {WELFARE.map(([name, text]) => (
            <div className="govuk-checkboxes__item" key={name}>
              <input
                className="govuk-checkboxes__input"
                id={`student-student-${name}`}
                type="checkbox"
                {...register(`student.student.${name}` as "student.student.lookedAfter")}
              />
              <label
                className="govuk-label govuk-checkboxes__label"
                htmlFor={`student-student-${name}`}
              >
                {text}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}

type ContactErrors = {
  message?: string;
  root?: { message?: string };
} & Record<number, Record<string, { message?: string }>>;

function Contacts() {
  const { control, register, formState } = useFormContext<Values>();
  const { fields, append, remove } = useFieldArray({
    control,
    name: "student.student.contacts" as never,
  });
  const errors = studentErrors(formState.errors)?.student?.contacts as ContactErrors | undefined;
  // The form's own check puts a list-wide problem under "root"; the server's, on the list.
  const listMessage = errors?.root?.message ?? errors?.message;

  return (
    <>
      <h3 className="govuk-heading-s" id="student-student-contacts">
        Parents and carers
      </h3>
      {listMessage && (
        <p className="govuk-error-message" id="student-student-contacts-error">
          <span className="govuk-visually-hidden">Error:</span> {listMessage}
        </p>
      )}
      {fields.map((item, index) => (
        <ContactFields
          key={item.id}
          index={index}
          errors={errors?.[index]}
          register={register}
          onRemove={fields.length > 1 ? () => remove(index) : undefined}
        />
      ))}
      {fields.length < MAX_CONTACTS && (
        <Button type="button" variant="secondary" onClick={() => append(NEW_CONTACT as never)}>
          Add another parent or carer
        </Button>
      )}
    </>
  );
}

interface ContactFieldsProps {
  index: number;
  errors?: Record<string, { message?: string }>;
  register: ReturnType<typeof useFormContext<Values>>["register"];
  onRemove?: () => void;
}

function ContactFields({ index, errors, register, onRemove }: ContactFieldsProps) {
  const path = (name: string) => `student.student.contacts.${index}.${name}` as "student.mode";
  return (
    <fieldset className="govuk-fieldset govuk-!-margin-bottom-6">
      <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
        Parent or carer {index + 1}
      </legend>
      <TextInput label="Full name" error={errors?.name?.message} {...register(path("name"))} />
      <TextInput
        label="Relationship to the student"
        hint="For example, mother, father, foster carer"
        error={errors?.relationship?.message}
        {...register(path("relationship"))}
      />
      <TextInput
        label="Phone number"
        type="tel"
        width="20"
        error={errors?.phone?.message}
        {...register(path("phone"))}
      />
      <TextInput
        label="Email address (optional)"
        type="email"
        error={errors?.email?.message}
        {...register(path("email"))}
      />
      <div className="govuk-checkboxes govuk-checkboxes--small govuk-!-margin-bottom-4">
        <div className="govuk-checkboxes__item">
          <input
            className="govuk-checkboxes__input"
            id={`student-student-contacts-${index}-hasParentalResponsibility`}
            type="checkbox"
            {...register(
              `student.student.contacts.${index}.hasParentalResponsibility` as "student.mode",
            )}
          />
          <label
            className="govuk-label govuk-checkboxes__label"
            htmlFor={`student-student-contacts-${index}-hasParentalResponsibility`}
          >
            Has parental responsibility
          </label>
        </div>
      </div>
      {onRemove && (
        <Button type="button" variant="warning" onClick={onRemove}>
          Remove parent or carer {index + 1}
        </Button>
      )}
    </fieldset>
  );
}
