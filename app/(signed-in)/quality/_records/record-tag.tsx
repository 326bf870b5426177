import { StatusTag, Tag, type TagColour } from "@/components/tag";

// Statuses of surveys and course confirmations that the shared colour table does not name.
const COLOURS: Record<string, TagColour> = {
  OPEN: "green",
  CLOSED: "grey",
  ACCEPTED: "green",
  RETURNED: "orange",
};

/** A survey's or confirmation's status as a tag. */
export function RecordTag({ status }: { status: string }) {
  const colour = COLOURS[status];
  return colour ? (
    <Tag colour={colour}>{status.charAt(0) + status.slice(1).toLowerCase()}</Tag>
  ) : (
    <StatusTag status={status} />
  );
}
