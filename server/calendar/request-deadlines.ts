import { ukToday } from "@/lib/dates";
import { addWorkingDays } from "./working-days";

/** DOMAIN.md workflow 2: the admin processes a withdrawal within 5 working days. */
export const WITHDRAWAL_WORKING_DAYS = 5;
/** DOMAIN.md workflow 3: the back office is updated within 2 working days of agreement. */
export const CHANGE_OF_DAY_WORKING_DAYS = 2;

/**
 * The UK date a request is due, `workingDays` after the UK day of `from` (submission or
 * agreement). A request received at the weekend or on a bank holiday starts its count on
 * that day like any other: the count itself skips the days off.
 */
export function dueOnAfter(from: Date, workingDays: number): string {
  return addWorkingDays(ukToday(from), workingDays);
}
