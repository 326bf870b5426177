import { SCHOOL_TERMS, type SchoolTerm } from "@/server/calendar/school-terms";

/** A whole term (autumn, spring or summer): both its halves. */
export interface Term {
  /** "Autumn term 2026": the half terms' name without "(first half)". */
  name: string;
  firstDay: string;
  lastDay: string;
}

/** "Autumn term 2026 (first half)" → "Autumn term 2026". */
function termName(halfTerm: SchoolTerm): string {
  return halfTerm.name.replace(/\s*\(.*\)\s*$/, "");
}

/** The configured half terms joined into whole terms, in date order. */
export function wholeTerms(halfTerms: readonly SchoolTerm[] = SCHOOL_TERMS): Term[] {
  const terms = new Map<string, Term>();
  for (const half of [...halfTerms].sort((a, b) => a.firstDay.localeCompare(b.firstDay))) {
    const name = termName(half);
    const term = terms.get(name);
    if (term) {
      term.lastDay = half.lastDay > term.lastDay ? half.lastDay : term.lastDay;
    } else {
      terms.set(name, { name, firstDay: half.firstDay, lastDay: half.lastDay });
    }
  }
  return [...terms.values()];
}

/**
 * Terms that have begun by `today`, newest first. The first is the current term: a term
 * stays current through the holiday after it until the next begins, so a provider can
 * still confirm the term just taught during the break.
 */
export function termsBegunBy(today: string, halfTerms?: readonly SchoolTerm[]): Term[] {
  return wholeTerms(halfTerms)
    .filter((term) => term.firstDay <= today)
    .reverse();
}

/** The term under way (or the holiday after it) on `today`; null before the first term. */
export function currentTerm(today: string, halfTerms?: readonly SchoolTerm[]): Term | null {
  return termsBegunBy(today, halfTerms)[0] ?? null;
}
