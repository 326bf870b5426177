import { type Day, plannedEndOf, termTimeOnOrAfter, weekdayOnOrBefore } from "./calendar";
import { between, chance, type SeedContext } from "./context";
import type { Outcome } from "./stories";

/**
 * The days on which one referral's events happened. Past events fall inside the window the
 * student's story allows; start dates may lie ahead of today.
 */
export interface Timeline {
  /** The outcome actually reached: a placement too recent to have ended stays active. */
  outcome: Outcome;
  created: Day;
  /** Day each piece of paperwork arrived, in PAPERWORK_KINDS order; null while awaited. */
  paperwork: (Day | null)[];
  interview: Day | null;
  responded: Day | null;
  processed: Day | null;
  /** When a referral was closed (declined and processed) or withdrawn. */
  closed: Day | null;
  requestedStart: Day;
  confirmedStart: Day | null;
  plannedEnd: Day | null;
  ended: Day | null;
  /** The latest past event: the student's next referral comes after it. */
  last: Day;
}

interface Window {
  low: Day;
  high: Day;
}

type Draft = Omit<Timeline, "last">;
type Planner = (ctx: SeedContext, window: Window, outcome: Outcome) => Draft;

const PAPERWORK_COUNT = 4;

/** Paperwork already in for the SUBMITTED variants; the partial one draws 1 to 3. */
const RECEIVED_BY_VARIANT: Partial<Record<Outcome, number>> = {
  SUBMITTED_NEW: 0,
  SUBMITTED_READY: PAPERWORK_COUNT,
};

const PLANNERS: Record<Outcome, Planner> = {
  SUBMITTED_NEW: planSubmitted,
  SUBMITTED_PARTIAL: planSubmitted,
  SUBMITTED_READY: planSubmitted,
  ACCEPTED: planAnswered,
  DECLINED: planAnswered,
  CLOSED: planClosed,
  WITHDRAWN: planWithdrawn,
  PLACED_ACTIVE: planPlaced,
  PLACED_COMPLETED: planPlaced,
  PLACED_WITHDRAWN: planPlaced,
};

/** Plans a referral whose past events all fall between `low` and `high` (before today). */
export function planTimeline(ctx: SeedContext, outcome: Outcome, low: Day, high: Day): Timeline {
  const window = { low: Math.min(low, high), high };
  return onWeekdays(PLANNERS[outcome](ctx, window, outcome));
}

function blank(outcome: Outcome, created: Day, requestedStart: Day): Draft {
  return {
    outcome,
    created,
    paperwork: Array<Day | null>(PAPERWORK_COUNT).fill(null),
    interview: null,
    responded: null,
    processed: null,
    closed: null,
    requestedStart,
    confirmedStart: null,
    plannedEnd: null,
    ended: null,
  };
}

function planSubmitted(ctx: SeedContext, { low, high }: Window, outcome: Outcome): Draft {
  const { today } = ctx;
  const created = between(ctx, Math.max(low, today - 28), high);
  const requestedStart = startAfter(Math.max(created + between(ctx, 14, 35), today + 3));
  const count = RECEIVED_BY_VARIANT[outcome] ?? between(ctx, 1, 3);
  const interviewed = count === PAPERWORK_COUNT || (count > 0 && chance(ctx, 0.3));
  return {
    ...blank(outcome, created, requestedStart),
    ...providerSteps(ctx, created, high, count, interviewed),
  };
}

/** Answered by the provider, waiting for the service admin to process the response. */
function planAnswered(ctx: SeedContext, { low, high }: Window, outcome: Outcome): Draft {
  const { today } = ctx;
  const responded = between(ctx, Math.max(low + 3, today - 7), high);
  const created = clamp(between(ctx, responded - 35, responded - 3), low, responded);
  const requestedStart = startAfter(Math.max(created + between(ctx, 14, 35), today + 2));
  const accepted = outcome === "ACCEPTED";
  return {
    ...blank(outcome, created, requestedStart),
    ...providerSteps(ctx, created, responded, PAPERWORK_COUNT, true),
    responded,
    confirmedStart: accepted ? startAfter(requestedStart + between(ctx, 0, 7)) : null,
  };
}

/** Declined by the provider and processed by the service admin. */
function planClosed(ctx: SeedContext, { low, high }: Window, outcome: Outcome): Draft {
  const created = between(ctx, low, Math.max(low, high - 12));
  const processed = Math.min(high, created + between(ctx, 12, 40));
  const responded = clamp(processed - between(ctx, 1, 5), created, processed);
  const requestedStart = startAfter(created + between(ctx, 14, 35));
  return {
    ...blank(outcome, created, requestedStart),
    ...providerSteps(ctx, created, responded, PAPERWORK_COUNT, true),
    responded,
    processed,
    closed: processed,
  };
}

/** Withdrawn by the school before the provider answered. */
function planWithdrawn(ctx: SeedContext, { low, high }: Window, outcome: Outcome): Draft {
  const created = between(ctx, low, Math.max(low, high - 4));
  const closed = Math.min(high, created + between(ctx, 4, 25));
  const requestedStart = startAfter(created + between(ctx, 14, 35));
  const steps = providerSteps(ctx, created, closed, between(ctx, 0, 3), chance(ctx, 0.25));
  return { ...blank(outcome, created, requestedStart), ...steps, closed };
}

function planPlaced(ctx: SeedContext, { low, high }: Window, outcome: Outcome): Draft {
  const created = between(ctx, low, Math.max(low, high - 10));
  const processed = Math.min(high, created + between(ctx, 14, 40));
  const responded = clamp(processed - between(ctx, 1, 5), created, processed);
  // September placements are agreed over the summer and start with the new term.
  const confirmedStart = startAfter(Math.max(processed + between(ctx, 3, 14), ctx.termStart));
  const requestedStart = startAfter(
    clamp(confirmedStart - between(ctx, 0, 10), created + 7, confirmedStart),
  );
  const draft: Draft = {
    ...blank(outcome, created, requestedStart),
    ...providerSteps(ctx, created, responded, PAPERWORK_COUNT, true),
    responded,
    processed,
    confirmedStart,
    plannedEnd: plannedEndOf(confirmedStart),
  };
  return { ...draft, ...placementEnd(ctx, draft, high) };
}

/**
 * An ended placement needs two weeks to have run; one planned to end before today has
 * completed; anything else is still active.
 */
function placementEnd(ctx: SeedContext, draft: Draft, high: Day) {
  const start = draft.confirmedStart as Day;
  const plannedEnd = draft.plannedEnd as Day;
  const endsEarly = draft.outcome !== "PLACED_ACTIVE" && start + 14 <= high;
  if (endsEarly) {
    const ended = between(ctx, start + 14, Math.min(high, plannedEnd));
    return { outcome: draft.outcome, ended: Math.max(start, weekdayOnOrBefore(ended)) };
  }
  if (plannedEnd < ctx.today) {
    return { outcome: "PLACED_COMPLETED" as const, ended: weekdayOnOrBefore(plannedEnd) };
  }
  return { outcome: "PLACED_ACTIVE" as const, ended: null };
}

/** Paperwork received and the interview held on days between `from` and `to`. */
function providerSteps(
  ctx: SeedContext,
  from: Day,
  to: Day,
  received: number,
  interviewed: boolean,
) {
  const days = spread(ctx, from, to, received + (interviewed ? 1 : 0));
  const kinds = ctx.faker.helpers.shuffle([0, 1, 2, 3]).slice(0, received);
  const paperwork = Array<Day | null>(PAPERWORK_COUNT).fill(null);
  kinds.forEach((kind, index) => {
    paperwork[kind] = days[index];
  });
  return { paperwork, interview: interviewed ? days[received] : null };
}

function spread(ctx: SeedContext, from: Day, to: Day, count: number): Day[] {
  return Array.from({ length: count }, () => between(ctx, from, to)).sort((a, b) => a - b);
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), high);
}

function startAfter(day: Day): Day {
  return termTimeOnOrAfter(day);
}

/**
 * Office work moves off weekends to the Friday before. The move never reorders events,
 * so every step still follows the one before it.
 */
function onWeekdays(draft: Draft): Timeline {
  const move = (day: Day | null) => (day === null ? null : weekdayOnOrBefore(day));
  const past = {
    created: weekdayOnOrBefore(draft.created),
    paperwork: draft.paperwork.map(move),
    interview: move(draft.interview),
    responded: move(draft.responded),
    processed: move(draft.processed),
    closed: move(draft.closed),
  };
  const candidates = [past.created, ...past.paperwork, past.interview, past.responded];
  const last = Math.max(
    ...[...candidates, past.processed, past.closed, draft.ended].filter((d) => d !== null),
  );
  return { ...draft, ...past, last };
}
