import { Tag, type TagColour } from "@/components/tag";
import { formatDate } from "@/lib/dates";
import { ACTION_DUE_LABEL, type ActionDueState } from "@/lib/quality-action-due";
import {
  QUALITY_ACTION_STATUS_LABEL,
  type QualityActionStatusValue,
} from "@/lib/schemas/quality-action";

// Open: waiting on the provider (blue); evidence submitted: waiting on the officer (purple).
const STATUS_COLOUR: Record<QualityActionStatusValue, TagColour> = {
  OPEN: "blue",
  EVIDENCE_SUBMITTED: "purple",
  CLOSED: "grey",
};

export function ActionStatusTag({ status }: { status: QualityActionStatusValue }) {
  return <Tag colour={STATUS_COLOUR[status]}>{QUALITY_ACTION_STATUS_LABEL[status]}</Tag>;
}

/**
 * The due date with a red "Overdue" or orange "Due soon" tag (lib/quality-action-due.ts
 * decides). The words carry the meaning; the colour only supports them.
 */
export function ActionDueDate({ dueOn, state }: { dueOn: Date; state: ActionDueState | null }) {
  return (
    <>
      {formatDate(dueOn)}
      {state && (
        <>
          {" "}
          <Tag colour={state === "OVERDUE" ? "red" : "orange"}>{ACTION_DUE_LABEL[state]}</Tag>
        </>
      )}
    </>
  );
}
