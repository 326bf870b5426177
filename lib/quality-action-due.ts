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
