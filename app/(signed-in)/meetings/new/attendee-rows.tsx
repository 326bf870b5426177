"use client";

import { useFieldArray, useFormContext } from "react-hook-form";
import { Button } from "@/components/button";
import { ErrorMessage } from "@/components/form-group";
import { Select } from "@/components/select";
import { TextInput } from "@/components/text-input";
import { MAX_ATTENDEES, MEETING_PARTIES, MEETING_PARTY_LABEL } from "@/lib/schemas/meeting";
import { listMessage, rowMessage, type Values } from "./form-types";

const PARTY_OPTIONS = MEETING_PARTIES.map((value) => ({
  value,
  text: MEETING_PARTY_LABEL[value],
}));

/** The people invited, one row each: whom they came for, name, role, and whether they came. */
export function AttendeeRows() {
  const { control, register, formState } = useFormContext<Values>();
  const { fields, append, remove } = useFieldArray({ control, name: "attendees" });
  const { errors } = formState;
  const problem = listMessage(errors, "attendees");

  return (
    <>
      <h2 className="govuk-heading-m" id="attendees">
        Who was invited
      </h2>
      <p className="govuk-body">
        Everyone invited, from the provider, the school and the service, the student and their
        parent or carer. Untick &ldquo;Attended&rdquo; for anyone who was invited but did not come.
      </p>
      <ErrorMessage name="attendees">{problem}</ErrorMessage>
      {fields.map((item, index) => (
        <fieldset key={item.id} className="govuk-fieldset cap-meeting-row">
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
            Person {index + 1}
          </legend>
          <Select
            label="Came for"
            options={PARTY_OPTIONS}
            error={rowMessage(errors, "attendees", index, "party")}
            {...register(`attendees.${index}.party`)}
          />
          <TextInput
            label="Name"
            autoComplete="off"
            error={rowMessage(errors, "attendees", index, "name")}
            {...register(`attendees.${index}.name`)}
          />
          <TextInput
            label="Role (optional)"
            hint="For example, head of year, tutor, mother"
            error={rowMessage(errors, "attendees", index, "role")}
            {...register(`attendees.${index}.role`)}
          />
          <div className="govuk-checkboxes govuk-checkboxes--small govuk-!-margin-bottom-4">
            <div className="govuk-checkboxes__item">
              <input
                className="govuk-checkboxes__input"
                id={`attendees-${index}-attended`}
                type="checkbox"
                {...register(`attendees.${index}.attended`)}
              />
              <label
                className="govuk-label govuk-checkboxes__label"
                htmlFor={`attendees-${index}-attended`}
              >
                Attended
              </label>
            </div>
          </div>
          {fields.length > 1 && (
            <Button type="button" variant="warning" onClick={() => remove(index)}>
              Remove person {index + 1}
            </Button>
          )}
        </fieldset>
      ))}
      {fields.length < MAX_ATTENDEES && (
        <Button
          type="button"
          variant="secondary"
          onClick={() => append({ party: "OTHER", name: "", role: "", attended: true })}
        >
          Add another person
        </Button>
      )}
    </>
  );
}
