import { AppError } from "@/server/errors";
import { isBankHoliday } from "@/server/calendar/working-days";
import { weekendDayOf } from "@/lib/schemas/common";
import { notWorkingDayMessage } from "@/lib/schemas/withdrawal";

/**
 * A withdrawal or a change of day takes effect on a working day (ADR 0013): no session
 * runs at the weekend or on a bank holiday, so the register and the back-office systems
 * would start the change on a day that does not exist for the placement. The shared
 * schemas refuse weekends in the browser; only the server knows the bank holidays.
 */
export function assertWorkingEffectiveDate(date: string, what: string): void {
  const weekend = weekendDayOf(date);
  const why = weekend ? `a ${weekend}` : isBankHoliday(date) ? "a bank holiday" : null;
  if (why) {
    throw AppError.invalid("effectiveDate", notWorkingDayMessage(what, date, why));
  }
}
