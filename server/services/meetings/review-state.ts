import { fromDateOnly } from "@/lib/schemas/common";
import { REVIEW_DUE_WITHIN_DAYS } from "@/lib/schemas/meeting";

/**
 * Where a meeting's review stands on a UK date: REVIEWED once a review meeting links to it,
 * OVERDUE when its review date has passed without one, DUE within the next
 * REVIEW_DUE_WITHIN_DAYS days (today included), SCHEDULED later, NONE with no review date.
 */
export type ReviewState = "REVIEWED" | "OVERDUE" | "DUE" | "SCHEDULED" | "NONE";

export function reviewStateOf(
  meeting: { reviewOn: Date | null; reviewedBy: unknown },
  today: string,
): ReviewState {
  if (meeting.reviewedBy) {
    return "REVIEWED";
  }
  if (!meeting.reviewOn) {
    return "NONE";
  }
  const reviewOn = fromDateOnly(meeting.reviewOn);
  if (reviewOn < today) {
    return "OVERDUE";
  }
  return reviewOn <= isoPlusDays(today, REVIEW_DUE_WITHIN_DAYS) ? "DUE" : "SCHEDULED";
}

/** A `YYYY-MM-DD` date moved by whole days (negative: earlier). */
export function isoPlusDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
