/**
 * How an action stands against its due date, for both the provider and the service.
 * OVERDUE: the UK date is past the due date and the action is not closed (evidence waiting
 * for a decision still counts: the action is not done until the officer closes it).
 * DUE_SOON: not closed and due within the next `DUE_SOON_DAYS` days, today included, so
 * a provider has two weeks' notice to gather evidence. Closed actions never stand out.
 */
export type ActionDueState = "OVERDUE" | "DUE_SOON";

/** Two weeks: long enough to gather evidence, short enough that the tag means "now". */
export const DUE_SOON_DAYS = 14;

export const ACTION_DUE_LABEL: Record<ActionDueState, string> = {
  OVERDUE: "Overdue",
  DUE_SOON: "Due soon",
};

/** `YYYY-MM-DD` plus `days` calendar days. */
export function addDays(date: string, days: number): string {
  const moved = new Date(`${date}T00:00:00Z`);
  moved.setUTCDate(moved.getUTCDate() + days);
  return moved.toISOString().slice(0, 10);
}

/**
 * Actions are set for the months ahead, not for ever: a due date past this many months after
 * the day it is set is a typing slip (9999-12-31), and would never show as overdue.
 */
export const MAX_DUE_MONTHS = 12;

/**
 * The latest due date an action set on `today` (`YYYY-MM-DD`) may have: the same day
 * `MAX_DUE_MONTHS` months later, or the month's last day where that day does not exist
 * (29 February 2028 gives 28 February 2029).
 */
export function latestDueOn(today: string): string {
  const [year, month, day] = today.split("-").map(Number);
  const target = new Date(Date.UTC(year, month - 1 + MAX_DUE_MONTHS, 1));
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

/**
 * `dueOn` is a DATE column value (UTC midnight) or `YYYY-MM-DD`; `today` is the UK date
 * (`ukToday(now)`), passed in so the rule is tested against a fixed day.
 */
export function actionDueState(
  dueOn: Date | string,
  status: string,
  today: string,
): ActionDueState | null {
  if (status === "CLOSED") {
    return null;
  }
  const due = typeof dueOn === "string" ? dueOn.slice(0, 10) : dueOn.toISOString().slice(0, 10);
  if (due < today) {
    return "OVERDUE";
  }
  return due <= addDays(today, DUE_SOON_DAYS) ? "DUE_SOON" : null;
}
