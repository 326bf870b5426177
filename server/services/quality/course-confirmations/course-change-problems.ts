import { ageOn } from "@/lib/dates";
import { fromDateOnly, WEEKDAY_LABEL, WEEKDAYS, type WeekdayValue } from "@/lib/schemas/common";

interface CourseContent {
  daysOffered: readonly WeekdayValue[];
  places: number;
  minAge: number;
  maxAge: number;
}

export interface ActivePlacement {
  days: readonly WeekdayValue[];
  dateOfBirth: Date;
}

function andList(items: readonly string[]): string {
  return items.length <= 1
    ? (items[0] ?? "")
    : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * What a confirmed change to a live course would break for the students placed on it:
 * a day dropped that a placement still uses, fewer places than placements, or an age range
 * that newly leaves out a placed student's age today (`YYYY-MM-DD`). A student who has
 * already outgrown the current range is not the confirmation's doing, so is not counted.
 */
export function courseChangeProblems(
  current: CourseContent,
  confirmed: CourseContent,
  placements: readonly ActivePlacement[],
  today: string,
): string[] {
  const problems: string[] = [];
  const dropped = WEEKDAYS.filter(
    (day) =>
      !confirmed.daysOffered.includes(day) &&
      placements.some((placement) => placement.days.includes(day)),
  );
  if (dropped.length) {
    const users = placements.filter((p) => p.days.some((day) => dropped.includes(day)));
    problems.push(
      `Days offered drops ${andList(dropped.map((day) => WEEKDAY_LABEL[day]))}, ` +
        `still used by ${count(users.length, "active placement", "active placements")}`,
    );
  }
  if (confirmed.places < placements.length) {
    problems.push(
      `Places (${confirmed.places}) is fewer than the ` +
        `${count(placements.length, "active placement", "active placements")}`,
    );
  }
  const within = (age: number, range: CourseContent) => age >= range.minAge && age <= range.maxAge;
  const ages = placements.map((p) => ageOn(fromDateOnly(p.dateOfBirth), today));
  const leftOut = ages.filter((age) => within(age, current) && !within(age, confirmed));
  if (leftOut.length) {
    const shown = [...new Set(leftOut)].sort((a, b) => a - b).map(String);
    problems.push(
      `Ages ${confirmed.minAge} to ${confirmed.maxAge} leave out ` +
        `${count(leftOut.length, "placed student", "placed students")} aged ${andList(shown)}`,
    );
  }
  return problems;
}
