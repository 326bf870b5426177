import { ukToday } from "./dates";

export type DeadlineState = "LATE" | "DUE_TODAY";

/**
 * Whether an open request stands out: LATE once its due date has passed, DUE_TODAY on the
 * day itself, otherwise null. Dates are UK calendar dates (`YYYY-MM-DD`), so the day turns
 * at UK midnight, not UTC's. A closed request is never late.
 */
export function deadlineState(
  dueOn: Date | string | null,
  open: boolean,
  now: Date = new Date(),
): DeadlineState | null {
  if (!dueOn || !open) {
    return null;
  }
  const due = typeof dueOn === "string" ? dueOn.slice(0, 10) : dueOn.toISOString().slice(0, 10);
  const today = ukToday(now);
  if (today > due) {
    return "LATE";
  }
  return today === due ? "DUE_TODAY" : null;
}

export const DEADLINE_LABEL: Record<DeadlineState, string> = {
  LATE: "Late",
  DUE_TODAY: "Due today",
};
