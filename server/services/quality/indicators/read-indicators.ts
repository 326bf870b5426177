import { ukToday } from "@/lib/dates";
import { academicYearLabel, INDICATOR_KEYS, type IndicatorKey } from "@/lib/indicators";
import { qualityProviderScope } from "@/server/auth/scope";
import type { Actor } from "@/server/auth/roles";
import type { PrismaClient } from "@/server/db/generated/client";
import { AppError } from "@/server/errors";
import { countForProviders, type ProviderCounts } from "./indicator-counts";
import { academicYearOf, periodOf, yearsOffered, type IndicatorPeriod } from "./indicator-period";
import {
  attendanceFigure,
  countWhere,
  median,
  MEDIAN_MIN_PROVIDERS,
  percentage,
  perEach,
  type IndicatorFigure,
} from "./indicator-rates";

interface Options {
  db: PrismaClient;
  actor: Actor;
  startYear?: number;
  now?: Date;
}

export type ProviderIndicators = Record<IndicatorKey, IndicatorFigure>;

export interface MedianFigure {
  /** Null with no figures, or when withheld from a provider. */
  value: number | null;
  /** How many providers have a figure for this indicator. */
  providers: number;
  /** Withheld from a provider: too few providers to hide anyone's figure. */
  withheld: boolean;
}

/**
 * Every provider's indicators for an academic year, with the collaboration's medians. The
 * quality officer and the lead get every provider; a provider gets only its own row beside
 * the medians (which are withheld when fewer than MEDIAN_MIN_PROVIDERS providers have a
 * figure, so its own figure and the median never give another provider's away).
 */
export async function listIndicators({ db, actor, startYear, now = new Date() }: Options) {
  const { period, years, rows } = await computeAll(db, startYear, now);

  const scope = qualityProviderScope(actor);
  const visible = rows.filter((row) => !scope.providerId || row.id === scope.providerId);
  return {
    year: { ...period, label: academicYearLabel(period.startYear) },
    years: years.map((value) => ({ startYear: value, label: academicYearLabel(value) })),
    providers: visible,
    medians: mediansOf(rows, actor),
  };
}

/** One provider's indicators beside the medians; another provider's answers NOT_FOUND. */
export async function readProviderIndicators(options: Options & { providerId: string }) {
  const { providerId, actor } = options;
  const scope = qualityProviderScope(actor);
  if (scope.providerId && scope.providerId !== providerId) {
    throw AppError.notFound("Provider");
  }
  const { providers, ...rest } = await listIndicators(options);
  const provider = providers.find((row) => row.id === providerId);
  if (!provider) {
    throw AppError.notFound("Provider");
  }
  return { ...rest, provider };
}

async function computeAll(db: PrismaClient, startYear: number | undefined, now: Date) {
  const today = ukToday(now);
  const chosen = startYear ?? academicYearOf(today);
  const period = periodOf(chosen, today);
  if (!period) {
    throw AppError.invalid("startYear", "Choose an academic year that has begun");
  }
  const providers = await providersOf(db, period);
  const counts = await countForProviders({
    db,
    providerIds: providers.map((provider) => provider.id),
    period,
  });
  const rows = providers.map((provider) => ({
    ...provider,
    indicators: indicatorsOf(provider.id, counts),
  }));
  return { period, years: yearsOffered(today), rows };
}

/** Providers open during the period, by name. */
function providersOf(db: PrismaClient, period: IndicatorPeriod) {
  return db.organisation.findMany({
    where: {
      kind: "PROVIDER",
      OR: [{ closedAt: null }, { closedAt: { gte: new Date(`${period.from}T00:00:00Z`) } }],
    },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
}

function indicatorsOf(providerId: string, counts: ProviderCounts): ProviderIndicators {
  const of = (map: Map<string, number>) => map.get(providerId) ?? 0;
  const started = of(counts.started);
  const students = of(counts.studentsPlaced);
  return {
    attendance: attendanceFigure(counts.marks.get(providerId) ?? []),
    retention: percentage(started - of(counts.withdrawnEarly), started),
    incidents: perEach(of(counts.incidents), students),
    concerns: countWhere(of(counts.concerns), students),
    actionsOnTime: percentage(of(counts.actionsOnTime), of(counts.actionsDue)),
  };
}

function mediansOf(
  rows: readonly { indicators: ProviderIndicators }[],
  actor: Actor,
): Record<IndicatorKey, MedianFigure> {
  const isProvider = actor.organisationKind !== "SERVICE";
  const entries = INDICATOR_KEYS.map((key) => {
    const values = rows.map((row) => row.indicators[key].value);
    const providers = values.filter((value) => value !== null).length;
    const withheld = isProvider && providers < MEDIAN_MIN_PROVIDERS;
    return [key, { value: withheld ? null : median(values), providers, withheld }] as const;
  });
  return Object.fromEntries(entries) as Record<IndicatorKey, MedianFigure>;
}
