import type { WeekdayValue } from "@/lib/schemas/common";

/** What the referral form needs to know about a course. */
export interface CourseOption {
  id: string;
  title: string;
  providerName: string;
  daysOffered: WeekdayValue[];
  minAge: number;
  maxAge: number;
}
