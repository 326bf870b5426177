/**
 * The authority's school term dates: the days its schools and providers teach. Each entry
 * is one half term, first and last teaching day inclusive (`YYYY-MM-DD`, UK dates). Bank
 * holidays inside a term (the early May bank holiday) are skipped by the calendar, so the
 * terms are written as the authority publishes them.
 *
 * Configuration, not a table: an authority publishes its dates a year or more ahead, they
 * change by a reviewed commit once a year, and the pure calendar functions need them
 * without a database read (docs/decisions/0007-calendar.md). Another authority replaces
 * this list. Schools set their own INSET days, so they are not here; a day the whole
 * authority closes would go in `closedDays`.
 */
export interface SchoolTerm {
  name: string;
  firstDay: string;
  lastDay: string;
  /** Days inside the term when every school and provider is closed. */
  closedDays?: readonly string[];
}

/** Coventry-style dates for an English authority, 2026/27 and 2027/28. */
export const SCHOOL_TERMS: readonly SchoolTerm[] = [
  { name: "Autumn term 2026 (first half)", firstDay: "2026-09-02", lastDay: "2026-10-23" },
  { name: "Autumn term 2026 (second half)", firstDay: "2026-11-02", lastDay: "2026-12-18" },
  { name: "Spring term 2027 (first half)", firstDay: "2027-01-04", lastDay: "2027-02-12" },
  { name: "Spring term 2027 (second half)", firstDay: "2027-02-22", lastDay: "2027-03-25" },
  { name: "Summer term 2027 (first half)", firstDay: "2027-04-12", lastDay: "2027-05-28" },
  { name: "Summer term 2027 (second half)", firstDay: "2027-06-07", lastDay: "2027-07-21" },
  { name: "Autumn term 2027 (first half)", firstDay: "2027-09-01", lastDay: "2027-10-22" },
  { name: "Autumn term 2027 (second half)", firstDay: "2027-11-01", lastDay: "2027-12-17" },
  { name: "Spring term 2028 (first half)", firstDay: "2028-01-04", lastDay: "2028-02-11" },
  { name: "Spring term 2028 (second half)", firstDay: "2028-02-21", lastDay: "2028-03-31" },
  { name: "Summer term 2028 (first half)", firstDay: "2028-04-18", lastDay: "2028-05-26" },
  { name: "Summer term 2028 (second half)", firstDay: "2028-06-05", lastDay: "2028-07-20" },
];
