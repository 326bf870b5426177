import { base, en, en_GB, Faker } from "@faker-js/faker";
import { type Day, dayOf, momentOn, termStartOf } from "./calendar";

/** Fixed so every run on the same `today` produces the same people and records. */
export const DEFAULT_SEED = 2026;

/** Everything the builders share: the random source and the calendar they place events on. */
export interface SeedContext {
  faker: Faker;
  today: Day;
  termStart: Day;
  /** Referrals for September placements start arriving in the summer term before. */
  firstReferralDay: Day;
  /** When the organisations, staff and courses were set up in the portal. */
  onboardedAt: Date;
}

export function createContext(todayIso: string, seed = DEFAULT_SEED): SeedContext {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(todayIso) || Number.isNaN(Date.parse(todayIso))) {
    throw new RangeError(`"today" must be a date like 2026-12-04, not "${todayIso}"`);
  }
  const faker = new Faker({ locale: [en_GB, en, base] });
  faker.seed(seed);
  const today = dayOf(todayIso);
  const termStart = termStartOf(today);
  return {
    faker,
    today,
    termStart,
    firstReferralDay: termStart - 75,
    onboardedAt: momentOn(termStart - 400, 9 * 60),
  };
}

/** A whole number from `low` to `high` inclusive; `high` when the range is empty. */
export function between(ctx: SeedContext, low: number, high: number): number {
  if (low >= high) {
    return high;
  }
  return ctx.faker.number.int({ min: low, max: high });
}

export function chance(ctx: SeedContext, probability: number): boolean {
  return ctx.faker.number.float({ min: 0, max: 1 }) < probability;
}

export function pick<T>(ctx: SeedContext, items: readonly T[]): T {
  return ctx.faker.helpers.arrayElement(items);
}

/** Picks a value by weight: `[["A", 3], ["B", 1]]` gives A three times as often as B. */
export function weighted<T>(ctx: SeedContext, entries: readonly (readonly [T, number])[]): T {
  return ctx.faker.helpers.weightedArrayElement(
    entries.map(([value, weight]) => ({ value, weight })),
  );
}

export function newId(ctx: SeedContext): string {
  return ctx.faker.string.uuid();
}

/** A working-hours moment on `day`; a higher `slot` is later, so same-day steps keep order. */
export function timeOn(ctx: SeedContext, day: Day, slot: number): Date {
  const minutes = 8 * 60 + slot * 45 + between(ctx, 0, 30);
  return momentOn(day, minutes);
}
