import type { ReactNode } from "react";

export type TagColour =
  "blue" | "grey" | "green" | "teal" | "purple" | "magenta" | "red" | "orange" | "yellow";

/**
 * The colour each status shows in. Colour only supports the words, never replaces them:
 * green for running or done well, blue for waiting on someone, red for refused or at risk,
 * orange and yellow for needing attention soon, grey for finished or closed.
 */
export const STATUS_COLOUR: Record<string, TagColour> = {
  // Referrals
  SUBMITTED: "blue",
  ACCEPTED: "teal",
  DECLINED: "red",
  PLACED: "green",
  CLOSED: "grey",
  WITHDRAWN: "grey",
  // Placements
  ACTIVE: "green",
  COMPLETED: "grey",
  // Safeguarding concerns
  AWAITING_DECISION: "orange",
  DECIDED: "teal",
  // Risk
  LOW: "green",
  MEDIUM: "yellow",
  HIGH: "red",
  // Requests and deadlines
  DRAFT: "grey",
  PROPOSED: "blue",
  AGREED: "teal",
  PROCESSED: "green",
  REJECTED: "red",
  PENDING: "blue",
  IN_PROGRESS: "purple",
  DUE_SOON: "orange",
  OVERDUE: "red",
  // Paperwork and notifications
  RECEIVED: "green",
  MISSING: "red",
  UNREAD: "blue",
};

export function tagColourFor(status: string): TagColour {
  return STATUS_COLOUR[status] ?? "grey";
}

/** "PAPERWORK_PENDING" → "Paperwork pending". */
export function statusText(status: string): string {
  const words = status.toLowerCase().replace(/_/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function Tag({ colour = "blue", children }: { colour?: TagColour; children: ReactNode }) {
  const className = colour === "blue" ? "govuk-tag" : `govuk-tag govuk-tag--${colour}`;
  return <strong className={className}>{children}</strong>;
}

/** A record's status as a coloured tag, e.g. `<StatusTag status={referral.status} />`. */
export function StatusTag({ status, label }: { status: string; label?: string }) {
  return <Tag colour={tagColourFor(status)}>{label ?? statusText(status)}</Tag>;
}
