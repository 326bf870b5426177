import type { Placement } from "@/server/db/generated/client";
import { dayChoiceText, toDateOnly, weekdayOf, WEEKDAY_LABEL } from "@/lib/schemas/common";

export type PlacementDays = Pick<Placement, "days" | "startDate" | "plannedEndDate" | "endedOn">;

/** Why a placement has no session on `date`, or null when it has one. */
export function whyNotOn(placement: PlacementDays, date: string): string | null {
  const day = toDateOnly(date);
  const weekday = weekdayOf(date);
  if (day < placement.startDate) {
    return "This placement had not started on the date of the register";
  }
  if (day > (placement.endedOn ?? placement.plannedEndDate)) {
    return "This placement had ended before the date of the register";
  }
  if (!weekday || !placement.days.includes(weekday)) {
    const days = dayChoiceText(placement.days);
    return `This placement runs on ${days}, not ${weekday ? WEEKDAY_LABEL[weekday] : "that day"}`;
  }
  return null;
}
