"use client";

import { useFormContext } from "react-hook-form";
import { ErrorMessage } from "@/components/form-group";
import { Radios } from "@/components/radios";
import { TextInput } from "@/components/text-input";
import { formatDate } from "@/lib/dates";
import {
  MEETING_PARTY_LABEL,
  TARGET_REVIEW_STATUSES,
  TARGET_STATUS_LABEL,
  type MeetingPartyValue,
  type TargetStatusValue,
} from "@/lib/schemas/meeting";
import { listMessage, rowMessage, type Values } from "./form-types";

export interface EarlierTarget {
  id: string;
  description: string;
  ownerName: string;
  ownerParty: MeetingPartyValue;
  dueOn: string;
  status: TargetStatusValue;
}

/** On a review meeting: each target of the earlier meeting gets its status and a note. */
export function ReviewedTargets({
  reference,
  targets,
}: {
  reference: string;
  targets: EarlierTarget[];
}) {
  const { register, formState } = useFormContext<Values>();
  const { errors } = formState;

  return (
    <>
      <h2 className="govuk-heading-m" id="reviewedTargets">
        Targets from meeting {reference}
      </h2>
      <ErrorMessage name="reviewedTargets">{listMessage(errors, "reviewedTargets")}</ErrorMessage>
      {targets.length === 0 && <p className="govuk-body">That meeting set no targets.</p>}
      {targets.map((target, index) => (
        <div key={target.id} className="cap-meeting-row">
          <input type="hidden" {...register(`reviewedTargets.${index}.targetId`)} />
          <Radios
            legend={target.description}
            legendSize="s"
            hint={
              `Owner: ${target.ownerName} (${MEETING_PARTY_LABEL[target.ownerParty]}). ` +
              `Due ${formatDate(target.dueOn)}.`
            }
            small
            inline
            items={TARGET_REVIEW_STATUSES.map((value) => ({
              value,
              text: TARGET_STATUS_LABEL[value],
            }))}
            error={rowMessage(errors, "reviewedTargets", index, "status")}
            {...register(`reviewedTargets.${index}.status`)}
          />
          <TextInput
            label={`Note on target ${index + 1} (optional)`}
            error={rowMessage(errors, "reviewedTargets", index, "note")}
            {...register(`reviewedTargets.${index}.note`)}
          />
        </div>
      ))}
    </>
  );
}
