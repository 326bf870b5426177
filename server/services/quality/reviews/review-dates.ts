import { formatDate } from "@/lib/dates";
import { academicYearLabel } from "@/lib/schemas/quality-review";
import { SCHOOL_TERMS, type SchoolTerm } from "@/server/calendar/school-terms";

/** 1 September to 31 August: the days of the review year that starts in `startYear`. */
export function reviewYearBounds(startYear: number) {
  return { first: `${startYear}-09-01`, last: `${startYear + 1}-08-31` };
}

/** Why a date cannot be a review's due or visit date in that year, or null. */
export function outsideReviewYear(date: string, startYear: number): string | null {
  const { first, last } = reviewYearBounds(startYear);
  if (date >= first && date <= last) {
    return null;
  }
  return (
    `The date must fall in the ${academicYearLabel(startYear)} review year ` +
    `(${formatDate(first)} to ${formatDate(last)})`
  );
}

/**
 * The summer term's half terms of a review year, from the authority's term dates: those
 * named "Summer" that start inside the year. Another authority's names must keep the word.
 */
export function summerTermOf(
  startYear: number,
  terms: readonly SchoolTerm[] = SCHOOL_TERMS,
): SchoolTerm[] {
  const { first, last } = reviewYearBounds(startYear);
  return terms.filter(
    (term) => /^summer/i.test(term.name) && term.firstDay >= first && term.firstDay <= last,
  );
}

/**
 * Why a follow-up cannot be planned on `date`, or null. DOMAIN.md puts the follow-up in the
 * summer term, so a date outside its teaching weeks (or a year whose terms are not yet in
 * the calendar) is refused rather than warned about: a visit in the half-term break finds
 * the provider closed (docs/decisions/0014-quality-reviews.md).
 */
export function outsideSummerTerm(
  date: string,
  startYear: number,
  terms: readonly SchoolTerm[] = SCHOOL_TERMS,
): string | null {
  const halves = summerTermOf(startYear, terms);
  if (halves.length === 0) {
    return (
      `The summer term dates for ${academicYearLabel(startYear)} are not in the calendar yet: ` +
      "ask the service to add them"
    );
  }
  if (halves.some((half) => date >= half.firstDay && date <= half.lastDay)) {
    return null;
  }
  const spans = halves.map((half) => `${formatDate(half.firstDay)} to ${formatDate(half.lastDay)}`);
  return `A follow-up visit takes place in the summer term: choose a date from ${spans.join(
    " or ",
  )}`;
}
