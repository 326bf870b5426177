import type { Actor } from "@/server/auth/roles";
import { placementScope, registerMarkScope } from "@/server/auth/scope";
import type { PrismaClient } from "@/server/db/generated/client";
import { ukToday } from "@/lib/dates";
import { REGISTER_SESSIONS, type RegisterSessionValue } from "@/lib/attendance";
import { fromDateOnly, toDateOnly } from "@/lib/schemas/common";
import { isWorkingDay } from "@/server/calendar/working-days";
import { caseloadProviderIds } from "@/server/services/dashboards/caseload-scope";
import { DAY_CHANGES_SELECT, whyNotOn, type PlacementDays } from "./placement-days";

/** How far back a missing register is still worth chasing: two weeks of working days. */
export const MISSING_REGISTER_DAYS = 10;

interface Options {
  db: PrismaClient;
  actor: Actor;
  /** The dashboard's provider filter: only this provider's registers. */
  providerId?: string;
  now?: Date;
}

export interface MissingRegister {
  date: string;
  session: RegisterSessionValue;
  providerId: string;
  providerName: string;
  expected: number;
  marked: number;
}

/** The working days before today, newest first: no weekends, no bank holidays. */
export function previousWorkingDays(today: string, count: number): string[] {
  const days: string[] = [];
  const cursor = toDateOnly(today);
  while (days.length < count) {
    cursor.setUTCDate(cursor.getUTCDate() - 1);
    const date = fromDateOnly(cursor);
    if (isWorkingDay(date)) {
      days.push(date);
    }
  }
  return days;
}

/**
 * Registers not kept, or kept for only some students, on the working days before today: for
 * a provider its own; for a monitoring officer those of the providers in their caseload;
 * for admins and the lead every provider's. Newest first, then by provider.
 * School holidays are not skipped yet: a provider may run in them, and the term dates are
 * the authority's, not every provider's.
 */
export async function listMissingRegisters({ db, actor, providerId, now = new Date() }: Options) {
  const dates = previousWorkingDays(ukToday(now), MISSING_REGISTER_DAYS);
  const from = toDateOnly(dates.at(-1)!);
  const to = toDateOnly(dates[0]);
  const caseloadProviders = await caseloadProviderIds(db, actor, ukToday(now));
  const providers = {
    AND: [
      caseloadProviders ? { providerId: { in: caseloadProviders } } : {},
      providerId ? { providerId } : {},
    ],
  };

  const [placements, marks] = await Promise.all([
    db.placement.findMany({
      where: {
        AND: [
          placementScope(actor),
          providers,
          { startDate: { lte: to } },
          { OR: [{ endedOn: { gte: from } }, { endedOn: null, plannedEndDate: { gte: from } }] },
        ],
      },
      select: {
        id: true,
        days: true,
        startDate: true,
        plannedEndDate: true,
        endedOn: true,
        dayChanges: DAY_CHANGES_SELECT,
        provider: { select: { id: true, name: true } },
      },
    }),
    db.registerMark.findMany({
      where: { AND: [registerMarkScope(actor), providers, { date: { gte: from, lte: to } }] },
      select: { placementId: true, date: true, session: true },
    }),
  ]);
  const marked = new Set(
    marks.map((mark) => `${mark.placementId}|${fromDateOnly(mark.date)}|${mark.session}`),
  );

  return tallyRegisters(dates, placements, marked)
    .filter((register) => register.marked < register.expected)
    .sort(
      (a, b) =>
        b.date.localeCompare(a.date) ||
        a.session.localeCompare(b.session) ||
        a.providerName.localeCompare(b.providerName),
    );
}

interface PlacementAt extends PlacementDays {
  id: string;
  provider: { id: string; name: string };
}

/** One register per date, session and provider, counting students expected and marked. */
function tallyRegisters(dates: string[], placements: PlacementAt[], marked: Set<string>) {
  const registers = new Map<string, MissingRegister>();
  for (const date of dates) {
    const running = placements.filter((placement) => !whyNotOn(placement, date));
    for (const placement of running) {
      for (const session of REGISTER_SESSIONS) {
        const key = `${date}|${session}|${placement.provider.id}`;
        const register = registers.get(key) ?? {
          date,
          session,
          providerId: placement.provider.id,
          providerName: placement.provider.name,
          expected: 0,
          marked: 0,
        };
        register.expected += 1;
        register.marked += marked.has(`${placement.id}|${date}|${session}`) ? 1 : 0;
        registers.set(key, register);
      }
    }
  }
  return [...registers.values()];
}
