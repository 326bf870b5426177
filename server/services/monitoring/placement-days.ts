import type { Placement, PlacementDayChange } from "@/server/db/generated/client";
import { dayChoiceText, toDateOnly, weekdayOf, WEEKDAY_LABEL } from "@/lib/schemas/common";

type DayChange = Pick<PlacementDayChange, "effectiveFrom" | "daysBefore">;

export type PlacementDays = Pick<Placement, "days" | "startDate" | "plannedEndDate" | "endedOn"> & {
  /** The placement's day changes; without them its current days are taken for every date. */
  dayChanges?: readonly DayChange[];
};

/** The select that gives `daysOn` and `whyNotOn` the day history they need. */
export const DAY_CHANGES_SELECT = {
  select: { effectiveFrom: true, daysBefore: true },
  orderBy: { effectiveFrom: "asc" },
} as const;

/**
 * The days a placement ran on at `date`. `Placement.days` holds the days from its latest
 * change on; before a change took effect the placement ran on that change's `daysBefore`
 * (ADR 0013), so the first change still ahead of `date` decides.
 */
export function daysOn(placement: PlacementDays, date: string): Placement["days"] {
  const day = toDateOnly(date);
  const ahead = [...(placement.dayChanges ?? [])]
    .sort((a, b) => a.effectiveFrom.getTime() - b.effectiveFrom.getTime())
    .find((change) => change.effectiveFrom > day);
  return ahead ? ahead.daysBefore : placement.days;
}

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
  const days = daysOn(placement, date);
  if (!weekday || !days.includes(weekday)) {
    const runs = days.length > 0 ? `runs on ${dayChoiceText(days)}` : "runs on no days";
    return `This placement ${runs}, not ${weekday ? WEEKDAY_LABEL[weekday] : "that day"}`;
  }
  return null;
}
