"use client";

import { useFieldArray, useFormContext } from "react-hook-form";
import { Button } from "@/components/button";
import { DateInput } from "@/components/date-input";
import { ErrorMessage } from "@/components/form-group";
import { Select } from "@/components/select";
import { TextInput } from "@/components/text-input";
import { Textarea } from "@/components/textarea";
import { MAX_TARGETS, MEETING_PARTIES, MEETING_PARTY_LABEL } from "@/lib/schemas/meeting";
import { listMessage, rowMessage, type Values } from "./form-types";

const PARTY_OPTIONS = MEETING_PARTIES.map((value) => ({
  value,
  text: MEETING_PARTY_LABEL[value],
}));

/** The targets agreed, each with its owner and due date; tracked to the review meeting. */
export function TargetRows() {
  const { control, register, formState } = useFormContext<Values>();
  const { fields, append, remove } = useFieldArray({ control, name: "targets" });
  const { errors } = formState;

  return (
    <>
      <h2 className="govuk-heading-m" id="targets">
        Agreed targets
      </h2>
      <p className="govuk-body">
        Each target is reviewed at the review meeting. Leave this empty if none were agreed.
      </p>
      <ErrorMessage name="targets">{listMessage(errors, "targets")}</ErrorMessage>
      {fields.map((item, index) => (
        <fieldset key={item.id} className="govuk-fieldset cap-meeting-row">
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
            Target {index + 1}
          </legend>
          <Textarea
            label="What the target is"
            rows={2}
            error={rowMessage(errors, "targets", index, "description")}
            {...register(`targets.${index}.description`)}
          />
          <TextInput
            label="Who owns it"
            error={rowMessage(errors, "targets", index, "ownerName")}
            {...register(`targets.${index}.ownerName`)}
          />
          <Select
            label="The owner is with"
            options={PARTY_OPTIONS}
            error={rowMessage(errors, "targets", index, "ownerParty")}
            {...register(`targets.${index}.ownerParty`)}
          />
          <DateInput
            label="Due by"
            error={rowMessage(errors, "targets", index, "dueOn")}
            {...register(`targets.${index}.dueOn`)}
          />
          <Button type="button" variant="warning" onClick={() => remove(index)}>
            Remove target {index + 1}
          </Button>
        </fieldset>
      ))}
      {fields.length < MAX_TARGETS && (
        <Button
          type="button"
          variant="secondary"
          onClick={() =>
            append({ description: "", ownerName: "", ownerParty: "STUDENT", dueOn: "" })
          }
        >
          {fields.length === 0 ? "Add a target" : "Add another target"}
        </Button>
      )}
    </>
  );
}
