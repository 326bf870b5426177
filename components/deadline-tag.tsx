import { DEADLINE_LABEL, type DeadlineState } from "@/lib/deadlines";
import { formatDate } from "@/lib/dates";
import { Tag } from "./tag";

/**
 * A request's due date, with a red "Late" or orange "Due today" tag when it stands out
 * (lib/deadlines.ts decides). The words carry the meaning; the colour only supports them.
 */
export function DueDate({ dueOn, state }: { dueOn: Date | null; state: DeadlineState | null }) {
  if (!dueOn) {
    return <>Not yet due</>;
  }
  return (
    <>
      {formatDate(dueOn)}
      {state && (
        <>
          {" "}
          <Tag colour={state === "LATE" ? "red" : "orange"}>{DEADLINE_LABEL[state]}</Tag>
        </>
      )}
    </>
  );
}
