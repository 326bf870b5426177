import { academicYearEnd } from "@/lib/dates";

/** How many academic years the indicators offer: the current one and the two before it. */
export const YEARS_OFFERED = 3;

/** The English academic year (1 August to 31 July) under way on `today`, by its first year. */
export function academicYearOf(today: string): number {
  return Number(academicYearEnd(today).slice(0, 4)) - 1;
}

export interface IndicatorPeriod {
  startYear: number;
  /** First day counted, `YYYY-MM-DD`. */
  from: string;
  /** Last day counted: the year's last day, or today while the year is under way. */
  to: string;
}

/** The days a year's indicators count, or null for a year that has not begun. */
export function periodOf(startYear: number, today: string): IndicatorPeriod | null {
  const from = `${startYear}-08-01`;
  if (today < from) {
    return null;
  }
  const end = `${startYear + 1}-07-31`;
  return { startYear, from, to: today < end ? today : end };
}

/** The years offered in the year choice, newest first. */
export function yearsOffered(today: string): number[] {
  const current = academicYearOf(today);
  return Array.from({ length: YEARS_OFFERED }, (_, index) => current - index);
}
