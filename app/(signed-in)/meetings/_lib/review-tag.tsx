import { formatDate } from "@/lib/dates";
import { Tag, type TagColour } from "@/components/tag";

export type ReviewState = "REVIEWED" | "OVERDUE" | "DUE" | "SCHEDULED" | "NONE";

const REVIEW_TAG: Record<ReviewState, { text: string; colour: TagColour } | null> = {
  REVIEWED: { text: "Reviewed", colour: "green" },
  OVERDUE: { text: "Review overdue", colour: "red" },
  DUE: { text: "Review due", colour: "orange" },
  SCHEDULED: null,
  NONE: null,
};

/** The review date, tagged when the review is due this week, overdue, or done. */
export function ReviewCell({ reviewOn, state }: { reviewOn: string | null; state: ReviewState }) {
  const tag = REVIEW_TAG[state];
  return (
    <>
      {reviewOn ? formatDate(reviewOn) : "No review date"}
      {tag && (
        <>
          <br />
          <Tag colour={tag.colour}>{tag.text}</Tag>
        </>
      )}
    </>
  );
}
