import { ukToday } from "@/lib/dates";
import { qualityProviderScope } from "@/server/auth/scope";
import type { Actor } from "@/server/auth/roles";
import type { PrismaClient } from "@/server/db/generated/client";
import { termsBegunBy } from "./school-term";

/** How many terms the list shows: the current one and the five before it (two years). */
export const TERMS_SHOWN = 6;

interface Options {
  db: PrismaClient;
  actor: Actor;
  now?: Date;
}

/**
 * Who has confirmed each term, newest term first: the quality roles see every provider
 * (those who have not confirmed stand out on the page), a provider only itself. `due`
 * says whether the caller's own organisation still has the current term to confirm.
 */
export async function listTermly({ db, actor, now = new Date() }: Options) {
  const terms = termsBegunBy(ukToday(now)).slice(0, TERMS_SHOWN);
  const scope = qualityProviderScope(actor);

  const [providers, confirmations] = await Promise.all([
    db.organisation.findMany({
      where: { kind: "PROVIDER", closedAt: null, id: scope.providerId },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    }),
    db.termlyConfirmation.findMany({
      where: { ...scope, term: { in: terms.map((term) => term.name) } },
      select: {
        id: true,
        providerId: true,
        term: true,
        confirmedItems: true,
        note: true,
        confirmedAt: true,
        confirmedBy: { select: { name: true } },
      },
    }),
  ]);

  const found = new Map(confirmations.map((row) => [`${row.providerId}|${row.term}`, row]));
  const rows = terms.map((term, index) => {
    const entries = providers.map((provider) => ({
      provider,
      confirmation: found.get(`${provider.id}|${term.name}`) ?? null,
    }));
    const confirmed = entries.filter((entry) => entry.confirmation).length;
    const outstanding = entries.length - confirmed;
    return { ...term, current: index === 0, confirmed, outstanding, providers: entries };
  });
  const current = rows[0] ?? null;
  const due = actor.organisationKind === "PROVIDER" && current !== null && current.outstanding > 0;
  return { currentTerm: current?.name ?? null, due, terms: rows };
}
