import type { Prisma } from "@/server/db/generated/client";
import { termsBegunBy } from "@/server/services/quality/termly/school-term";
import { dayOf, isoOf, momentOn, weekdayOnOrBefore } from "./calendar";
import { between, newId, type SeedContext } from "./context";
import type { SeedOrganisations } from "./organisations";
import type { SeedPeople } from "./people";

export type ChecklistItemRow = Prisma.TermlyChecklistItemCreateManyInput & { id: string };
export type TermlyConfirmationRow = Prisma.TermlyConfirmationCreateManyInput & {
  id: string;
  confirmedItems: string[];
  confirmedAt: Date;
};

export interface TermlyRecords {
  items: ChecklistItemRow[];
  confirmations: TermlyConfirmationRow[];
}

/** The service's guidance as providers confirm it each term (fictional wording). */
const STATEMENTS = [
  "Our designated safeguarding lead and deputy are in post, trained, and known to all staff",
  "Everyone working with CAP students has read Keeping Children Safe in Education, part 1",
  "Our single central record is complete, including staff who joined this term",
  "We kept a register for every placement session and reported absences on the day",
  "We told the service of any change to our courses, sites, insurance or key staff",
  "The health and safety and fire risk assessments of each of our sites are in date",
  "We follow the service's guidance on behaviour, physical intervention and searching",
];

/**
 * The checklist, and confirmations: every provider confirmed the terms before this one
 * except the third provider, which missed the last; this term, the odd-numbered providers
 * (the second, the fourth…) have confirmed and the rest, the demo provider among them, have
 * not, so the officer sees both and the demo provider can confirm.
 */
export function buildTermly(
  ctx: SeedContext,
  orgs: SeedOrganisations,
  people: SeedPeople,
): TermlyRecords {
  const today = isoOf(ctx.today);
  const items = STATEMENTS.map((text, index) => ({
    id: newId(ctx),
    text,
    position: index + 1,
    createdAt: ctx.onboardedAt,
  }));
  const confirmations: TermlyConfirmationRow[] = [];
  for (const [termIndex, term] of termsBegunBy(today).entries()) {
    orgs.providers.forEach((provider, index) => {
      // termsBegunBy puts the current term first.
      const confirms = termIndex === 0 ? index % 2 === 1 : !(index === 2 && termIndex === 1);
      const confirmer = people.byOrganisation.get(provider.id)?.[0];
      if (!confirms || !confirmer) {
        return;
      }
      const first = dayOf(term.firstDay);
      const day = Math.max(first, Math.min(first + between(ctx, 5, 20), ctx.today - 1));
      confirmations.push({
        id: newId(ctx),
        providerId: provider.id,
        term: term.name,
        confirmedItems: items.map((item) => item.text),
        confirmedById: confirmer.id,
        confirmedAt: momentOn(weekdayOnOrBefore(day), between(ctx, 9 * 60, 16 * 60)),
      });
    });
  }
  return { items, confirmations };
}
